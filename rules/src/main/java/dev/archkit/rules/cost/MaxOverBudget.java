package dev.archkit.rules.cost;

import dev.archkit.rules.AbstractRule;
import dev.archkit.rules.RuleContext;
import dev.archkit.rules.Severity;

import static dev.archkit.cost.CostModel.usd;

/** cost/max-over-budget */
public final class MaxOverBudget extends AbstractRule {
    public MaxOverBudget() {
        super("cost/max-over-budget", Severity.WARNING, "Autoscaling to its maximum would take the monthly cost above a budget",
                "Autoscaling maxima are cost commitments too: a traffic spike, a retry storm or a scaling policy stuck high runs the architecture at "
                        + "its maximum, and the bill follows. Most estimators price the desired count only and never show this.",
                "Lower the autoscaling maximum (replicas ... max N), or accept the risk with a budget that covers it; add an AWS Budgets alert "
                        + "on the same ceiling so a sustained peak is noticed.",
                "WA COST09-BP03", "WA COST02-BP05");
    }

    @Override
    public void check(RuleContext ctx) {
        Budgets.Result r = Budgets.of(ctx);
        if (r.failure() != null) return;   // cost/over-budget says why it cannot price
        for (Budgets.Check c : r.checks()) {
            if (c.desired() > c.ceiling() || c.max() <= c.ceiling()) continue;
            String m = c.scope() + " may cost " + usd(c.max()) + " a month at maximum scale, above its budget of " + usd(c.ceiling())
                    + " (" + usd(c.desired()) + " at desired scale)";
            (c.subject() == null ? ctx.about(c.at(), m) : ctx.about(ctx.arch().element(c.subject()), c.at(), m))
                    .related(c.related(), "the component priced").report();
        }
    }
}
