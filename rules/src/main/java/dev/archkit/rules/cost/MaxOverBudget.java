package dev.archkit.rules.cost;

import dev.archkit.rules.Rule;
import dev.archkit.rules.RuleContext;
import dev.archkit.rules.RuleInfo;
import dev.archkit.rules.Severity;

import static dev.archkit.cost.CostModel.usd;

/** cost/max-over-budget */
@RuleInfo(
        id = "cost/max-over-budget",
        severity = Severity.WARNING,
        summary = "Autoscaling to its maximum would take the monthly cost above a budget",
        rationale = "Autoscaling maxima are cost commitments too: a traffic spike, a retry storm or a scaling policy stuck high runs the architecture at "
                + "its maximum, and the bill follows. Most estimators price the desired count only and never show this.",
        fix = "Lower the autoscaling maximum (replicas ... max N), or accept the risk with a budget that covers it; add an AWS Budgets alert "
                + "on the same ceiling so a sustained peak is noticed.",
        references = {"WA COST09-BP03", "WA COST02-BP05"},
        falsePositives = {
                "It assumes every service reaches its maximum at the same time; services that peak at different hours (batch at night, web by day) never do, so the combined maximum overstates the bill.",
                "Prices are list prices from the dated embedded table: Savings Plans, reserved instances, negotiated discounts and the free tier are not subtracted."
        })
public final class MaxOverBudget implements Rule {

    @Override
    public void check(RuleContext ctx) {
        Budgets.Result r = Budgets.of(ctx);
        if (r.failure() != null) return;   // cost/over-budget says why it cannot price
        for (Budgets.Check c : r.checks()) {
            // a partial cost under the ceiling at max is not a pass either: cost/over-budget already says it cannot tell
            if (c.desired() > c.ceiling() || c.max() <= c.ceiling()) continue;
            String m = c.scope() + " may cost " + usd(c.max()) + " a month at maximum scale, above its budget of " + usd(c.ceiling())
                    + " (" + usd(c.desired()) + " at desired scale)" + c.lowerBound();
            (c.subject() == null ? ctx.about(c.at(), m) : ctx.about(ctx.arch().element(c.subject()), c.at(), m))
                    .related(c.related(), "the component priced").report();
        }
    }
}
