package dev.archkit.rules.resilience;

import dev.archkit.facts.CallFact;
import dev.archkit.model.view.Kind;
import dev.archkit.model.view.LoadBalancer;
import dev.archkit.model.view.Service;
import dev.archkit.model.view.Typed;
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
        for (Service s : ctx.facts().serviceViews()) {
            if (s.health().isPresent() || !s.probes().isEmpty()) continue;
            for (CallFact c : ctx.facts().callsTo(s.name())) {
                LoadBalancer lb = Typed.element(ctx.arch(), c.from(), Kind.LOADBALANCER, LoadBalancer::new);
                if (lb == null || lb.health().isPresent()) continue;
                boolean routeHealth = lb.routes().stream().anyMatch(r -> r.target().equals(s.name()) && r.health().isPresent());
                if (!routeHealth) {
                    ctx.about(s.element(), s.location(), "service '" + s.name() + "' behind '" + lb.name() + "' has no health check")
                            .related(lb.location(), "the load balancer is declared here").report();
                    break;
                }
            }
        }
    }
}
