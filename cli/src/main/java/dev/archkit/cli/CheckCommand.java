package dev.archkit.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.archkit.model.Parallelism;
import dev.archkit.rules.catalog.Catalog;
import dev.archkit.rules.Rule;
import dev.archkit.rules.RuleEngine;
import dev.archkit.rules.Severity;
import dev.archkit.rules.report.Exemptions;
import dev.archkit.rules.report.JsonReporter;
import dev.archkit.rules.report.Report;
import dev.archkit.rules.report.Reporter;
import dev.archkit.rules.report.TextReporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

import static dev.archkit.rules.report.Report.plural;

@Command(name = "check",
        description = {
            "Check .arch files: the language, then the rules.",
            "",
            "First the language: syntax, names, types and units, and its semantic checks. Every error is reported (not just the first) as file:line:col with the source line, a caret under the mistake and a hint; input errors exit 2.",
            "",
            "Then the rules ('archkit rules' lists them) on every valid architecture. A finding is excused in the .arch file, next to what it is about, with: suppress RULE \"reason\".",
            "",
            "A directory means every .arch file under it; files without an 'architecture' block are checked through the files that import them.",
            "",
            "Settings for a project (rules off with a reason, severities, fail-on, import root, format, baseline) are read from .archkit.yaml in the working directory or the nearest parent up to the top of the git work tree, or from --config FILE; options given here win (docs/config.md).",
        },
        mixinStandardHelpOptions = true,
        footer = {"", "Examples:",
            "  archkit check examples/",
            "  archkit check platform.arch --format sarif > archkit.sarif",
            "  archkit check --fail-on warning --format github examples/",
            "  archkit check --write-baseline archkit-baseline.json platform.arch",
            "  archkit check --baseline archkit-baseline.json platform.arch",
            "", "Exit codes: 0 no finding at --fail-on, 1 findings, 2 errors in the input, 3 files could not be read."})
final class CheckCommand extends ArchkitCommand {

    enum Format { text, json, sarif, junit, github, markdown }

    @Mixin
    InputPaths inputs;

