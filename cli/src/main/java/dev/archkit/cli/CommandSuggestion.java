package dev.archkit.cli;

import dev.archkit.model.Suggest;

import java.util.Collection;
import java.util.Map;

/**
 * The archkit command meant by a word that is not one: the closest name by spelling, or the
 * command that does what the word says in other tools ('diagram' is 'render', 'lint' is
 * 'check'), when that command exists.
 */
final class CommandSuggestion {
    private CommandSuggestion() { }

    /** Words other tools use, and the archkit command that does that. */
    private static final Map<String, String> MEANT = Map.ofEntries(
            Map.entry("diagram", "render"), Map.entry("draw", "render"), Map.entry("plot", "render"), Map.entry("image", "render"),
            Map.entry("lint", "check"), Map.entry("validate", "check"), Map.entry("verify", "check"), Map.entry("scan", "check"),
            Map.entry("format", "fmt"), Map.entry("fmt-check", "fmt"), Map.entry("tf", "terraform"), Map.entry("generate", "terraform"),
            Map.entry("price", "cost"), Map.entry("estimate", "cost"), Map.entry("costs", "cost"), Map.entry("compare", "diff"),
            Map.entry("model", "graph"), Map.entry("json", "graph"), Map.entry("list-rules", "rules"));

    /** The command {@code word} most likely means, among {@code commands}; null when none is close. */
    static String forWord(String word, Collection<String> commands) {
        String meant = MEANT.get(word.toLowerCase(java.util.Locale.ROOT));
        if (meant != null && commands.contains(meant)) return meant;
        String closest = Suggest.closest(word, commands.stream().filter(c -> !c.equals("help")).toList());
        return closest != null && !closest.equals(word) ? closest : null;
    }
}
