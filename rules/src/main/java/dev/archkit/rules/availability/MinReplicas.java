package dev.archkit.rules.availability;

import dev.archkit.facts.ServiceFacts;
import dev.archkit.model.Location;
import dev.archkit.model.view.Service;
import dev.archkit.model.view.Settings;
import dev.archkit.rules.Rule;
import dev.archkit.rules.RuleContext;
import dev.archkit.rules.RuleInfo;
import dev.archkit.rules.Severity;

/** availability/min-replicas */
@RuleInfo(
        id = "availability/min-replicas",
        severity = Severity.ERROR,
        summary = "A production service runs fewer than two copies",
        rationale = "One task or pod is down during every deployment, host failure and zone outage; with fewer copies than zones, a zone is left without the service.",
        fix = "Run at least two (better: one per zone): replicas 3 min 2 max N.",
        references = {"kube-score deployment-replicas", "Polaris deploymentMissingReplicas", "kube-linter minimum-three-replicas", "WA REL10-BP01"},
        falsePositives = {
                "An architecture that declares no environments is taken as production, so a development or test architecture written without 'environment' blocks is held to production standards.",
                "A service that must run as exactly one copy (a scheduler, a leader without election, a single-disk MinIO server) is reported, although a second copy would be wrong.",
                "A worker that only consumes a queue can pause during a deployment or a host failure without losing work; the rule counts copies of every service alike, whether it answers requests or not."
        })
public final class MinReplicas implements Rule {

    @Override
    public void check(RuleContext ctx) {
        if (!ctx.production()) return;
        int zones = Math.max(1, new Settings(ctx.arch()).zones().size());
        for (ServiceFacts f : ctx.facts().services()) {
            Service s = f.service();
            long floor = f.scaling().floor();
            Location at = replicasAt(s);
            if (floor < 2) {
                ctx.about(s.element(), at, "service '" + s.name() + "' runs " + floor + " cop" + (floor == 1 ? "y" : "ies") + " in production").report();
            } else if (floor < zones && f.zones().size() >= zones) {
                ctx.about(s.element(), at, "service '" + s.name() + "' may run " + floor + " copies over " + zones + " zones: one zone has none").report();
            }
        }
    }

    /** Where the replica counts are written, else the service itself. */
    static Location replicasAt(Service s) {
        Service.Replicas r = s.replicas();
        return r.declared() ? r.at() : s.location();
    }
}
