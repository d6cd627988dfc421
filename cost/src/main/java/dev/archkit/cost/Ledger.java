package dev.archkit.cost;

import dev.archkit.cost.CostModel.Assumption;
import dev.archkit.cost.CostModel.Estimate;
import dev.archkit.cost.CostModel.Item;
import dev.archkit.cost.CostModel.Line;
import dev.archkit.cost.CostModel.Unpriced;
import dev.archkit.model.Architecture;
import dev.archkit.model.Location;
import dev.archkit.model.Value;
import dev.archkit.model.view.Service;
import dev.archkit.model.view.Settings;
import dev.archkit.model.view.View;

import java.util.ArrayList;
import java.util.List;

/**
 * What pricing one view writes down, in the order it is found: priced lines, assumed usage, what
 * is not priced, and services whose cost is their hosts'. Also the region's prices and the hours
 * in a month, which every pricer needs.
 */
final class Ledger {
    final PriceTable table;
    final PriceTable.Region prices;
    final double hours;
    private final List<Line> lines = new ArrayList<>();
    private final List<Assumption> assumptions = new ArrayList<>();
    private final List<Unpriced> unpriced = new ArrayList<>();
    private final List<Unpriced> elsewhere = new ArrayList<>();

    Ledger(PriceTable table, PriceTable.Region prices) {
        this.table = table;
        this.prices = prices;
        this.hours = table.hoursPerMonth();
    }

    /** A priced component without a budget of its own. */
    void line(View v, List<Item> items, String note) {
        lines.add(new Line(v.name(), v.kind(), v.location(), List.copyOf(items), note, null, null));
    }

    /** A priced service, with its budget when it declares one. */
    void line(Service s, List<Item> items, String note) {
        Value.Money budget = s.budget().orElse(null);
        lines.add(new Line(s.name(), s.kind(), s.location(), List.copyOf(items), note, budget, budget == null ? null : s.budgetAt()));
    }

    void assume(View v, Location at, String message) {
        assumptions.add(new Assumption(v.name(), at, message));
    }

    /** An element priced per use, outside every estimate. */
    void perUse(View v, String reason) {
        unpriced.add(new Unpriced(v.name(), v.kind(), v.location(), reason, CostModel.Gap.PER_USE));
    }

    /** An element with an hourly price the table lacks: the total becomes a lower bound. */
    void missing(View v, String reason) {
        unpriced.add(new Unpriced(v.name(), v.kind(), v.location(), reason, CostModel.Gap.MISSING));
    }

    void elsewhere(View v, String where) {
        elsewhere.add(new Unpriced(v.name(), v.kind(), v.location(), where, null));
    }

    Estimate estimate(Architecture view) {
        Settings settings = new Settings(view);
        Value.Money budget = settings.budget().orElse(null);
        return new Estimate(view.name(), view.environment(), prices.name(), List.copyOf(lines), List.copyOf(assumptions),
                List.copyOf(unpriced), List.copyOf(elsewhere), budget, budget == null ? null : settings.budgetAt(), table);
    }
}
