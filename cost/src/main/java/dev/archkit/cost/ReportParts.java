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
