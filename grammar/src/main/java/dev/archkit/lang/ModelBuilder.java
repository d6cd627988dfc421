package dev.archkit.lang;

import dev.archkit.lang.ast.Stmt;
import dev.archkit.model.Architecture;
import dev.archkit.model.Location;
import dev.archkit.model.Parallelism;
import dev.archkit.model.diag.Diagnostic;
import dev.archkit.model.diag.Diagnostics;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Text to model, as a short pipeline of stages, each a class with one job:
 * <ol>
 *   <li>load ({@link Loader}): the root file and its imports, each parsed by</li>
 *   <li>parse ({@link SourceParser}): text to statements, a syntax tree with a location on every node;</li>
 *   <li>scope ({@link Declarations}): statements to elements, properties and dependencies, checked
 *       against the schema, names declared per scope ({@link Scope});</li>
 *   <li>resolve ({@link Resolver}): every reference names an element of a kind it may name;</li>
 *   <li>semantic checks ({@link Semantics}, {@link ElementChecks});</li>
 * </ol>
 * and the immutable {@link Architecture}. One exception to the order, confined to
 * {@link StreamedRoot} and this class: the root's architecture block goes to the scope stage
 * statement by statement while it is parsed (it keeps peak memory down on large models; a large
 * file is read on a worker meanwhile, when {@link Parallelism} allows, behind {@link StreamedRoot}). Never throws for bad input: everything wrong is a
 * {@link Diagnostic}, all of them in one run. The stages that may split their work take the
 * caller's {@link Parallelism}; serial and parallel builds give the same model and diagnostics.
 */
public final class ModelBuilder {

    /** Reads a file's text; the default reads from disk. */
    @FunctionalInterface
    public interface SourceLoader {
        String load(String path) throws IOException;
    }

    /**
     * The outcome: the architecture (null when there is none to build), every diagnostic, and the
     * root file as parsed (null when it could not be read). The root's statements are all there
     * when it has no architecture block; the statements of its architecture block may have gone
     * to the build as they were parsed, and that block is then empty.
     */
    public record Result(Architecture architecture, List<Diagnostic> diagnostics, Map<String, String> sources, Timings timings,
                         SourceParser.Parsed root) {
        public boolean hasErrors() {
            return diagnostics.stream().anyMatch(Diagnostic::isError);
        }
    }

    /**
     * Milliseconds spent reading and parsing, building and resolving, and in the semantic checks.
     * The root's architecture block is built while it is parsed: that counts as parsing.
     */
    public record Timings(long parseMillis, long buildMillis, long checkMillis) { }

    public static final SourceLoader DISK = p -> SourceText.read(Path.of(p));

    private final Diagnostics diags = new Diagnostics();
    private final Parallelism parallelism;
    private final int part;
    private Map<String, SourceParser.Parsed> parsed = Map.of();
    private long parseNanos, buildNanos, checkNanos;

    private final ImportRoot imports;

    private ModelBuilder(Parallelism parallelism, int part, ImportRoot imports) {
        this.parallelism = parallelism;
        this.part = part;
        this.imports = imports;
    }

    /** Builds from a file on disk, on the calling thread. */
    public static Result build(Path root) {
        return build(root, Parallelism.serial());
    }

    public static Result build(Path root, Parallelism parallelism) {
        return build(root.toString(), DISK, Map.of(), parallelism);
    }

    public static Result build(String root, SourceLoader loader) {
        return build(root, loader, Map.of());
    }

    public static Result build(String root, SourceLoader loader, Map<String, SourceParser.Parsed> preParsed) {
        return build(root, loader, preParsed, Parallelism.serial());
    }

    /**
     * Builds from {@code root}; files already parsed (e.g. by a caller that looked for the
     * 'architecture' block) are taken from {@code preParsed} instead of being parsed again.
     */
    public static Result build(String root, SourceLoader loader, Map<String, SourceParser.Parsed> preParsed, Parallelism parallelism) {
        return build(root, loader, preParsed, parallelism, ImportRoot.around(root));
    }

    /** As above, with imports confined to {@code imports} instead of the root file's directory. */
    public static Result build(String root, SourceLoader loader, Map<String, SourceParser.Parsed> preParsed, Parallelism parallelism,
                               ImportRoot imports) {
        return build(root, loader, preParsed, parallelism, 0, imports);
    }

    static Result build(String root, SourceLoader loader, Map<String, SourceParser.Parsed> preParsed, Parallelism parallelism, int part) {
        return build(root, loader, preParsed, parallelism, part, ImportRoot.around(root));
    }

    /** As above; with {@code part > 0}, the parts that stages split their work into are at least that small (for tests). */
    private static Result build(String root, SourceLoader loader, Map<String, SourceParser.Parsed> preParsed, Parallelism parallelism,
                                int part, ImportRoot imports) {
        ModelBuilder b = new ModelBuilder(parallelism, part, imports);
        Architecture a;
        try {
            a = b.run(root, loader, preParsed);
        } catch (RuntimeException | StackOverflowError e) {
            b.diags.add(Diagnostic.error("internal", new Location(root, 0, 0, 0),
                    "internal error while reading " + root + ": " + e)
                    .withHint("this is a bug in archkit, not in your file; please report it with the file"));
            a = null;
        }
        SourceParser.Parsed rootParsed = b.parsed.get(root);
        String foreign = rootParsed == null ? null : ForeignText.why(rootParsed);
        if (foreign != null) return foreign(root, rootParsed, foreign, b);
        Map<String, String> sources = new LinkedHashMap<>();
        b.parsed.forEach((file, p) -> sources.put(file, p.text()));
        return new Result(a, b.diags.sorted(), Map.copyOf(sources), new Timings(ms(b.parseNanos), ms(b.buildNanos), ms(b.checkNanos)),
                b.parsed.get(root));
    }

