package dev.archkit.rules.resilience;

import dev.archkit.facts.ServiceFacts;
import dev.archkit.model.view.Task;
import dev.archkit.rules.Rule;
import dev.archkit.rules.RuleContext;
import dev.archkit.rules.RuleInfo;
import dev.archkit.rules.Severity;

/** resilience/deployment-floor */
@RuleInfo(
        id = "resilience/deployment-floor",
        severity = Severity.ERROR,
        summary = "A production rolling deployment may leave fewer than two tasks running",
        rationale = "ECS stops old tasks down to min-healthy percent of the desired count (rounded up) before new ones are healthy: 'min-healthy 0%' stops them all, and a floor below two tasks means an outage, or one task carrying all traffic, during every deployment.",
        fix = "Keep at least two tasks running during deployments: min-healthy 100% max-percent 200% (or a min-healthy that leaves two of the desired count).",
        references = {"ECS deployment configuration: minimumHealthyPercent", "WA REL08-BP04"},
        falsePositives = {
                "The floor is computed from the fewest copies the service may run (min, or desired when lower); a service that is usually scaled far above its min keeps more tasks during a deployment than the rule assumes.",
                "A single-copy service is not reported here (availability/min-replicas reports it); an architecture without environments counts as production."
        })
public final class DeploymentFloor implements Rule {

    @Override
    public void check(RuleContext ctx) {
        if (!ctx.production()) return;
        for (ServiceFacts f : ctx.facts().services()) {
            Task.Deploy d = f.service().deploy().orElse(null);
            if (d == null || d.minHealthy().isEmpty() || d.strategy() == Task.Strategy.BLUE_GREEN) continue;
            long copies = f.zoneLoss().floor();
            if (copies < 2) continue;   // one cause, one finding: min-replicas reports a single copy
            double pct = d.minHealthy().get().value();
            long running = (long) Math.ceil(copies * pct / 100.0 - 1e-9);
            if (running >= 2) continue;
            ctx.about(f.service().element(), d.minHealthy().get().at(), "service '" + f.name() + "' may run " + running + " task"
                    + (running == 1 ? "" : "s") + " of " + copies + " during a deployment (min-healthy " + fmt(pct) + "%)"
                    + (running == 0 ? ": every deployment is an outage" : ": one task carries all traffic while the others are replaced")).report();
        }
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
