package dev.archkit.rules.cost;

import dev.archkit.rules.Rule;
import dev.archkit.rules.RuleContext;
import dev.archkit.rules.RuleInfo;
import dev.archkit.rules.Severity;

import static dev.archkit.cost.CostModel.usd;

/** cost/over-budget */
@RuleInfo(
        id = "cost/over-budget",
        severity = Severity.ERROR,
        summary = "The monthly cost at desired scale is above a budget",
        rationale = "A budget is a ceiling the team agreed to; an architecture that already costs more at its normal scale will break it every month, "
                + "and finding out from the bill is the expensive way. The cost is estimated offline from archkit's dated price table.",
        fix = "Lower the desired scale or the task sizes, move interruption-tolerant capacity to Spot or ARM, or raise the budget on purpose. "
                + "Run 'archkit cost FILE' to see what each component costs. When the cost is partial (a class or region the price table "
                + "does not hold), the budget cannot be confirmed: pass --prices with a table that has the price, or pick a priced class.",
        references = {"WA COST02-BP05", "WA COST01-BP06", "Infracost guardrails"},
        falsePositives = {
                "Prices are list prices from the dated embedded table: Savings Plans, reserved instances, negotiated discounts and the free tier are not subtracted, so an architecture under budget on the real bill can be reported.",
                "A budget on the architecture covers all its environments together; a team that meant it per environment sees it exceeded by their sum (write the budget in each environment instead)."
        })
public final class OverBudget implements Rule {

    @Override
    public void check(RuleContext ctx) {
        Budgets.Result r = Budgets.of(ctx);
        if (r.failure() != null) {
            ctx.about(r.failureAt(), "cannot check the budget: " + r.failure()).report();
            return;
        }
        for (Budgets.Check c : r.checks()) {
            String m;
            if (c.desired() > c.ceiling()) {
                m = c.scope() + " costs " + usd(c.desired()) + " a month at desired scale, above its budget of " + usd(c.ceiling())
                        + " by " + usd(c.desired() - c.ceiling()) + c.lowerBound();
            } else if (c.partial()) {
                // under the budget, but only in part: not a pass
                m = "cannot check the budget of " + c.scope() + ": " + usd(c.desired()) + " a month at desired scale is under "
                        + usd(c.ceiling()) + " but is a lower bound; " + c.unpriced().size()
                        + (c.unpriced().size() == 1 ? " component has" : " components have") + " no price in the table: "
                        + String.join(", ", c.unpriced());
            } else {
                continue;
            }
            (c.subject() == null ? ctx.about(c.at(), m) : ctx.about(ctx.arch().element(c.subject()), c.at(), m))
                    .related(c.related(), "the component priced").report();
        }
    }
}
