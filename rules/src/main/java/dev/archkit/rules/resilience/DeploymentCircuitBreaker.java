package dev.archkit.rules.resilience;

import dev.archkit.model.Element;
import dev.archkit.model.Property;
import dev.archkit.rules.AbstractRule;
import dev.archkit.rules.Facts;
import dev.archkit.rules.RuleContext;
import dev.archkit.rules.Severity;

/** resilience/deployment-circuit-breaker */
public final class DeploymentCircuitBreaker extends AbstractRule {
    public DeploymentCircuitBreaker() {
        super("resilience/deployment-circuit-breaker", Severity.WARNING, "An ECS rolling deployment has no deployment circuit breaker with rollback",
                "Without it, a task definition that never becomes healthy keeps ECS replacing tasks for hours and leaves the service half old, half broken.",
                "Write: deploy rolling circuit-breaker rollback.",
                "ECS deployment circuit breaker", "WA REL08-BP04");
    }

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
