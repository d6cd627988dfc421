package dev.archkit.cost;

import dev.archkit.model.Value;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dev.archkit.cost.Numbers.usd;

/** The sentences the text and Markdown reports share: the title, the price line, a budget's verdict. */
final class ReportParts {
    private ReportParts() { }

    static String title(CostModel.Estimate e) {
        return e.architecture() + (e.environment() == null ? "" : " · environment " + e.environment()) + " · " + e.region();
    }

    static String priceLine(CostModel.Estimate e) {
        return "Prices: " + e.prices().origin() + " of " + e.prices().date() + ", on-demand list prices, "
                + Numbers.fmt(e.prices().hoursPerMonth()) + " hours a month, USD.";
    }

    static double dollars(Value.Money m) {
        return m.centsPerMonth() / 100.0;
    }

    /** "1 component unpriced", "3 components unpriced". */
    static String unpricedCount(CostModel.Estimate e) {
        int n = e.missing().size();
        return n + (n == 1 ? " component" : " components") + " unpriced";
    }

    /** The total's label: "TOTAL per month", or with "(partial: N components unpriced)" when prices are missing. */
    static String totalLabel(CostModel.Estimate e) {
        return e.partial() ? "TOTAL per month (partial: " + unpricedCount(e) + ")" : "TOTAL per month";
    }

    /**
     * A budget's verdict on a view's total: as {@link #verdict(double, double, Value.Money)} when the
     * total is complete; when it is partial the total is a lower bound, so only "exceeded" is known.
     */
    static String verdict(CostModel.Estimate e) {
        if (!e.partial()) return verdict(e.desired(), e.max(), e.budget());
        double b = dollars(e.budget());
        if (e.desired() > b) return ": EXCEEDED at desired scale by at least " + usd(e.desired() - b) + " (the total is partial)";
        return ": unknown, " + usd(e.desired()) + " at desired scale (" + usd(e.max()) + " at max) is a lower bound, "
                + unpricedCount(e);
    }

    /** What a budget's verdict is, for machines: within, exceeded-at-max, exceeded, or unknown (a partial total under it). */
    static String budgetStatus(CostModel.Estimate e) {
        double b = dollars(e.budget());
        if (e.desired() > b) return "exceeded";
        if (e.partial()) return "unknown";
        return e.max() > b ? "exceeded-at-max" : "within";
    }

    /** Whether a cost at desired and max scale stays within a budget, and by how much. */
    static String verdict(double desired, double max, Value.Money budget) {
        double b = dollars(budget);
        if (desired > b) return ": EXCEEDED at desired scale by " + usd(desired - b);
        if (max > b) return ": within at desired scale, exceeded at max scale by " + usd(max - b);
        return ": within, " + usd(b - max) + " to spare at max scale";
    }

    /** The components priced with their hosts, grouped by where (in order of first appearance). */
    static Map<String, List<String>> byHost(List<CostModel.Unpriced> elsewhere) {
        Map<String, List<String>> m = new LinkedHashMap<>();
        for (CostModel.Unpriced u : elsewhere) m.computeIfAbsent(u.reason(), k -> new ArrayList<>()).add(u.component());
        return m;
    }
}
