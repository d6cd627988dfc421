package dev.archkit.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.archkit.lang.ModelBuilder;
import dev.archkit.lang.SourceParser;
import dev.archkit.model.Location;
import dev.archkit.model.Parallelism;
import dev.archkit.model.diag.Diagnostic;
import dev.archkit.facts.graph.ArchGraph;
import dev.archkit.rules.catalog.Catalog;
import dev.archkit.rules.Finding;
import dev.archkit.rules.Rule;
import dev.archkit.rules.RuleEngine;
import dev.archkit.rules.Severity;
import dev.archkit.rules.report.JsonReporter;
import dev.archkit.rules.report.Report;
import dev.archkit.rules.report.Reporter;
import dev.archkit.rules.report.TextReporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

@Command(name = "check",
        description = {
            "Check .arch files: the language, then the rules.",
            "",
            "First the language: syntax, names, types and units, and its semantic checks. Every error is reported (not just the first) as file:line:col with the source line, a caret under the mistake and a hint; input errors exit 2.",
            "",
            "Then the rules ('archkit rules' lists them) on every valid architecture. A finding is excused in the .arch file, next to what it is about, with: suppress RULE \"reason\".",
            "",
            "A directory means every .arch file under it; files without an 'architecture' block are checked through the files that import them.",
        },
        mixinStandardHelpOptions = true,
        footer = {"", "Examples:",
            "  archkit check examples/",
            "  archkit check platform.arch --format sarif > archkit.sarif",
            "  archkit check --fail-on warning --format github examples/",
            "", "Exit codes: 0 no finding at --fail-on, 1 findings, 2 errors in the input, 3 files could not be read."})
final class CheckCommand implements Callable<Integer> {

    enum Format { text, json, sarif, junit, github, markdown }

    enum FailOn { error, warning, info, never }

