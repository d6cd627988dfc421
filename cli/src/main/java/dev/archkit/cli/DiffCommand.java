package dev.archkit.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.archkit.cost.CostModel;
import dev.archkit.cost.CostReport;
import dev.archkit.cost.PriceTable;
import dev.archkit.gen.diagram.ChangeView;
import dev.archkit.lang.ModelBuilder;
import dev.archkit.model.Architecture;
import dev.archkit.model.diag.Diagnostic;
import dev.archkit.model.diff.ArchitectureDiff;
import dev.archkit.model.Parallelism;
import dev.archkit.rules.catalog.Catalog;
import dev.archkit.rules.Finding;
import dev.archkit.rules.Rule;
import dev.archkit.rules.RuleEngine;
import dev.archkit.rules.Severity;
import dev.archkit.rules.report.FindingChanges;
import dev.archkit.rules.report.JsonReporter;
import dev.archkit.rules.report.MarkdownReporter;
import dev.archkit.rules.report.Report;
import dev.archkit.rules.report.TextReporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

@Command(name = "diff",
        description = {
            "Compare two versions of an architecture: what changed, and which findings are new.",
            "",
            "Lists elements, dependencies and environments added, removed or changed, property by property, then the findings NEW has that OLD did not. Findings are matched by fingerprint (rule, element and cause), not by line or message, so a finding that only moved is not new. With --fail-on only new findings fail the run: a pull-request gate that does not block on old debt. A change that raises the monthly cost by more than the architecture's max-cost-increase is a finding too (cost/increase).",
            "",
            "--format markdown writes a pull-request comment: new and fixed findings, the monthly cost before and after, the changes, and a Mermaid drawing of the changed elements with their direct callers and callees (GitHub renders it).",
        },
        mixinStandardHelpOptions = true,
        footer = {"", "Examples:",
            "  git show main:platform.arch > /tmp/old.arch && archkit diff /tmp/old.arch platform.arch",
            "  archkit diff --format markdown old.arch new.arch > comment.md",
            "", "Exit codes: 0 no new finding at --fail-on, 1 new findings, 2 invalid input, 3 files could not be read."})
final class DiffCommand extends ArchkitCommand {

    enum Format { text, json, markdown }

    @Parameters(index = "0", paramLabel = "OLD", description = "the architecture before the change")
    Path oldFile;

    /** The project's rules off and severities (.archkit.yaml). */
    @picocli.CommandLine.Mixin
    ConfigOption config;

    @picocli.CommandLine.Mixin
    ImportRootOption importRoot;

    @Parameters(index = "1", paramLabel = "NEW", description = "the architecture after the change")
    Path newFile;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text (default), json or markdown")
    Format format = Format.text;

    @picocli.CommandLine.Mixin
    FailOnOption failOn;   // only new findings count (see the description)

    @picocli.CommandLine.Mixin
    PricesOption prices;

