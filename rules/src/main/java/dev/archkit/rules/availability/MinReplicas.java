package dev.archkit.rules.availability;

import dev.archkit.facts.ServiceFacts;
import dev.archkit.facts.ZoneLoss;
import dev.archkit.model.Location;
import dev.archkit.model.view.Service;
import dev.archkit.rules.Rule;
import dev.archkit.rules.RuleContext;
import dev.archkit.rules.RuleInfo;
import dev.archkit.rules.Severity;

/** availability/min-replicas */
@RuleInfo(
        id = "availability/min-replicas",
        severity = Severity.ERROR,
        summary = "A production service runs fewer than two copies",
        rationale = "One task or pod is down during every deployment, host failure and zone outage. Two copies spread over two or more zones survive the loss of any one zone (the zone with most copies holds one of them); more copies than zones is not needed for that.",
        fix = "Run at least two, spread over the service's zones: replicas 3 min 2 max N.",
        references = {"kube-score deployment-replicas", "Polaris deploymentMissingReplicas", "kube-linter minimum-three-replicas", "WA REL10-BP01"},
        falsePositives = {
                "An architecture that declares no environments is taken as production, so a development or test architecture written without 'environment' blocks is held to production standards.",
                "A service that must run as exactly one copy (a scheduler, a leader without election) is reported, although a second copy would be wrong; a data store run from its own image (mysql, postgres, redis...) is not reported here but by availability/self-managed-data-store, which advises the managed service instead.",
                "A worker that only consumes a queue can pause during a deployment or a host failure without losing work; the rule counts copies of every service alike, whether it answers requests or not."
        })
public final class MinReplicas implements Rule {

    @Override
    public void check(RuleContext ctx) {
        if (!ctx.production()) return;
        for (ServiceFacts f : ctx.facts().services()) {
            Service s = f.service();
            ZoneLoss loss = f.zoneLoss();
            if (!loss.singleCopy() || f.selfManagedStore().isPresent()) continue;   // a stateful singleton is not to be scaled out
            long floor = loss.floor();
            ctx.about(s.element(), replicasAt(s), "service '" + s.name() + "' runs " + floor + " cop" + (floor == 1 ? "y" : "ies")
                    + " in production: a deployment, a host failure or the loss of its zone stops it").report();
        }
    }

    /** Where the replica counts are written, else the service itself. */
    static Location replicasAt(Service s) {
        Service.Replicas r = s.replicas();
        return r.declared() ? r.at() : s.location();
    }
}
