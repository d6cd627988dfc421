package dev.archkit.rules.resilience;

import dev.archkit.facts.ServiceFacts;
import dev.archkit.model.view.Service;
import dev.archkit.model.view.Task;
import dev.archkit.rules.Rule;
import dev.archkit.rules.RuleContext;
import dev.archkit.rules.RuleInfo;
import dev.archkit.rules.Severity;

/** resilience/deployment-circuit-breaker */
@RuleInfo(
        id = "resilience/deployment-circuit-breaker",
        severity = Severity.WARNING,
        summary = "An ECS rolling deployment has no deployment circuit breaker with rollback",
        rationale = "Without it, a task definition that never becomes healthy keeps ECS replacing tasks for hours and leaves the service half old, half broken.",
        fix = "Write: deploy rolling circuit-breaker rollback.",
        references = {"ECS deployment circuit breaker", "WA REL08-BP04"},
        falsePositives = {
                "A service whose deployments another tool controls (the ECS EXTERNAL controller, a CodeDeploy pipeline not written as 'deploy blue-green') is reported."
        })
public final class DeploymentCircuitBreaker implements Rule {

    @Override
    public void check(RuleContext ctx) {
        for (ServiceFacts f : ctx.facts().services()) {
            if (!f.ecs()) continue;
            Service s = f.service();
            Task.Deploy d = s.deploy().orElse(null);
            if (d != null && d.strategy() == Task.Strategy.BLUE_GREEN) continue;
            if (d == null || !d.circuitBreaker() || !d.rollback()) {
                ctx.about(s.element(), d != null ? d.at() : s.location(), "service '" + s.name() + "' deploys without "
                        + (d == null || !d.circuitBreaker() ? "the deployment circuit breaker" : "rollback")).report();
            }
        }
    }
}
