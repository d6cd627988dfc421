package dev.archkit.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.archkit.lang.ModelBuilder;
import dev.archkit.model.diff.ArchitectureDiff;
import dev.archkit.model.Parallelism;
import dev.archkit.rules.catalog.Catalog;
import dev.archkit.rules.Finding;
import dev.archkit.rules.Rule;
import dev.archkit.rules.RuleEngine;
import dev.archkit.rules.Severity;
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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

@Command(name = "diff",
        description = {
            "Compare two versions of an architecture: what changed, and which findings are new.",
            "",
            "Lists elements, dependencies and environments added, removed or changed, property by property, then the findings NEW has that OLD did not. With --fail-on only new findings fail the run: a pull-request gate that does not block on old debt. A change that raises the monthly cost by more than the architecture's max-cost-increase is a finding too (cost/increase).",
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
        RuleEngine engine = prices.apply(Catalog.engine(Parallelism.available()), console);
        ModelBuilder.Result before = ModelLoading.build(oldFile), after = ModelLoading.build(newFile);
        boolean invalid = false;
        for (ModelBuilder.Result r : List.of(before, after)) {
            if (r.hasErrors() || r.architecture() == null) {
                console.printDiagnostics(r.diagnostics(), r.sources());
                invalid = true;
            }
        }
        if (invalid) {
            err.println("archkit diff: fix the errors above first");
            return ExitCode.INVALID;
        }
        List<ArchitectureDiff.Change> changes = ArchitectureDiff.compare(before.architecture(), after.architecture());
        // NEW is checked against OLD as its baseline, so rules that compare versions (cost/increase) can speak
        RuleEngine.Result fb = engine.run(before.architecture()), fa = engine.run(after.architecture(), before.architecture());
        Set<String> old = new HashSet<>();
        for (Finding f : fb.findings()) old.add(identity(f));
        List<Finding> fresh = new ArrayList<>();
        int fixed = 0;
        Set<String> now = new HashSet<>();
        for (Finding f : fa.findings()) {
            now.add(identity(f));
            if (!old.contains(identity(f))) fresh.add(f);
        }
        for (String k : old) if (!now.contains(k)) fixed++;
        Severity threshold = failOn.threshold();
        Map<String, String> sources = new HashMap<>(after.sources());
        Report report = new Report(fresh, List.of(), Catalog.RULES.stream().map(Rule::meta).toList(),
                after.architecture().files(), sources, threshold == null ? Severity.ERROR : threshold);
        switch (format) {
            case text -> {
                out.print(changesText(changes));
                if (!fresh.isEmpty()) {
                    out.println();
                    out.println("New findings:");
                    out.print(new TextReporter(console.color(out)).write(report));
                }
                out.println(CheckCommand.plural(changes.size(), "change") + "; new findings: " + report.summary()
                        + "; " + fixed + " fixed, " + (fa.findings().size() - fresh.size()) + " unchanged");
            }
            case markdown -> {
                StringBuilder sb = new StringBuilder("### archkit diff\n\n");
                if (changes.isEmpty()) sb.append("No change to the architecture.\n");
                for (ArchitectureDiff.Change c : changes) {
                    sb.append("- **").append(c.kind().name().toLowerCase()).append("** ").append(c.what()).append(" `").append(c.name()).append('`');
                    for (ArchitectureDiff.PropertyChange p : c.properties()) {
                        sb.append("\n  - `").append(p.key()).append("`: ").append(p.before() == null ? "–" : "`" + p.before() + "`")
                          .append(" → ").append(p.after() == null ? "–" : "`" + p.after() + "`");
                    }
                    sb.append('\n');
                }
                sb.append("\n").append(fixed).append(" finding(s) fixed.\n\n");
                out.print(sb);
                out.print(new MarkdownReporter().write(report).replace("### archkit check", "#### New findings"));
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

    /** A finding's identity across versions: rule, subject and message, not the line (lines move). */
    static String identity(Finding f) {
        return f.ruleId() + '|' + f.subject() + '|' + f.message() + '|' + f.environments();
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
