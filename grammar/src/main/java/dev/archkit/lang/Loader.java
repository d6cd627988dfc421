package dev.archkit.lang;

import dev.archkit.lang.ast.Stmt;
import dev.archkit.model.Suggest;
import dev.archkit.model.diag.Diagnostics;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The load stage: from the parsed root file, reads depth first every file it imports (paths relative to
 * the importing file, confined to the {@link ImportRoot}), each parsed once by {@link SourceParser};
 * a file that is not .arch text ({@link ForeignText}) is refused without showing any of it. Import cycles and unreadable
 * files are diagnostics, never exceptions; an unreadable import gets a "did you mean" from the
 * files beside it.
 */
final class Loader {

    private final ModelBuilder.SourceLoader source;
    private final ImportRoot root;
    private final Map<String, SourceParser.Parsed> preParsed;
    private final Diagnostics diags;
    private final Map<String, SourceParser.Parsed> parsed = new LinkedHashMap<>();

    /** Files already parsed by the caller are taken from {@code preParsed} instead of being parsed again. */
    Loader(ModelBuilder.SourceLoader source, ImportRoot root, Map<String, SourceParser.Parsed> preParsed, Diagnostics diags) {
        this.source = source;
        this.root = root;
        this.preParsed = preParsed;
        this.diags = diags;
    }

    /** The root (parsed by the caller) and every file it imports, in the order read, parsed. */
    Map<String, SourceParser.Parsed> load(SourceParser.Parsed root) {
        add(root, new ArrayList<>());
        return parsed;
    }

    private void add(SourceParser.Parsed p, List<String> stack) {
        String file = p.file();
        parsed.put(file, p);
        diags.addAll(p.diagnostics());
        stack.add(file);
        for (Stmt s : p.statements()) {
            if (s instanceof Stmt.Import imp) follow(file, imp, stack);
        }
        stack.remove(stack.size() - 1);
    }

    private void follow(String file, Stmt.Import imp, List<String> stack) {
        String target = resolve(file, imp.path().text());
        ImportRoot.Refusal refused = root.refuse(imp.path().text(), target);
        if (refused != null) {
            diags.error("import", imp.path().location(), refused.message(), refused.hint());
            return;
        }
        if (stack.contains(target)) {
            List<String> cycle = new ArrayList<>(stack.subList(stack.indexOf(target), stack.size()));
            cycle.add(target);
            diags.error("import-cycle", imp.path().location(), "import cycle: " + String.join(" -> ", cycle),
                    "remove one of these imports; shared declarations belong in a file that imports nothing of them");
            return;
        }
        if (parsed.containsKey(target)) return;
        SourceParser.Parsed known = preParsed.get(target);
        if (known != null) {
            add(known, stack);
            return;
        }
        String text;
        try {
            text = source.load(target);
        } catch (IOException e) {
            String hint = e instanceof SourceText.NotUtf8 ? "save " + target + " as UTF-8" : sibling(target, imp.path().text());
            diags.error("import", imp.path().location(), "cannot import \"" + imp.path().text() + "\": " + reason(e),
                    hint != null ? hint : "paths are relative to the importing file");
            return;
        }
        SourceParser.Parsed p = SourceParser.parse(target, text);
        String foreign = ForeignText.why(p);
        if (foreign != null) {
            // none of its text is shown: not its lines, not its words in a message
            diags.error("import", imp.path().location(), "cannot import \"" + imp.path().text() + "\": it is not an .arch file: "
                    + foreign + " (first problem at " + ForeignText.firstProblem(p) + "); its content is not shown",
                    "import only .arch files of the project");
            return;
        }
        add(p, stack);
    }

    /** "did you mean" a file beside the one that could not be read, or null. */
    private static String sibling(String target, String written) {
        Path dir = Path.of(target).getParent();
        try {
            if (dir == null || !Files.isDirectory(dir)) return null;
            List<String> names = new ArrayList<>();
            try (var list = Files.list(dir)) {
                list.filter(x -> x.toString().endsWith(".arch")).forEach(x -> names.add(x.getFileName().toString()));
            }
            String m = Suggest.closest(Path.of(written).getFileName().toString(), names);
            return m == null ? null : "did you mean \"" + m + "\"?";
        } catch (IOException | RuntimeException e) {
            return null;    // no suggestion then
        }
    }

    static String resolve(String from, String path) {
        Path base = Path.of(from).getParent();
        Path p = base == null ? Path.of(path) : base.resolve(path);
        return p.normalize().toString();
    }

    static String reason(IOException e) {
        if (e instanceof NoSuchFileException) return "no such file";
        if (e instanceof java.nio.file.AccessDeniedException) return "permission denied";
        if (e instanceof java.nio.charset.MalformedInputException) return "not UTF-8 text";
        if (e instanceof SourceText.NotUtf8) return e.getMessage();
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
