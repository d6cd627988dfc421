package dev.archkit.cost;

import dev.archkit.facts.Facts;
import dev.archkit.model.Architecture;
import dev.archkit.model.Environment;
import dev.archkit.model.view.Kind;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes estimates (one per environment) as text, Markdown, JSON or CSV, and compares two sets of
 * them. Each format is written by its own class ({@link TextReport}, {@link MarkdownReport},
 * {@link JsonReport}, {@link CsvReport}); the comparison is {@link CostDiff}.
 */
public final class CostReport {
    private CostReport() { }

    /** Estimates for every environment of an architecture (or the one view when it has none, or the one named). */
    public static List<CostModel.Estimate> estimates(Architecture base, String env, PriceTable prices) {
        List<CostModel.Estimate> out = new ArrayList<>();
        if (env != null) {
            out.add(CostModel.estimate(Facts.of(base.forEnvironment(env)), prices));
        } else if (base.environments().isEmpty()) {
            out.add(CostModel.estimate(Facts.of(base), prices));
        } else {
            for (Environment e : base.environments()) out.add(CostModel.estimate(Facts.of(base.forEnvironment(e.name())), prices));
        }
        return out;
    }

    public static String text(List<CostModel.Estimate> estimates) { return TextReport.of(estimates); }

    public static String markdown(List<CostModel.Estimate> estimates) { return MarkdownReport.of(estimates); }

    public static String json(List<CostModel.Estimate> estimates) { return JsonReport.of(estimates); }

    public static String csv(List<CostModel.Estimate> estimates) { return CsvReport.of(estimates); }

    /**
     * A component's or an environment's cost before and after a change, at desired scale; a total
     * has no component nor kind. {@code unpricedBefore} / {@code unpricedAfter} name what the
     * figure on that side leaves out for want of a price (for a total, its components without a
     * price; for a component, itself): such a figure is a lower bound, and so is the change.
     */
    public record Delta(String environment, String component, Kind kind, double before, double after,
                        List<String> unpricedBefore, List<String> unpricedAfter) {
        public Delta {
            unpricedBefore = List.copyOf(unpricedBefore);
            unpricedAfter = List.copyOf(unpricedAfter);
        }

        /** A delta between two complete figures. */
        public Delta(String environment, String component, Kind kind, double before, double after) {
            this(environment, component, kind, before, after, List.of(), List.of());
        }

        public double amount() { return after - before; }
        /** The change in percent, or NaN when there was nothing before. */
        public double percent() { return before == 0 ? (after == 0 ? 0 : Double.NaN) : (after - before) * 100 / before; }
        /** True when either side leaves something out for want of a price. */
        public boolean partial() { return !unpricedBefore.isEmpty() || !unpricedAfter.isEmpty(); }
    }

    /** The changes between two sets of estimates: per environment a total, then each component whose cost moved. */
    public static List<Delta> diff(List<CostModel.Estimate> before, List<CostModel.Estimate> after) { return CostDiff.of(before, after); }

    /** The change in percent with its sign and one decimal, or "new". */
    public static String pctText(Delta d) { return CostDiff.pctText(d); }

    /** Dollars with a sign: +$1.00, -$2.50. */
    public static String signed(double d) { return CostDiff.signed(d); }

    public static String diffText(List<Delta> deltas) { return CostDiff.text(deltas); }

    /** One side of a delta: dollars, "unpriced" (a component without a price) or "at least $N" (a partial total). */
    public static String side(Delta d, boolean before) { return CostDiff.side(d, before); }

    /** What a partial delta leaves out, as a sentence ("" when complete). */
    public static String partialNote(Delta d) { return CostDiff.partialNote(d); }

    public static String diffMarkdown(List<Delta> deltas) { return MarkdownReport.diff(deltas); }

    public static String diffJson(List<Delta> deltas) { return JsonReport.diff(deltas); }

    public static String diffCsv(List<Delta> deltas) { return CsvReport.diff(deltas); }
}
