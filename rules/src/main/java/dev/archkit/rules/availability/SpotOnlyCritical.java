package dev.archkit.rules.availability;

import dev.archkit.model.Element;
import dev.archkit.model.Property;
import dev.archkit.rules.Rule;
import dev.archkit.rules.RuleContext;
import dev.archkit.rules.RuleInfo;
import dev.archkit.rules.Severity;

import java.util.List;

/** availability/spot-only-critical */
@RuleInfo(
        id = "availability/spot-only-critical",
        severity = Severity.ERROR,
        summary = "A critical service runs only on Spot capacity",
        rationale = "Spot capacity is reclaimed with two minutes' notice, often for many tasks at once; a critical service needs an on-demand base.",
        fix = "Add on-demand capacity with a base: capacity fargate weight 1 base 2 beside capacity fargate-spot.",
        references = {"WA REL10-BP01", "ECS capacity provider best practices"},
        falsePositives = {})
public final class SpotOnlyCritical implements Rule {

    @Override
    public void check(RuleContext ctx) {
        for (Element s : ctx.arch().elementsOfKind("service")) {
            if (!s.flag("critical")) continue;
            List<Property> strategy = s.all("capacity");
            Element cluster = s.string("cluster") == null ? null : ctx.arch().element(s.string("cluster"));
            if (strategy.isEmpty() && cluster != null) strategy = cluster.all("capacity");
            if (strategy.isEmpty()) continue;
            boolean onDemand = strategy.stream().anyMatch(p -> !p.field("provider").text().equals("fargate-spot")
                    && !(p.field("weight") != null && p.field("weight").text().equals("0") && p.field("base") == null));
            if (!onDemand) ctx.about(s, strategy.get(0).location(), "critical service '" + s.name() + "' has only Spot capacity").report();
        }
    }
}
