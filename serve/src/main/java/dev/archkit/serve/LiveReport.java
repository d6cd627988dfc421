package dev.archkit.serve;

import dev.archkit.gen.diagram.Renderer;
import dev.archkit.lang.ImportRoot;
import dev.archkit.lang.ModelBuilder;
import dev.archkit.lang.SourceParser;
import dev.archkit.lang.ast.Stmt;
import dev.archkit.model.Location;
import dev.archkit.model.Parallelism;
import dev.archkit.model.diag.Diagnostic;
import dev.archkit.model.diag.Severity;
import dev.archkit.report.HtmlReport;
import dev.archkit.report.Live;
import dev.archkit.report.ReportBuilder;
import dev.archkit.report.ReportPage;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The report of the served files, built again on every change. A file that does not build
 * (mid-edit, deleted, not written yet) does not end the page: its errors are listed at the top
 * and the section it had when it last built stays below them. The page itself is rendered by
 * the report module ({@link HtmlReport}); this class only decides what goes on it.
 * Not thread-safe: one thread builds.
 */
final class LiveReport {

    /** At most this many errors of one file are listed on the page (the rest are counted). */
    static final int MAX_ERRORS = 20;

    private final List<Path> inputs;
    private final Function<Path, ImportRoot> imports;
    private final ReportBuilder builder;
    private final Parallelism parallelism;
    /** Each input's last good build: the texts it was built from and its section (whose id is fixed by the input's position). */
    private final Map<Path, Good> lastGood = new HashMap<>();

    private record Good(Map<String, String> sources, ReportPage.Section section) { }

    LiveReport(List<Path> inputs, Function<Path, ImportRoot> imports, ReportBuilder builder, Parallelism parallelism) {
        this.inputs = List.copyOf(inputs);
        this.imports = imports;
        this.builder = builder;
        this.parallelism = parallelism;
    }

    /** One build of every input: what the page shows and which files it read. */
    record Build(List<String> names, List<ReportPage.Section> sections, List<Live.FileProblems> problems, Set<Path> read) {
        boolean broken() {
            return !problems.isEmpty();
        }
    }

    Build build() {
        Map<String, SourceParser.Parsed> fragments = new HashMap<>();
        List<String> names = new ArrayList<>();
        List<ReportPage.Section> sections = new ArrayList<>();
        List<Live.FileProblems> problems = new ArrayList<>();
        Set<Path> read = new LinkedHashSet<>();
        for (int i = 0; i < inputs.size(); i++) {
            Path file = inputs.get(i);
            String name = file.toString();
            read.add(file.toAbsolutePath().normalize());
            List<Diagnostic> errors;
            try {
                ModelBuilder.Result r = ModelBuilder.build(name, ModelBuilder.DISK, fragments, parallelism, imports.apply(file));
                r.sources().keySet().forEach(s -> read.add(Path.of(s).toAbsolutePath().normalize()));
                if (r.root() != null && r.root().statements().stream().noneMatch(s -> s instanceof Stmt.Architecture)) {
                    // no architecture block: read through the architectures that import it, as 'check' reads it
                    fragments.put(name, r.root());
                    continue;
                }
                if (!r.hasErrors() && r.architecture() != null) {
                    // the rules and the diagrams run again only for an architecture whose files changed
                    Good before = lastGood.get(file);
                    ReportPage.Section s = before != null && before.sources().equals(r.sources()) ? before.section()
                            : builder.section(r.architecture(), r.sources(), i + 1);
                    lastGood.put(file, new Good(Map.copyOf(r.sources()), s));
                    sections.add(s);
                    names.add(r.architecture().name());
                    continue;
                }
                errors = r.diagnostics().stream().filter(Diagnostic::isError).sorted().toList();
                if (errors.isEmpty()) errors = List.of(Diagnostic.error("no-architecture", Location.of(name, 0, 0), "no architecture could be built"));
            } catch (Renderer.Failed e) {
                errors = List.of(Diagnostic.error("render", Location.of(name, 0, 0), "a diagram could not be drawn: " + e.getMessage()));
            } catch (RuntimeException e) {
                // the page outlives a bug in one build; the error says what to report
                errors = List.of(new Diagnostic(Severity.ERROR, "internal", "internal error: " + e, Location.of(name, 0, 0),
                        "this is a bug in archkit, not in the file: please report it with the file", List.of()));
            }
            ReportPage.Section last = lastGood.containsKey(file) ? lastGood.get(file).section() : null;
            if (last != null) {
                sections.add(last);
                names.add(last.name());
            }
            problems.add(new Live.FileProblems(name, last != null, capped(errors)));
        }
        return new Build(names, sections, problems, read);
    }

    /** The page of a build, as the report module renders it, stamped with {@code version}. */
    String html(Build b, long version) {
        String title = "archkit serve: " + (b.names().isEmpty() ? String.join(", ", inputs.stream().map(Path::toString).toList())
                : String.join(", ", b.names()));
        return HtmlReport.write(builder.livePage(title, inputs.stream().map(Path::toString).toList(), b.sections(),
                new Live(version, b.problems())));
    }

    private static List<Diagnostic> capped(List<Diagnostic> errors) {
        if (errors.size() <= MAX_ERRORS) return errors;
        List<Diagnostic> out = new ArrayList<>(errors.subList(0, MAX_ERRORS));
        Diagnostic last = errors.get(MAX_ERRORS);
        out.add(Diagnostic.error("more", Location.of(last.location().file(), 0, 0),
                "and " + (errors.size() - MAX_ERRORS) + " more errors: 'archkit check " + last.location().file() + "' lists them all"));
        return out;
    }
}
