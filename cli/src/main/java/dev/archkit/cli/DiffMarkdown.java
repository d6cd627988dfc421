package dev.archkit.cli;

import dev.archkit.rules.report.Report;
import dev.archkit.cost.CostModel;
import dev.archkit.cost.CostReport;
import dev.archkit.gen.diagram.ChangeView;
import dev.archkit.model.diff.ArchitectureDiff;
import dev.archkit.rules.Finding;
import dev.archkit.rules.Severity;
import dev.archkit.rules.report.FindingChanges;
import dev.archkit.rules.report.MarkdownReporter;

import java.util.List;
import java.util.Locale;

/**
 * 'diff --format markdown': a pull-request comment. A headline (new, fixed and unchanged
 * findings, the monthly cost before and after), then the new findings, the fixed ones, the
 * changes to the architecture, and the cost per component folded away. Findings are matched by
 * fingerprint ({@link FindingChanges}). A cost that could not be computed is said to be unknown.
 * The changed elements and dependencies are drawn as a Mermaid flowchart, which GitHub renders
 * in the comment ({@link ChangeView}).
 */
final class DiffMarkdown {
    private DiffMarkdown() { }

    /** The cost change: the deltas, or why there are none (then the cost is unknown). */
    record Cost(List<CostReport.Delta> deltas, String unknown) { }

    static String of(String oldName, String newName, List<ArchitectureDiff.Change> changes, FindingChanges findings,
                     Cost cost, List<String> overLimit, String diagram) {
        StringBuilder sb = new StringBuilder("### archkit diff\n\n");
        sb.append("`").append(oldName).append("` → `").append(newName).append("`\n\n");
        sb.append("**").append(headline(findings)).append("**");
        sb.append(" · ").append(costLine(cost)).append("\n\n");
        for (String o : overLimit) sb.append("> **").append(MarkdownReporter.cell(o)).append("**\n");
        if (!overLimit.isEmpty()) sb.append('\n');
        if (!findings.added().isEmpty()) {
            sb.append("#### New findings (").append(findings.added().size()).append(")\n\n").append(MarkdownReporter.table(findings.added())).append('\n');
        }
        if (!findings.fixed().isEmpty()) {
            sb.append("#### Fixed findings (").append(findings.fixed().size()).append(")\n\n")
              .append("| | rule | was at | finding |\n| --- | --- | --- | --- |\n");
            for (Finding f : findings.fixed()) {
                sb.append("| fixed | `").append(f.ruleId()).append("` | `").append(MarkdownReporter.cell(f.location().toString())).append("` | ")
                  .append(MarkdownReporter.cell(message(f))).append(" |\n");
            }
            sb.append('\n');
        }
        sb.append("#### Changes to the architecture (").append(changes.size()).append(")\n\n");
        if (changes.isEmpty()) sb.append("No change to the architecture.\n");
        for (ArchitectureDiff.Change c : changes) {
            sb.append("- **").append(c.kind().name().toLowerCase(Locale.ROOT)).append("** ").append(c.what()).append(" `").append(c.name()).append('`');
            for (ArchitectureDiff.PropertyChange p : c.properties()) {
                sb.append("\n  - `").append(p.key()).append("`: ").append(p.before() == null ? "–" : "`" + p.before() + "`")
                  .append(" → ").append(p.after() == null ? "–" : "`" + p.after() + "`");
            }
            sb.append('\n');
        }
        if (!diagram.isEmpty()) {
            sb.append("\n<details open><summary>The change, drawn (green added, red removed, orange changed, grey context)</summary>\n\n")
              .append("```mermaid\n").append(diagram).append("```\n\n</details>\n");
        }
        if (cost.deltas() != null && cost.deltas().stream().anyMatch(d -> d.component() != null && d.amount() != 0)) {
            sb.append("\n<details><summary>Cost per component</summary>\n\n")
              .append(CostReport.diffMarkdown(cost.deltas().stream().filter(d -> d.component() == null || d.amount() != 0).toList()))
              .append("\n</details>\n");
        }
        return sb.toString();
    }

    /** "2 new findings (1 error, 1 warning), 1 fixed, 14 unchanged" */
    static String headline(FindingChanges f) {
        StringBuilder sb = new StringBuilder(Report.plural(f.added().size(), "new finding"));
        if (!f.added().isEmpty()) {
            sb.append(" (");
            boolean first = true;
            for (Severity s : Severity.values()) {
                long n = f.added().stream().filter(x -> x.severity() == s).count();
                if (n == 0) continue;
                sb.append(first ? "" : ", ").append(s == Severity.INFO ? n + " info" : Report.plural(n, s.label()));
                first = false;
            }
            sb.append(')');
        }
        return sb.append(", ").append(f.fixed().size()).append(" fixed, ").append(f.unchanged().size()).append(" unchanged").toString();
    }

    /** "monthly cost (desired scale): $100.00 → $120.00 (+$20.00, +20.0%)", per environment when there are several. */
    static String costLine(Cost cost) {
        if (cost.deltas() == null) return "monthly cost: unknown (" + cost.unknown() + ")";
        List<CostReport.Delta> totals = cost.deltas().stream().filter(d -> d.component() == null).toList();
        if (totals.isEmpty()) return "monthly cost: unknown (nothing priced)";
        StringBuilder sb = new StringBuilder("monthly cost (desired scale): ");
        for (int i = 0; i < totals.size(); i++) {
            CostReport.Delta d = totals.get(i);
            if (i > 0) sb.append("; ");
            if (d.environment() != null) sb.append(d.environment()).append(' ');
            sb.append(CostReport.side(d, true)).append(" → ").append(CostReport.side(d, false));
            sb.append(d.amount() == 0 ? " (no change" : " (" + CostReport.signed(d.amount()) + ", " + CostReport.pctText(d));
            sb.append(d.partial() ? "; " + CostReport.partialNote(d) + ")" : ")");
        }
        return sb.toString();
    }

    private static String message(Finding f) {
        return f.environments().isEmpty() ? f.message() : f.message() + " (" + String.join(", ", f.environments()) + ")";
    }
}
