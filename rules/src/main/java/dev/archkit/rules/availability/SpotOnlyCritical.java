package dev.archkit.rules.availability;

import dev.archkit.facts.ServiceFacts;
import dev.archkit.model.view.Capacity;
import dev.archkit.model.view.Service;
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
        falsePositives = {
                "Only the capacity strategy written in the model is read: a service whose Spot tasks fall back to on-demand through another mechanism (a second service, an EC2 Auto Scaling group with on-demand base capacity behind a capacity provider not written here) is reported.",
                "'critical' is taken as written: a service marked critical that can in fact wait for Spot capacity to return is reported."
        })
public final class SpotOnlyCritical implements Rule {

    @Override
    public void check(RuleContext ctx) {
        for (ServiceFacts f : ctx.facts().services()) {
            Service s = f.service();
            if (!s.critical()) continue;
            List<Capacity> strategy = ctx.facts().capacity(s);
            if (strategy.isEmpty()) continue;
            boolean onDemand = strategy.stream().anyMatch(c -> !c.isSpot() && !placesNothing(c));
            if (!onDemand) ctx.about(s.element(), strategy.get(0).at(), "critical service '" + s.name() + "' has only Spot capacity").report();
        }
    }

    /** A provider with weight 0 and no base never gets a task. */
    private static boolean placesNothing(Capacity c) {
        return c.weight().isPresent() && c.weight().getAsLong() == 0 && c.base().isEmpty();
    }
}