    @Override
    public ExitCode call() {
        var out = console.out();
        var err = console.err();
        try {
            Inputs.singleFile(oldFile);
            Inputs.singleFile(newFile);
        } catch (Inputs.BadInput | IOException e) {
            err.println("archkit diff: " + e.getMessage());
            return ExitCode.INVALID;
        }
        RuleEngine engine = config.apply(prices.apply(Catalog.engine(Parallelism.available()), console), console, "nothing was compared");
        ModelBuilder.Result before = ModelLoading.build(oldFile, importRoot.forEntry(oldFile)), after = ModelLoading.build(newFile, importRoot.forEntry(newFile));
        Severity threshold = failOn.threshold();
        Severity failLevel = threshold == null ? Severity.ERROR : threshold;
        List<Diagnostic> inputErrors = new ArrayList<>();
        Map<String, String> sources = new HashMap<>();
        for (ModelBuilder.Result r : List.of(before, after)) {
            if (r.hasErrors() || r.architecture() == null) {
                inputErrors.addAll(r.diagnostics());
                sources.putAll(r.sources());
            }
        }
        if (!inputErrors.isEmpty()) {
            // the report, in every format, shows why nothing was compared (not an empty diff); a machine
            // format's reader of the log sees the diagnostics on stderr too (one convention: docs/exit-codes.md)
            Report invalid = new Report(List.of(), List.of(), List.of(), List.of(oldFile.toString(), newFile.toString()),
                    sources, failLevel, inputErrors);
            if (format == Format.text) {
                Inputs.print(out, inputErrors, sources, console.color(out));
            } else {
                console.printDiagnostics(inputErrors, sources);
            }
            if (format == Format.markdown) out.print(new MarkdownReporter().write(invalid).replace("### archkit check", "### archkit diff"));
            if (format == Format.json) out.print(new JsonReporter().write(invalid));
            err.println("archkit diff: " + Report.plural(inputErrors.stream().filter(Diagnostic::isError).count(), "input error")
                    + "; nothing was compared");
            return ExitCode.INVALID;
        }
        List<ArchitectureDiff.Change> changes = ArchitectureDiff.compare(before.architecture(), after.architecture());
        // NEW is checked against OLD as its baseline, so rules that compare versions (cost/increase) can speak
        RuleEngine.Result fb = engine.run(before.architecture()), fa = engine.run(after.architecture(), before.architecture());
        FindingChanges findings = FindingChanges.of(fb.findings(), fa.findings());
        List<Finding> fresh = findings.added();
        int fixed = findings.fixed().size();
        sources.putAll(after.sources());
        Report report = new Report(fresh, List.of(), Catalog.RULES.stream().map(Rule::meta).toList(),
                after.architecture().files(), sources, failLevel);
        switch (format) {
            case text -> {
                out.print(changesText(changes));
                if (!fresh.isEmpty()) {
                    out.println();
                    out.println("New findings:");
                    out.print(new TextReporter(console.color(out)).write(report));
                }
                out.println(Report.plural(changes.size(), "change") + "; new findings: " + report.summary()
                        + "; " + fixed + " fixed, " + findings.unchanged().size() + " unchanged");
            }
            case markdown -> {
                DiffMarkdown.Cost cost = cost(before.architecture(), after.architecture());
                List<String> over = cost.deltas() == null ? List.of() : CostCommand.overLimit(after.architecture(), cost.deltas());
                out.print(DiffMarkdown.of(oldFile.toString(), newFile.toString(), changes, findings, cost, over,
                        ChangeView.mermaid(before.architecture(), after.architecture(), changes)));
            }
            case json -> {
                ObjectNode root = JsonNodeFactory.instance.objectNode();
                ArrayNode arr = root.putArray("changes");
                for (ArchitectureDiff.Change c : changes) {
                    ObjectNode o = arr.addObject();
                    o.put("change", c.kind().name().toLowerCase());
                    o.put("kind", c.what());
                    o.put("name", c.name());
                    o.put("at", c.location().toString());
                    ArrayNode ps = o.putArray("properties");
                    for (ArchitectureDiff.PropertyChange p : c.properties()) {
                        ObjectNode po = ps.addObject();
                        po.put("key", p.key());
                        po.put("before", p.before());
                        po.put("after", p.after());
                    }
                }
                root.set("newFindings", JsonReporter.tree(report));
                root.put("fixed", fixed);
                try {
                    out.print(new com.fasterxml.jackson.databind.ObjectMapper().enable(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT)
                            .writeValueAsString(root) + "\n");
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return failOn.exitFor(fresh);
    }

    /** The monthly cost of both versions at desired scale (with --prices when given), or why it is unknown. */
    private DiffMarkdown.Cost cost(Architecture before, Architecture after) {
        PriceTable read = prices.read(console);
        PriceTable table = read == null ? PriceTable.embedded() : read;
        try {
            return new DiffMarkdown.Cost(CostReport.diff(CostReport.estimates(before, null, table), CostReport.estimates(after, null, table)), null);
        } catch (CostModel.NoPrices e) {
            return new DiffMarkdown.Cost(null, e.getMessage());
        }
    }

    static String changesText(List<ArchitectureDiff.Change> changes) {
        StringBuilder sb = new StringBuilder();
        for (ArchitectureDiff.Change c : changes) {
            char sign = switch (c.kind()) { case ADDED -> '+'; case REMOVED -> '-'; case CHANGED -> '~'; };
            sb.append(sign).append(' ').append(c.what()).append(' ').append(c.name()).append("  (").append(c.location()).append(")\n");
            for (ArchitectureDiff.PropertyChange p : c.properties()) {
                sb.append("    ").append(p.key()).append(": ").append(p.before() == null ? "(none)" : p.before())
                  .append(" -> ").append(p.after() == null ? "(none)" : p.after()).append('\n');
            }
        }
        return sb.toString();
    }
}
