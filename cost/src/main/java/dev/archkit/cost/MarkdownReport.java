package dev.archkit.cost;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.archkit.cost.Numbers.usd;
import static dev.archkit.cost.ReportParts.dollars;
import static dev.archkit.cost.ReportParts.verdict;

/** Estimates and cost changes as Markdown (for pull-request comments): a table per environment. */
final class MarkdownReport {
    private MarkdownReport() { }

    static String of(List<CostModel.Estimate> estimates) {
        StringBuilder sb = new StringBuilder();
        for (CostModel.Estimate e : estimates) {
            if (sb.length() > 0) sb.append('\n');
            sb.append("### Cost: ").append(md(ReportParts.title(e))).append("\n\n");
            sb.append("| Component | Line | Min | Desired | Max |\n|---|---|---:|---:|---:|\n");
            for (CostModel.Line l : e.lines()) {
                boolean first = true;
                for (CostModel.Item i : l.items()) {
                    sb.append("| ").append(first ? "`" + md(l.component()) + "` (" + l.kind().id() + ")" : "").append(" | ").append(md(i.what()))
                      .append(" | ").append(usd(i.min())).append(" | ").append(usd(i.desired())).append(" | ").append(usd(i.max())).append(" |\n");
                    first = false;
                }
                if (l.items().isEmpty()) {
                    sb.append("| `").append(md(l.component())).append("` (").append(l.kind().id()).append(") | ")
                      .append(md(l.note() == null ? "" : l.note())).append(" | | | |\n");
                }
            }
            sb.append("| **").append(e.partial() ? "Total (partial: " + ReportParts.unpricedCount(e) + ")" : "Total").append("** | | **").append(usd(e.min())).append("** | **").append(usd(e.desired())).append("** | **").append(usd(e.max())).append("** |\n\n");
            if (e.budget() != null) {
                sb.append("Budget ").append(usd(dollars(e.budget()))).append(" per month").append(verdict(e)).append(".\n\n");
            }
            for (CostModel.Line l : e.lines()) {
                if (l.budget() != null) {
                    sb.append("- `").append(md(l.component())).append("` budget ").append(usd(dollars(l.budget()))).append(verdict(l.desired(), l.max(), l.budget())).append('\n');
                }
            }
            if (!e.assumptions().isEmpty()) {
                sb.append("<details><summary>Assumed usage (").append(e.assumptions().size()).append(")</summary>\n\n");
                for (CostModel.Assumption a : e.assumptions()) sb.append("- `").append(md(a.component())).append("`: ").append(md(a.message())).append('\n');
                sb.append("\n</details>\n\n");
            }
            for (Map.Entry<String, List<String>> g : ReportParts.byHost(e.elsewhere()).entrySet()) {
                sb.append("Included in their hosts' cost (").append(md(g.getKey())).append("): ")
                  .append(String.join(", ", g.getValue().stream().map(n -> "`" + md(n) + "`").toList())).append(".\n\n");
            }
            if (e.partial()) sb.append("**Missing prices** (left out of the total, which is a lower bound): ").append(list(e.missing())).append(".\n\n");
            if (!e.perUse().isEmpty()) sb.append("Not priced: ").append(list(e.perUse())).append(".\n\n");
            sb.append("_").append(md(ReportParts.priceLine(e))).append("_\n");
        }
        return sb.toString();
    }

    static String diff(List<CostReport.Delta> deltas) {
        boolean envs = deltas.stream().anyMatch(d -> d.environment() != null);
        StringBuilder sb = new StringBuilder("### Cost change (desired scale, per month)\n\n")
                .append(envs ? "| Environment | Component | Before | After | Δ | Δ % |\n|---|---|---:|---:|---:|---:|\n"
                             : "| Component | Before | After | Δ | Δ % |\n|---|---:|---:|---:|---:|\n");
        List<String> notes = new ArrayList<>();
        for (CostReport.Delta d : deltas) {
            boolean total = d.component() == null;
            sb.append("| ");
            if (envs) sb.append(d.environment() == null ? "" : md(d.environment())).append(" | ");
            String change = total || !d.partial() ? CostDiff.signed(d.amount()) : "unknown";
            sb.append(total ? "**total**" : "`" + md(d.component()) + "`").append(" | ")
              .append(CostDiff.side(d, true)).append(" | ").append(CostDiff.side(d, false)).append(" | ")
              .append(total ? "**" + change + (d.partial() ? "** ¹" : "**") : change).append(" | ").append(CostDiff.pctText(d)).append(" |\n");
            if (total && d.partial()) notes.add((d.environment() == null ? "" : md(d.environment()) + ": ") + md(CostDiff.partialNote(d)));
        }
        if (!notes.isEmpty()) {
            sb.append("\n¹ Partial totals count priced components only (").append(String.join("; ", notes).replace("partial: ", ""))
              .append("): pass `--prices FILE` with the missing prices for a complete figure.\n");
        }
        return sb.toString();
    }

    private static String list(List<CostModel.Unpriced> us) {
        List<String> parts = new ArrayList<>();
        for (CostModel.Unpriced u : us) parts.add("`" + md(u.component()) + "` (" + md(u.reason()) + ")");
        return String.join(", ", parts);
    }

    /** Text safe in a table cell: no column breaks, no code spans opened by accident. */
    private static String md(String s) {
        return s.replace("|", "\\|").replace("`", "'");
    }
}