    /**
     * The outcome for a root file that is not .arch text: one error, without its text or a
     * location to show a line of it at, and nothing of the file in the result.
     */
    private static Result foreign(String root, SourceParser.Parsed p, String why, ModelBuilder b) {
        Diagnostic d = Diagnostic.error("not-arch", new Location(root, 0, 0, 0),
                root + " is not an .arch file: " + why + " (first problem at " + ForeignText.firstProblem(p) + "); its content is not shown")
                .withHint("name .arch files of an architecture, or a directory that holds them");
        return new Result(null, List.of(d), Map.of(), new Timings(ms(b.parseNanos), ms(b.buildNanos), ms(b.checkNanos)), null);
    }

    /** A file that is not UTF-8: invalid input, located, with none of its text. */
    public static Diagnostic encodingError(String file, SourceText.NotUtf8 e) {
        return Diagnostic.error("encoding", new Location(file, e.line(), e.column(), 1), "cannot read " + file + ": " + e.getMessage())
                .withHint("save the file as UTF-8 (a byte order mark at its start is fine)");
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }

    /** Parses text without reading anything else (imports are reported as unreadable). */
    public static Result buildText(String file, String text) {
        return build(file, p -> {
            if (p.equals(file)) return text;
            throw new NoSuchFileException(p);
        });
    }

    private Architecture run(String root, SourceLoader loader, Map<String, SourceParser.Parsed> preParsed) {
        long t0 = System.nanoTime();
        Diagnostics built = new Diagnostics();
        Declarations scope = new Declarations(built);
        SourceParser.Parsed rootParsed = preParsed.get(root);
        if (rootParsed == null) {
            String text;
            try {
                text = loader.load(root);
            } catch (SourceText.NotUtf8 e) {
                diags.add(encodingError(root, e));
                return null;
            } catch (IOException e) {
                diags.error("io", new Location(root, 0, 0, 0), "cannot read " + root + ": " + Loader.reason(e));
                return null;
            }
            // the root's architecture block goes to the scope stage while it is parsed, when it can
            rootParsed = StreamedRoot.parse(root, text, scope::statement, parallelism);
            if (rootParsed == null) {
                built = new Diagnostics();
                scope = new Declarations(built);
                rootParsed = SourceParser.parse(root, text);
            }
        }
        parsed = new Loader(loader, imports, preParsed, diags).load(rootParsed);
        long t1 = System.nanoTime();
        parseNanos = t1 - t0;
        Stmt.Architecture decl = declaration(root);
        if (decl == null) return null;
        for (Stmt s : body(decl)) scope.statement(s);
        scope.finish();
        diags.addAll(built.sorted());
        Resolver resolver = part > 0 ? new Resolver(parallelism, part) : new Resolver(parallelism);
        Scope base = scope.base();
        scope.environments().forEach((env, own) -> resolver.resolve(own.references(), base.under(own), env, diags));
        resolver.resolve(base.references(), base, null, diags);
        long t2 = System.nanoTime();
        Architecture a = new Architecture(decl.name().text(), decl.name().location(), scope.archProps, scope.elements, scope.deps,
                scope.envs, new ArrayList<>(parsed.keySet()), null);
        (part > 0 ? new Semantics(diags, parallelism, part) : new Semantics(diags, parallelism)).check(a);
        long t3 = System.nanoTime();
        buildNanos = t2 - t1;
        checkNanos = t3 - t2;
        return a;
    }

    /** The one 'architecture' block of the root and its imports (a second is an error), or null. */
    private Stmt.Architecture declaration(String root) {
        Stmt.Architecture decl = null;
        for (SourceParser.Parsed p : parsed.values()) {
            for (Stmt s : p.statements()) {
                if (!(s instanceof Stmt.Architecture a)) continue;
                if (decl != null) {
                    diags.add(Diagnostic.error("duplicate", a.name().location(),
                            "a second architecture '" + a.name().text() + "'; an architecture and its imports declare one")
                            .withRelated(decl.name().location(), "the architecture '" + decl.name().text() + "' is declared here")
                            .withHint("leave out the 'architecture' line in imported files: their declarations join the importing architecture"));
                    continue;
                }
                decl = a;
            }
        }
        if (decl == null && !diags.hasErrors()) {
            diags.error("no-architecture", new Location(root, 1, 1, 1), "no 'architecture' block in " + root + " or its imports",
                    "wrap the declarations in 'architecture NAME { ... }', or check the file that imports this one");
        }
        return decl;
    }

    /** The statements of the architecture: those of its block and those outside any block in every file (but requirements blocks), in file order. */
    private List<Stmt> body(Stmt.Architecture decl) {
        List<Stmt> body = new ArrayList<>();
        for (SourceParser.Parsed p : parsed.values()) {
            for (Stmt s : p.statements()) {
                if (s instanceof Stmt.Import) continue;
                if (s instanceof Stmt.Architecture a) {
                    if (a == decl && a.block() != null) body.addAll(a.block().statements());
                } else if (!RequirementsReader.isRequirements(s)) {   // requirements beside a design are read by the review, not built
                    body.add(s);
                }
            }
        }
        return body;
    }
}
