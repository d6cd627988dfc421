package dev.archkit.cli;

import dev.archkit.lang.ModelBuilder;
import dev.archkit.lang.SourceParser;
import dev.archkit.lang.ast.Stmt;
import dev.archkit.model.diag.Diagnostic;
import dev.archkit.model.diag.DiagnosticRenderer;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/** Finding .arch files on the command line, and showing diagnostics. */
final class Inputs {
    private Inputs() { }

    /** Thrown for a path that does not exist or holds no .arch file (exit 2). */
    static final class BadInput extends Exception {
        BadInput(String m) { super(m); }
    }

    /** Every .arch file named, or under a named directory, sorted, without repeats. */
    static List<Path> expand(List<Path> args) throws BadInput, IOException {
        Set<Path> out = new LinkedHashSet<>();
        for (Path p : args) {
            if (p.toString().equals(Stdin.DASH)) {
                out.add(Stdin.PATH);
            } else if (Files.isDirectory(p)) {
                List<Path> found;
                try (Stream<Path> s = Files.walk(p)) {
                    found = s.filter(x -> Files.isRegularFile(x) && x.toString().endsWith(".arch")).sorted().toList();
                }
                if (found.isEmpty()) throw new BadInput("no .arch files under " + p + "; name .arch files, or a directory that holds them");
                Path root = p.toRealPath();
                for (Path x : found) {
                    // a link in the directory to a file elsewhere (a key, /proc/self/environ): not part of the project
                    if (Files.isSymbolicLink(x) && !x.toRealPath().startsWith(root)) {
                        throw new BadInput(x + " is a symbolic link to a file outside " + p
                                + "; archkit reads only the files under a directory it is given: copy the file in, or name it on its own");
                    }
                }
                out.addAll(found.stream().map(Path::normalize).toList());
            } else if (Files.isRegularFile(p)) {
                out.add(p.normalize());
            } else if (Files.exists(p)) {
                throw new BadInput(p + " is neither a file nor a directory");
            } else {
                String hint = "";
                Path dir = p.toAbsolutePath().getParent();
                if (dir != null && Files.isDirectory(dir)) {
                    List<String> names = new ArrayList<>();
                    try (Stream<Path> s = Files.list(dir)) {
                        s.forEach(x -> names.add(x.getFileName().toString()));
                    }
                    String m = dev.archkit.model.Suggest.closest(p.getFileName().toString(), names);
                    if (m != null) hint = " (did you mean " + (p.getParent() == null ? m : p.getParent().resolve(m)) + "?)";
                }
                throw new BadInput("no such file or directory: " + p + hint);
            }
        }
        return new ArrayList<>(out);
    }

    /** The one .arch file a command needs: an existing regular file, or a message saying what is wrong. */
    static Path singleFile(Path p) throws BadInput, IOException {
        if (Files.isDirectory(p)) throw new BadInput(p + " is a directory; name the .arch file of one architecture");
        if (!Files.isRegularFile(p)) {
            expand(List.of(p));   // throws with the reason and a suggestion
            throw new BadInput(p + " is not a regular file");
        }
        return p;
    }

    /** An architecture loaded for a command, or the exit code to return when it could not be. */
    record Loaded(dev.archkit.model.Architecture architecture, ExitCode exit) { }

    /**
     * Loads the one architecture a command works on: the file must exist, build without errors
     * (they are printed, as 'check' prints them) and, when {@code env} is given, have that
     * environment. Every failure is explained on {@code err} under the command's name.
     */
    static Loaded load(String command, Path file, String env, PrintWriter err, ImportRootOption imports) {
        try {
            singleFile(file);
        } catch (BadInput e) {
            err.println("archkit " + command + ": " + e.getMessage());
            return new Loaded(null, ExitCode.INVALID);
        } catch (IOException e) {
            err.println("archkit " + command + ": cannot read: " + e.getMessage());
            return new Loaded(null, ExitCode.ENVIRONMENT);
        }
        ModelBuilder.Result r = ModelLoading.build(file, imports.forEntry(file));
        if (r.hasErrors() || r.architecture() == null) {
            print(err, r.diagnostics(), r.sources(), color(err));
            err.println("archkit " + command + ": fix the errors above first (archkit check " + file + ")");
            return new Loaded(null, r.diagnostics().stream().anyMatch(d -> d.code().equals("io")) ? ExitCode.ENVIRONMENT : ExitCode.INVALID);
        }
        if (env != null && r.architecture().environmentNamed(env) == null) {
            err.println("archkit " + command + ": " + unknownEnvironment(file, r.architecture(), env));
            return new Loaded(null, ExitCode.INVALID);
        }
        return new Loaded(r.architecture(), ExitCode.OK);
    }

    /**
     * The message for an environment the architecture does not have: what it has, and the one
     * meant, by spelling or by stage ('production' for prod, 'staging' for stg).
     */
    static String unknownEnvironment(Path file, dev.archkit.model.Architecture a, String env) {
        List<String> names = a.environments().stream().map(dev.archkit.model.Environment::name).toList();
        String m = dev.archkit.model.Suggest.closest(env, names);
        if (m == null) {
            for (dev.archkit.model.Environment e : a.environments()) {
                String lower = env.toLowerCase(java.util.Locale.ROOT);
                if (e.stage().equalsIgnoreCase(env) || lower.startsWith(e.name().toLowerCase(java.util.Locale.ROOT))) {
                    m = e.name();
                    break;
                }
            }
        }
        return file + " has no environment '" + env + "'"
                + (names.isEmpty() ? " (it declares none)" : "; it has " + String.join(", ", names))
                + (m != null ? "; did you mean '" + m + "'?" : "");
    }

    static boolean color(PrintWriter out) {
        String no = System.getenv("NO_COLOR");
        if (no != null && !no.isEmpty()) return false;
        if ("dumb".equals(System.getenv("TERM"))) return false;
        return System.console() != null;
    }

    static void print(PrintWriter out, List<Diagnostic> diags, Map<String, String> sources, boolean color) {
        Map<String, String> cache = new HashMap<>(sources);
        DiagnosticRenderer r = new DiagnosticRenderer(f -> cache.computeIfAbsent(f, k -> {
            try {
                return Files.readString(Path.of(k));
            } catch (IOException | RuntimeException e) {
                return null;
            }
        }), color);
        for (Diagnostic d : diags) out.print(r.render(d));
    }

    /** Files that hold an 'architecture' block (the others are imported fragments). */
    static boolean hasArchitecture(SourceParser.Parsed p) {
        return p.statements().stream().anyMatch(s -> s instanceof Stmt.Architecture);
    }
}
