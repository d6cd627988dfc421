package dev.archkit.rules.availability;

import dev.archkit.facts.ServiceFacts;
import dev.archkit.model.view.Service;
import dev.archkit.rules.Rule;
import dev.archkit.rules.RuleContext;
import dev.archkit.rules.RuleInfo;
import dev.archkit.rules.Severity;

/** availability/no-autoscaling */
@RuleInfo(
        id = "availability/no-autoscaling",
        severity = Severity.WARNING,
        summary = "A production service cannot scale",
        rationale = "Without a maximum above the desired count and a scaling policy, a traffic peak saturates the service instead of adding tasks.",
        fix = "Set a range and a target: replicas 3 min 2 max 10 with scale cpu 70%.",
        references = {"kube-score horizontalpodautoscaler-replicas", "WA PERF02-BP03"},
        falsePositives = {
                "An architecture that declares no environments is taken as production, so a development or test architecture written without 'environment' blocks is held to production standards.",
                "A service that must not scale (a singleton, a consumer with as many copies as its stream has partitions) is reported; a data store run from its own image is not (availability/self-managed-data-store).",
                "Scaling configured outside the .arch file (a KEDA ScaledObject, an Application Auto Scaling policy created by another stack) is not seen."
        })
public final class NoAutoscaling implements Rule {

    @Override
    public void check(RuleContext ctx) {
        if (!ctx.production()) return;
        for (ServiceFacts f : ctx.facts().services()) {
            Service s = f.service();
            if (f.selfManagedStore().isPresent()) continue;   // a stateful singleton is never to be scaled out (self-managed-data-store reports it)
            boolean range = f.scaling().max() > f.scaling().desired();
            boolean policy = !s.scaling().isEmpty() || !s.schedules().isEmpty();
            if (!range || !policy) {
                ctx.about(s.element(), MinReplicas.replicasAt(s),
                        "service '" + s.name() + "' has " + (!range ? "no maximum above its desired count" : "no scaling policy")).report();
            }
        }
    }
}
