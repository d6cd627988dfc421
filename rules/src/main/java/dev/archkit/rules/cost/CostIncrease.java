package dev.archkit.rules.cost;

import dev.archkit.cost.CostModel;
import dev.archkit.cost.CostReport;
import dev.archkit.model.Architecture;
import dev.archkit.model.Location;
import dev.archkit.model.Value;
import dev.archkit.model.view.Settings;
import dev.archkit.rules.Rule;
import dev.archkit.rules.RuleContext;
import dev.archkit.rules.RuleInfo;
import dev.archkit.rules.Severity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import static dev.archkit.cost.CostModel.usd;

/** cost/increase */
@RuleInfo(
        id = "cost/increase",
        severity = Severity.ERROR,
        summary = "A change raises the monthly cost by more than the declared limit",
        rationale = "A pull request that doubles a bill rarely says so. With 'max-cost-increase' the team declares how much one change may add; "
                + "'archkit diff OLD NEW' (and 'archkit cost --diff') compare the cost at desired scale before and after. "
                + "This rule is only evaluated when there is a version to compare with.",
        fix = "Make the increase smaller, or raise 'max-cost-increase' in the same change so the reviewer sees it was intended; when it cannot be checked, give the missing prices with --prices FILE.",
        references = {"Infracost guardrails (percentage and absolute thresholds)", "WA COST02-BP05"},
        falsePositives = {
                "When the version before the change costs nothing (a first version, or one whose components have no price in the table), any increase is above the limit ('from nothing').",
                "The cost at desired scale is priced from list prices; a change that moves capacity to a discounted commitment (Savings Plans, reserved nodes) is priced as if it paid list price."
        })
public final class CostIncrease implements Rule {

    @Override
    public void check(RuleContext ctx) {
        Architecture before = ctx.baseline();
        Settings settings = new Settings(ctx.arch());
        Value.Percent pct = settings.maxCostIncrease().orElse(null);
        if (before == null || pct == null) return;
        Location limitAt = settings.maxCostIncreaseAt();
        CostModel.Estimate now, then;
        try {
            now = Costs.of(ctx);
            then = Costs.of(ctx, before);
        } catch (CostModel.NoPrices e) {
            ctx.about(limitAt, "cannot check the cost increase: " + e.getMessage()).report();
            return;
        }
        if (then.partial() || now.partial()) {   // lower bounds on either side: an increase could be made or hidden by what is left out
            List<String> left = new ArrayList<>();
            then.missing().forEach(u -> left.add(u.component() + " (before)"));
            now.missing().forEach(u -> left.add(u.component() + " (after)"));
            ctx.about(limitAt, "cannot check the cost increase: without a price, " + String.join(", ", left)
                    + " would be left out of the totals; pass --prices FILE with the missing prices").report();
            return;
        }
        double allowed = then.desired() * (1 + pct.value() / 100);
        if (now.desired() <= allowed + 0.005) return;
        List<CostReport.Delta> deltas = new ArrayList<>(CostReport.diff(List.of(then), List.of(now)));
        deltas.removeIf(d -> d.component() == null || d.amount() <= 0);
        deltas.sort(Comparator.comparingDouble(CostReport.Delta::amount).reversed());
        String pctText = then.desired() == 0 ? "from nothing" : String.format(Locale.ROOT, "+%.1f%%", (now.desired() - then.desired()) * 100 / then.desired());
        StringBuilder m = new StringBuilder((ctx.environment() == null ? "the change" : "the change to environment '" + ctx.environment() + "'")
                + " raises the cost at desired scale from " + usd(then.desired()) + " to " + usd(now.desired()) + " a month (" + pctText
                + "), above the allowed " + CostModel.fmt(pct.value()) + "%");
        if (!deltas.isEmpty()) {
            m.append("; most from ");
            for (int i = 0; i < Math.min(3, deltas.size()); i++) {
                if (i > 0) m.append(", ");
                m.append(deltas.get(i).component()).append(' ').append(CostReport.signed(deltas.get(i).amount()));
            }
        }
        RuleContext.Report r = ctx.about(limitAt, m.toString());
        for (int i = 0; i < Math.min(3, deltas.size()); i++) {
            CostModel.Line l = now.line(deltas.get(i).component());
            if (l != null) r.related(l.at(), l.component() + " " + CostReport.signed(deltas.get(i).amount()));
        }
        r.report();
    }
}
