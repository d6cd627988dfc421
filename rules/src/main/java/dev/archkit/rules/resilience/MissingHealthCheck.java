package dev.archkit.rules.resilience;

import dev.archkit.model.Element;
import dev.archkit.facts.graph.ArchGraph;
import dev.archkit.rules.Rule;
import dev.archkit.rules.RuleContext;
import dev.archkit.rules.RuleInfo;
import dev.archkit.rules.Severity;

/** resilience/missing-health-check */
@RuleInfo(
        id = "resilience/missing-health-check",
        severity = Severity.WARNING,
        summary = "A service behind a load balancer has no health check",
        rationale = "Without a health check the load balancer keeps sending requests to tasks that are up but broken, and deployments cannot tell a good version from a bad one.",
        fix = "Give the load balancer a 'health /path' (or the route 'health /path'), and the container a 'health' or probes.",
        references = {"CKV_AWS_261", "kube-score pod-probes"},
        falsePositives = {
                "When no health check is written, the load balancer still checks its targets with its defaults (an ALB: HTTP GET / expecting 200; an NLB: a TCP connection); a service whose root path answers 200 when it is healthy is reported although it is checked."
        })
public final class MissingHealthCheck implements Rule {

    @Override
    public void check(RuleContext ctx) {
        for (Element s : ctx.arch().elementsOfKind("service")) {
            if (s.has("health") || s.has("probe")) continue;
            if (!ctx.graph().dependencies().containsVertex(s.name())) continue;
            for (ArchGraph.DepEdge e : ctx.graph().dependencies().incomingEdgesOf(s.name())) {
                Element lb = ctx.arch().element(e.from());
                if (lb == null || !lb.kind().equals("loadbalancer") || lb.has("health")) continue;
                boolean routeHealth = lb.all("route").stream().anyMatch(r -> r.field("target") != null
                        && r.field("target").text().equals(s.name()) && r.field("health") != null);
                if (!routeHealth) {
                    ctx.about(s, s.location(), "service '" + s.name() + "' behind '" + lb.name() + "' has no health check")
                            .related(lb.location(), "the load balancer is declared here").report();
                    break;
                }
            }
        }
    }
}