    @picocli.CommandLine.Mixin
    ImportRootOption importRoot;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "text (default), json, sarif (SARIF 2.1.0), junit (JUnit XML), github (Actions annotations) or markdown (for PR comments)")
    Format format = Format.text;

    @Mixin
    FailOnOption failOn;

    @Option(names = "--no-rules", description = "check the language only (syntax, names, types), not the rules")
    boolean noRules;

    @Option(names = "--assume-env", paramLabel = "NAME", description = "check an architecture that declares no environments as "
            + "the environment NAME, its stage from the name (prod: production, stg: staging, dev: development); "
            + "without it such an architecture is checked as production")
    String assumeEnv;

    @Option(names = "--max-errors", paramLabel = "N", description = "show at most N input problems per file, the first ones (default 100; 0: all)")
    int maxErrors = DiagnosticCap.DEFAULT.perFile();

    @Option(names = {"-q", "--quiet"}, description = "print only problems, no summary line")
    boolean quiet;

    @Mixin
    ConfigOption config;

    @Option(names = "--baseline", paramLabel = "FILE", description = "accept the findings listed in FILE (written by --write-baseline): "
            + "only other findings count and fail; entries no longer found are reported as fixed")
    Path baseline;

    @Option(names = "--write-baseline", paramLabel = "FILE", description = "write the current findings to FILE as the accepted ones, "
            + "then report as with --baseline FILE (not written when the input has errors)")
    Path writeBaseline;

    @Mixin
    PricesOption prices;

    @Option(names = "--timings", description = "print the time of each phase, and the slowest rules, to stderr "
            + "(a file over 1 MB is built while it is parsed: that time counts as parsing)")
    boolean timings;

    @Override
    public ExitCode call() {
        if (baseline != null && writeBaseline != null) {
            throw console.fail(ExitCode.INVALID, "--baseline and --write-baseline exclude each other: write the baseline once, then check against it");
        }
        RuleEngine engine = prices.apply(Catalog.engine(Parallelism.available()), console);
        ProjectConfig settings = settings(engine);
        if (settings != null) engine = engine.configured(settings.rules());
        List<Path> files = inputs.expand(console);
        if (assumeEnv != null) engine = engine.assumingEnvironment(assumeEnv);
        Baselines.Given given = Baselines.given(console, baseline, writeBaseline, !noRules);
        CheckRun run = new CheckRun(engine, !noRules, importRoot, new DiagnosticCap(maxErrors));
        for (Path f : files) run.check(f);
        CheckRun.Outcome outcome = run.finish();
        Baselines.Applied applied = Baselines.apply(console, given, outcome, quiet);
        print(files, outcome, report(files, outcome, applied), applied);
        if (timings) outcome.timings().print(console.err(), !noRules);
        return exitCode(outcome, applied);
    }

    /**
     * The project's settings, when a configuration file applies: its values fill in the options
     * not given on the command line. Null without one (or with --no-config).
     */
    private ProjectConfig settings(RuleEngine engine) {
        ProjectConfig c = config.load(engine, console, "nothing was checked");
        if (c == null) return null;
        picocli.CommandLine.ParseResult given = console.spec.commandLine().getParseResult();
        if (c.failOn() != null && !given.hasMatchedOption("--fail-on")) failOn.level = c.failOn();
        if (c.format() != null && !given.hasMatchedOption("--format")) format = c.format();
        if (c.importRoot() != null && !given.hasMatchedOption("--import-root")) importRoot.dir = c.importRoot();
        if (c.baseline() != null && baseline == null && writeBaseline == null) baseline = c.baseline();
        configFile = config.shown();
        return c;
    }

    /** The configuration file read, as shown in the summary, or null. */
    private String configFile;

    /** The findings as the reporters take them; without --fail-on's level, errors are what fails. */
    private Report report(List<Path> files, CheckRun.Outcome o, Baselines.Applied b) {
        Severity threshold = failOn.threshold();
        Exemptions ex = new Exemptions(o.disabled(), b == null ? null : b.name(), b == null ? List.of() : b.split().accepted(),
                b == null ? List.of() : b.split().fixed());
        return new Report(b == null ? o.findings() : b.split().fresh(), o.suppressed(), Catalog.RULES.stream().map(Rule::meta).toList(),
                files.stream().map(Path::toString).toList(), o.sources(), threshold == null ? Severity.ERROR : threshold, o.diagnostics(), ex);
    }

    /**
     * Text: diagnostics, findings and a summary on stdout (checking the input is what was asked
     * for). Other formats: the report, which holds the input diagnostics too, on stdout; the
     * diagnostics also on stderr for the reader of the log. The convention of every command is in
     * docs/exit-codes.md ("Where output goes").
     */
    private void print(List<Path> files, CheckRun.Outcome o, Report report, Baselines.Applied b) {
        PrintWriter out = console.out();
        switch (format) {
            case json -> {
                console.printDiagnostics(o.diagnostics(), o.sources());
                out.print(json(files.size(), o.architectures(), report));
            }
            case text -> {
                boolean color = console.color(out);
                Inputs.print(out, o.diagnostics(), o.sources(), color);
                out.print(new TextReporter(color).write(report));
                if (!quiet) {
                    out.print(TextReporter.exemptions(report));
                    out.println(summary(files.size(), o, report));
                }
            }
            default -> {
                console.printDiagnostics(o.diagnostics(), o.sources());
                out.print(Reporter.forFormat(format.name(), false).write(report));
            }
        }
    }

    private String summary(int files, CheckRun.Outcome o, Report report) {
        return "checked " + plural(files, "file") + " (" + plural(o.architectures(), "architecture") + "): "
                + (o.diagnostics().isEmpty() ? "input valid" : plural(o.errors(), "input error") + ", " + plural(o.warnings(), "input warning")
                        + (o.notShown() > 0 ? " (and " + o.notShown() + " more problems not shown; --max-errors N shows more)" : ""))
                + (noRules ? "" : "; findings: " + report.summary() + environments(o))
                + (report.exemptions().fixed().isEmpty() ? "" : "; " + report.exemptions().fixed().size() + " baseline "
                        + (report.exemptions().fixed().size() == 1 ? "entry" : "entries") + " fixed")
                + (configFile == null ? "" : "; settings from " + configFile);
    }

    /** How an architecture without environments was checked: as production unless --assume-env says otherwise. */
    private String environments(CheckRun.Outcome o) {
        if (o.withoutEnvironments() == 0) return "";
        String which = o.withoutEnvironments() == 1 && o.architectures() == 1 ? "no environments" : plural(o.withoutEnvironments(), "architecture") + " without environments";
        if (assumeEnv == null) return "; " + which + ": checked as production (--assume-env NAME to say otherwise)";
        return "; " + which + ": checked as '" + assumeEnv + "' (" + dev.archkit.model.Environment.stageOf(assumeEnv) + ")";
    }

    /** A file that could not be read outweighs input errors, which outweigh findings. */
    private ExitCode exitCode(CheckRun.Outcome o, Baselines.Applied b) {
        if (o.ioFailure()) return ExitCode.ENVIRONMENT;
        if (o.errors() > 0) return ExitCode.INVALID;
        return failOn.exitFor(b == null ? o.findings() : b.split().fresh());
    }

    private static String json(int files, int archs, Report report) {
        ObjectNode root = JsonReporter.tree(report);
        root.put("files", files);
        root.put("architectures", archs);
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root) + "\n";
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
