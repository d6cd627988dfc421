package dev.archkit.review;

import dev.archkit.model.req.Argument;
import dev.archkit.model.req.Requirement;

import java.util.Locale;

/** monthly-cost-below: the candidate's estimated monthly cost at its desired counts; unknown when it could not be priced. */
final class CostChecks implements Check {

    @Override
    public Outcome judge(Requirement r, Design d) {
        double limit = ((Argument.Usd) r.argument()).perMonth();
        var cost = d.candidate().monthlyCost();
        Evidence at = new Evidence(d.architecture().name(), "", d.architecture().location());
        if (cost.isEmpty()) return Outcome.unknown("the design could not be priced", at);
        String amount = String.format(Locale.ROOT, "$%,.2f/month", cost.getAsDouble());
        Evidence ev = new Evidence(d.architecture().name(), "estimated " + amount + " at the desired counts", d.architecture().location());
        return cost.getAsDouble() <= limit
                ? Outcome.pass("estimated " + amount + ", within " + r.argument().text(), ev)
                : Outcome.fail("estimated " + amount + ", above " + r.argument().text(), ev);
    }
}
