package dev.archkit.rules.resilience;

import dev.archkit.model.Element;
import dev.archkit.model.Property;
import dev.archkit.rules.Rule;
import dev.archkit.rules.Facts;
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
        for (Element s : ctx.arch().elementsOfKind("service")) {
            if (!Facts.isEcs(ctx.arch(), s)) continue;
            Property d = s.property("deploy");
            if (d != null && d.field("strategy").text().equals("blue-green")) continue;
            if (d == null || d.field("circuit-breaker") == null || d.field("rollback") == null) {
                ctx.about(s, d != null ? d.location() : s.location(), "service '" + s.name() + "' deploys without "
                        + (d == null || d.field("circuit-breaker") == null ? "the deployment circuit breaker" : "rollback")).report();
            }
        }
    }
}
