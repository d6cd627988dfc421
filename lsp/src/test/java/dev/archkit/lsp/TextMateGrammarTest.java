package dev.archkit.lsp;

import dev.archkit.model.schema.Schema;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The VS Code extension's highlighting knows the kinds the schema knows: a kind added to the
 * schema and not to editors/vscode/syntaxes/arch.tmLanguage.json fails here. (The grammar's
 * scopes are tested by vscode-tmgrammar-test: npm test in editors/vscode.)
 */
class TextMateGrammarTest {
    static final Path GRAMMAR = Path.of("..", "editors", "vscode", "syntaxes", "arch.tmLanguage.json");

    @Test
    void theGrammarHighlightsEveryKindOfTheSchema() throws IOException {
        String json = Files.readString(GRAMMAR);
        Matcher m = Pattern.compile("\\^\\\\\\\\s\\*\\(((?:[a-z]+\\|)+[a-z]+)\\)").matcher(json);
        Set<String> inGrammar = new TreeSet<>();
        while (m.find()) {
            if (m.group(1).contains("service")) inGrammar.addAll(Set.of(m.group(1).split("\\|")));
        }
        Set<String> kinds = new TreeSet<>(Schema.kinds().keySet());
        kinds.removeAll(Set.of(Schema.ARCHITECTURE, Schema.ENVIRONMENT, Schema.DEPENDENCY));
        assertThat(inGrammar).isEqualTo(kinds);
    }
}
