package dev.archkit.cost;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.archkit.cost.Numbers.usd;
import static dev.archkit.cost.ReportParts.dollars;
import static dev.archkit.cost.ReportParts.verdict;

/** Estimates as a plain-text table per environment, with budgets, assumptions and what is not priced below it. */
final class TextReport {
    private TextReport() { }

    /** A row of the table: a label and three amounts (empty for a note under a component), or the rule above the total. */
    private record Row(String label, String min, String desired, String max, boolean rule) {
        static final Row RULE = new Row("", "", "", "", true);
        Row(String label, String min, String desired, String max) { this(label, min, desired, max, false); }
        static Row note(String label) { return new Row(label, "", "", ""); }
        String cell(int i) { return switch (i) { case 0 -> label; case 1 -> min; case 2 -> desired; default -> max; }; }
    }

    static String of(List<CostModel.Estimate> estimates) {
        StringBuilder sb = new StringBuilder();
        for (CostModel.Estimate e : estimates) {
            if (sb.length() > 0) sb.append('\n');
            sb.append(ReportParts.title(e)).append('\n');
            List<Row> rows = new ArrayList<>();
            rows.add(new Row("COMPONENT / LINE", "MIN", "DESIRED", "MAX"));
            for (CostModel.Line l : e.lines()) {
                rows.add(new Row(l.component() + " (" + l.kind().id() + ")", usd(l.min()), usd(l.desired()), usd(l.max())));
                for (CostModel.Item i : l.items()) rows.add(new Row("  " + i.what(), usd(i.min()), usd(i.desired()), usd(i.max())));
                if (l.note() != null) rows.add(Row.note("  " + l.note()));
                if (l.budget() != null) rows.add(Row.note("  budget " + usd(dollars(l.budget())) + verdict(l.desired(), l.max(), l.budget())));
            }
            rows.add(Row.RULE);
            rows.add(new Row(ReportParts.totalLabel(e), usd(e.min()), usd(e.desired()), usd(e.max())));
            table(sb, rows);
            if (e.budget() != null) {
                sb.append("Budget: ").append(usd(dollars(e.budget()))).append(" per month (").append(e.budgetAt())
                  .append(")").append(verdict(e)).append('\n');
            }
            if (!e.assumptions().isEmpty()) {
                sb.append("Assumed (usage not declared):\n");
                for (CostModel.Assumption a : e.assumptions()) sb.append("  ").append(a.at()).append(": ").append(a.component()).append(": ").append(a.message()).append('\n');
            }
            for (Map.Entry<String, List<String>> g : ReportParts.byHost(e.elsewhere()).entrySet()) {
                sb.append("Included in their hosts' cost (").append(g.getKey()).append("): ").append(String.join(", ", g.getValue())).append('\n');
            }
            if (e.partial()) {
                sb.append("Missing prices (left out of the total, which is a lower bound):\n");
                unpriced(sb, e.missing());
            }
            if (!e.perUse().isEmpty()) {
                sb.append("Not priced:\n");
                unpriced(sb, e.perUse());
            }
            sb.append(ReportParts.priceLine(e)).append('\n');
        }
        return sb.toString();
    }

    private static void unpriced(StringBuilder sb, List<CostModel.Unpriced> us) {
        for (CostModel.Unpriced u : us) sb.append("  ").append(u.component()).append(" (").append(u.kind().id()).append("): ").append(u.reason()).append('\n');
    }

    /** The label left-aligned, the amounts right-aligned, columns two spaces apart. */
    private static void table(StringBuilder sb, List<Row> rows) {
        int[] w = new int[4];
        for (Row r : rows) if (!r.rule()) for (int i = 0; i < 4; i++) w[i] = Math.max(w[i], r.cell(i).length());
        for (Row r : rows) {
            if (r.rule()) {
                sb.append("-".repeat(w[0] + w[1] + w[2] + w[3] + 6)).append('\n');
                continue;
            }
            StringBuilder line = new StringBuilder(r.label());
            line.append(" ".repeat(w[0] - r.label().length()));
            for (int i = 1; i < 4; i++) line.append("  ").append(" ".repeat(w[i] - r.cell(i).length())).append(r.cell(i));
            sb.append(line.toString().stripTrailing()).append('\n');
        }
    }
}
