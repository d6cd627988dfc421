package dev.archkit.review;

import dev.archkit.model.req.Argument;
import dev.archkit.model.req.Requirement;

import java.util.List;
import java.util.Locale;

/** monthly-cost-below: the candidate's estimated monthly cost at its desired counts; unknown when it could not be priced, or only in part and under the limit. */
final class CostChecks implements Check {

    @Override
    public Outcome judge(Requirement r, Design d) {
        double limit = ((Argument.Usd) r.argument()).perMonth();
        var cost = d.candidate().monthlyCost();
        Evidence at = new Evidence(d.architecture().name(), "", d.architecture().location());
        if (cost.isEmpty()) return Outcome.unknown("the design could not be priced", at);
        String amount = String.format(Locale.ROOT, "$%,.2f/month", cost.getAsDouble());
        Evidence ev = new Evidence(d.architecture().name(), "estimated " + amount + " at the desired counts", d.architecture().location());
        List<String> unpriced = d.candidate().unpriced();
        if (unpriced.isEmpty()) {
            return cost.getAsDouble() <= limit
                    ? Outcome.pass("estimated " + amount + ", within " + r.argument().text(), ev)
                    : Outcome.fail("estimated " + amount + ", above " + r.argument().text(), ev);
        }
        // a partial estimate is a lower bound: it can show the limit broken, never kept
        String gap = " (a lower bound: no price for " + String.join(", ", unpriced) + ")";
        return cost.getAsDouble() > limit
                ? Outcome.fail("estimated at least " + amount + ", above " + r.argument().text() + gap, ev)
                : Outcome.unknown("estimated " + amount + gap + ", so " + r.argument().text() + " cannot be confirmed", ev);
    }
}
