package dev.archkit.cli;

import dev.archkit.facts.graph.ArchGraph;
import dev.archkit.lang.ModelBuilder;
import dev.archkit.lang.SourceParser;
import dev.archkit.model.Location;
import dev.archkit.model.diag.Diagnostic;
import dev.archkit.rules.Finding;
import dev.archkit.rules.RuleEngine;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One run of 'check' over its files: each is read, parsed, built (with its imports) and, when
 * valid, checked by the rules; what every file gives is gathered here, and {@link #finish()}
 * returns it as one {@link Outcome}. Not thread-safe: one run, one thread.
 */
final class CheckRun {

    /** What a run found, in the order it reports: diagnostics and findings sorted. */
    /** {@code notShown}: the input problems the {@link DiagnosticCap} left out of {@code diagnostics}. */
    record Outcome(List<Diagnostic> diagnostics, Map<String, String> sources, int architectures, List<Finding> findings,
                   List<RuleEngine.Suppressed> suppressed, boolean ioFailure, CheckTimings timings, int withoutEnvironments,
                   long notShown, List<RuleEngine.Disabled> disabled) {
        long errors() {
            return diagnostics.stream().filter(Diagnostic::isError).count();
        }

        long warnings() {
            return diagnostics.size() - errors();
        }
    }

    private final RuleEngine engine;
    private final boolean rules;
    private final ImportRootOption imports;
    private final DiagnosticCap cap;
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final Map<String, String> sources = new LinkedHashMap<>();
    private final Set<String> reported = new HashSet<>();   // diagnostics already listed (a shared import reports once)
    private final Set<String> checked = new HashSet<>();    // files checked, directly or through an import
    private final List<Path> fragments = new ArrayList<>();
    private final Map<String, SourceParser.Parsed> parsedFiles = new HashMap<>();
    private final List<Finding> findings = new ArrayList<>();
    private final List<RuleEngine.Suppressed> suppressed = new ArrayList<>();
    private final java.util.TreeSet<RuleEngine.Disabled> disabled = new java.util.TreeSet<>();   // one entry however many architectures share it
    private final CheckTimings timings = new CheckTimings();
    private int architectures;
    private int withoutEnvironments;   // architectures checked by the rules that declare no environment
    private boolean ioFailure;

    /** {@code rules} false checks the language only (the graph is still built). */
    CheckRun(RuleEngine engine, boolean rules, ImportRootOption imports, DiagnosticCap cap) {
        this.engine = engine;
        this.rules = rules;
        this.imports = imports;
        this.cap = cap;
    }

    /** Reads, builds and checks one file (and what it imports). */
    void check(Path file) {
        String text = read(file);
        if (text == null) return;
        String name = file.toString();
        ModelLoading.Checked c = ModelLoading.check(name, text, parsedFiles, imports.forEntry(file));
        if (c instanceof ModelLoading.Checked.Fragment f) {
            fragment(file, text, f.parsed());
        } else if (c instanceof ModelLoading.Checked.Built b) {
            architecture(b.result());
        }
    }

    /** The files of the run, checked: a fragment no architecture imported gets a warning. */
    Outcome finish() {
        for (Path f : fragments) {
            if (!checked.contains(f.toString())) {
                diagnostics.add(Diagnostic.warning("not-imported", new Location(f.toString(), 1, 1, 1),
                        f + " has no 'architecture' block and no checked file imports it; only its syntax was checked")
                        .withHint("import it from an architecture: import \"" + f.getFileName() + "\""));
            }
        }
        diagnostics.sort(null);
        findings.sort(null);
        return new Outcome(cap.apply(diagnostics), sources, architectures, findings, suppressed, ioFailure, timings, withoutEnvironments,
                cap.leftOut(diagnostics), List.copyOf(disabled));
    }

    private String read(Path file) {
        long t0 = System.nanoTime();
        try {
            String text = Stdin.readOr(file);
            timings.addRead(System.nanoTime() - t0);
            return text;
        } catch (dev.archkit.lang.SourceText.NotUtf8 e) {
            diagnostics.add(ModelBuilder.encodingError(file.toString(), e));
            return null;
        } catch (IOException e) {
            diagnostics.add(Diagnostic.error("io", new Location(file.toString(), 0, 0, 0), "cannot read " + file + ": " + e.getMessage()));
            ioFailure = true;
            return null;
        }
    }

    /** A file without an architecture block: checked only through the architectures that import it. */
    private void fragment(Path file, String text, SourceParser.Parsed p) {
        sources.put(file.toString(), text);
        if (p.statements().isEmpty() && !p.hasErrors()) {
            // a file that declares nothing checks nothing: a gate must not pass on it
            diagnostics.add(Diagnostic.error("empty", new Location(file.toString(), 0, 0, 0),
                    file + " declares nothing (it is empty, or holds only comments)")
                    .withHint("write the architecture in it, or leave the file out"));
            checked.add(file.toString());
            return;
        }
        fragments.add(file);
        if (ModelLoading.hasRequirements(p)) {   // a requirements file for 'review': its requirements are checked, it needs no importer
            diagnostics.addAll(ModelLoading.requirements(p).diagnostics());
            checked.add(file.toString());
        } else if (p.hasErrors()) {
            diagnostics.addAll(p.diagnostics());
            checked.add(file.toString());
        }
    }

    private void architecture(ModelBuilder.Result r) {
        timings.add(r.timings());
        architectures++;
        sources.putAll(r.sources());
        for (Diagnostic d : r.diagnostics()) {
            if (reported.add(d.location() + d.message())) diagnostics.add(d);
        }
        checked.addAll(r.sources().keySet());
        if (r.architecture() != null && !r.hasErrors()) {
            long t = System.nanoTime();
            if (rules) {
                RuleEngine.Result res = engine.run(r.architecture());
                if (r.architecture().environments().isEmpty()) withoutEnvironments++;
                findings.addAll(res.findings());
                timings.addRules(res.nanosByRule());
                suppressed.addAll(res.suppressed());
                disabled.addAll(res.disabled());
            } else {
                new ArchGraph(r.architecture());  // the graph must build for every valid model
            }
            timings.addGraph(System.nanoTime() - t);
        }
    }
}
