package dev.archkit.rules.cost;

import dev.archkit.cost.CostModel;
import dev.archkit.cost.PriceTable;
import dev.archkit.model.Architecture;
import dev.archkit.rules.RuleContext;

/**
 * The cost family's one way to the cost module: the price table the engine was given (else the
 * embedded one), and the estimate of a view, computed once per view for all the cost rules
 * through the context's memo. No other package of the rules module knows the cost domain.
 */
public final class Costs {
    private Costs() { }

    /** The price table a run prices with; without it, the embedded table (read only when a cost rule asks). */
    public static final RuleContext.Input<PriceTable> PRICES = new RuleContext.Input<>("prices", PriceTable.class);

    /** The memo key of a view's estimate. */
    private static final Object ESTIMATE = new Object();

    /** The price table of this run. */
    static PriceTable prices(RuleContext ctx) {
        return ctx.input(PRICES).orElseGet(PriceTable::embedded);
    }

    /** The cost of the context's view, computed once for all cost rules; throws {@link CostModel.NoPrices} when the region has none. */
    static CostModel.Estimate of(RuleContext ctx) {
        return ctx.once(ESTIMATE, () -> CostModel.estimate(ctx.facts(), prices(ctx)));   // the view's facts, derived once already
    }

    /** The cost of another architecture (the baseline, another environment) with the same prices. */
    static CostModel.Estimate of(RuleContext ctx, Architecture other) {
        return CostModel.estimate(other, prices(ctx));
    }
}