    @Parameters(paramLabel = "FILE|DIR", arity = "1..*", description = ".arch files or directories to check")
    List<Path> paths;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "text (default), json, sarif (SARIF 2.1.0), junit (JUnit XML), github (Actions annotations) or markdown (for PR comments)")
    Format format = Format.text;

    @Option(names = "--fail-on", paramLabel = "LEVEL",
            description = "exit 1 when a finding is at least this severe: error (default), warning, info or never")
    FailOn failOn = FailOn.error;

    @Option(names = "--no-rules", description = "check the language only (syntax, names, types), not the rules")
    boolean noRules;

    @Option(names = {"-q", "--quiet"}, description = "print only problems, no summary line")
    boolean quiet;

    @Option(names = "--prices", paramLabel = "FILE", description = "the price table for the cost rules (default: the embedded one; see 'archkit cost --help')")
    Path pricesFile;

    @Option(names = "--timings", description = "print the time of each phase, and the slowest rules, to stderr "
            + "(a file over 1 MB is built while it is parsed: that time counts as parsing)")
    boolean timings;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        List<Path> files;
        try {
            files = Inputs.expand(paths);
        } catch (Inputs.BadInput e) {
            err.println("archkit check: " + e.getMessage());
            return Main.INVALID;
        } catch (IOException e) {
            err.println("archkit check: cannot read: " + e.getMessage());
            return Main.ENVIRONMENT;
        }
        RuleEngine engine = Catalog.engine(Parallelism.available());
        if (pricesFile != null) {
            try {
                engine = engine.withPrices(dev.archkit.cost.PriceTable.read(pricesFile));
            } catch (dev.archkit.cost.PriceTable.Invalid e) {
                err.println("archkit check: " + e.getMessage());
                return Main.INVALID;
            }
        }
        List<Diagnostic> all = new ArrayList<>();
        Map<String, String> sources = new LinkedHashMap<>();
        Set<String> reported = new HashSet<>();   // diagnostics already listed (a shared import reports once)
        Set<String> checked = new HashSet<>();    // files checked, directly or through an import
        List<Path> fragments = new ArrayList<>();
        int architectures = 0;
        List<Finding> findings = new ArrayList<>();
        List<RuleEngine.Suppressed> suppressed = new ArrayList<>();
        Map<String, Long> ruleNanos = new java.util.HashMap<>();
        long readMs = 0, parseMs = 0, buildMs = 0, checkMs = 0, graphMs = 0;
        Map<String, SourceParser.Parsed> parsedFiles = new java.util.HashMap<>();
        boolean ioFailure = false;
        for (Path f : files) {
            String text;
            long t0 = System.nanoTime();
            try {
                text = Files.readString(f);
                readMs += (System.nanoTime() - t0) / 1_000_000;
            } catch (IOException e) {
                all.add(Diagnostic.error("io", new Location(f.toString(), 0, 0, 0), "cannot read " + f + ": " + e.getMessage()));
                ioFailure = true;
                continue;
            }
            String name = f.toString();
            // The model builder parses the file (and builds its architecture block while parsing
            // it); a file without an architecture block is a fragment, checked only through the
            // architectures that import it, and not parsed again when one does.
            ModelBuilder.Result r = ModelBuilder.build(name, withText(name, text), parsedFiles, Parallelism.available());
            if (r.root() != null && !Inputs.hasArchitecture(r.root())) {
                parsedFiles.put(name, r.root());
                fragment(f, text, r.root(), fragments, sources, all, checked);
                continue;
            }
            parseMs += r.timings().parseMillis();
            buildMs += r.timings().buildMillis();
            checkMs += r.timings().checkMillis();
            architectures++;
            sources.putAll(r.sources());
            for (Diagnostic d : r.diagnostics()) {
                String key = d.location() + d.message();
                if (reported.add(key)) all.add(d);
            }
            checked.addAll(r.sources().keySet());
            if (r.architecture() != null && !r.hasErrors()) {
                long t2 = System.nanoTime();
                if (noRules) {
                    new ArchGraph(r.architecture());  // the graph must build for every valid model
                } else {
                    RuleEngine.Result res = engine.run(r.architecture());
                    findings.addAll(res.findings());
                    res.nanosByRule().forEach((k, v) -> ruleNanos.merge(k, v, Long::sum));
                    suppressed.addAll(res.suppressed());
                }
                graphMs += (System.nanoTime() - t2) / 1_000_000;
            }
        }
        for (Path f : fragments) {
            if (!checked.contains(f.toString())) {
                all.add(Diagnostic.warning("not-imported", new Location(f.toString(), 1, 1, 1),
                        f + " has no 'architecture' block and no checked file imports it; only its syntax was checked")
                        .withHint("import it from an architecture: import \"" + f.getFileName() + "\""));
            }
        }
        all.sort(null);
        findings.sort(null);
        long errors = all.stream().filter(Diagnostic::isError).count();
        long warnings = all.size() - errors;
        Severity threshold = failOn == FailOn.never ? null : Severity.parse(failOn.name());
        Report report = new Report(findings, suppressed, Catalog.RULES.stream().map(Rule::meta).toList(),
                files.stream().map(Path::toString).toList(), sources, threshold == null ? Severity.ERROR : threshold);
        switch (format) {
            case json -> out.print(json(all, files.size(), architectures, report));
            case text -> {
                boolean color = Inputs.color(out);
                Inputs.print(out, all, sources, color);
                out.print(new TextReporter(color).write(report));
                if (!quiet) {
                    out.println("checked " + plural(files.size(), "file") + " (" + plural(architectures, "architecture") + "): "
                            + (all.isEmpty() ? "input valid" : plural(errors, "input error") + ", " + plural(warnings, "input warning"))
                            + (noRules ? "" : "; findings: " + report.summary()));
                }
            }
            default -> {
                Inputs.print(err, all, sources, Inputs.color(err));
                out.print(Reporter.forFormat(format.name(), false).write(report));
            }
        }
        if (timings) {
            err.printf("timings: read %d ms, parse %d ms, build %d ms, semantic checks %d ms, %s %d ms%n",
                    readMs, parseMs, buildMs, checkMs, noRules ? "graph" : "graph and rules", graphMs);
            if (!ruleNanos.isEmpty()) {
                long ruleTotal = ruleNanos.entrySet().stream().filter(e -> !e.getKey().startsWith("(")).mapToLong(Map.Entry::getValue).sum();
                err.println("rules: " + ruleTotal / 1_000_000 + " ms in all (they run side by side on large models)");
                err.println("slowest: " + String.join(", ", ruleNanos.entrySet().stream()
                        .sorted((a, b) -> Long.compare(b.getValue(), a.getValue())).limit(6)
                        .map(e -> e.getKey() + " " + e.getValue() / 1_000_000 + " ms").toList()));
            }
        }
        if (ioFailure) return Main.ENVIRONMENT;
        if (errors > 0) return Main.INVALID;
        return threshold != null && findings.stream().anyMatch(f -> f.severity().atLeast(threshold)) ? Main.FINDINGS : Main.OK;
    }

    static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    private static String json(List<Diagnostic> ds, int files, int archs, Report report) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode root = (ObjectNode) JsonReporter.tree(report);
        root.put("files", files);
        root.put("architectures", archs);
        ArrayNode arr = root.putArray("diagnostics");
        for (Diagnostic d : ds) {
            ObjectNode o = arr.addObject();
            o.put("severity", d.severity().label());
            o.put("code", d.code());
            o.put("message", d.message());
            o.put("file", d.location().file());
            o.put("line", d.location().line());
            o.put("column", d.location().column());
            if (d.hint() != null) o.put("hint", d.hint());
            if (!d.related().isEmpty()) {
                ArrayNode rel = o.putArray("related");
                for (Diagnostic.Related r : d.related()) {
                    rel.addObject().put("at", r.location().toString()).put("message", r.message());
                }
            }
        }
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root) + "\n";
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A file without an architecture block: checked only through the architectures that import it. */
    private static void fragment(Path f, String text, SourceParser.Parsed p, List<Path> fragments, Map<String, String> sources,
                                 List<Diagnostic> all, Set<String> checked) {
        fragments.add(f);
        sources.put(f.toString(), text);
        if (p.hasErrors()) {
            all.addAll(p.diagnostics());
            checked.add(f.toString());
        }
    }

    /** Reads 'file' from the text in hand, every other file (its imports) from disk. */
    private static ModelBuilder.SourceLoader withText(String file, String text) {
        return path -> path.equals(file) ? text : ModelBuilder.DISK.load(path);
    }
}
