package dev.archkit.rules.resilience;

import dev.archkit.model.Dependency;
import dev.archkit.model.Element;
import dev.archkit.model.Value;
import dev.archkit.rules.AbstractRule;
import dev.archkit.rules.RuleContext;
import dev.archkit.rules.Severity;

import java.util.Set;

/** resilience/missing-circuit-breaker */
public final class MissingCircuitBreaker extends AbstractRule {
    public MissingCircuitBreaker() {
        super("resilience/missing-circuit-breaker", Severity.WARNING, "A synchronous call to another service or an outside system has no circuit breaker",
                "When the callee fails, every request still waits for its timeout and retries; a breaker fails fast, sheds load from the callee and lets it recover.",
                "Add 'circuit-breaker' to the dependency (with a fallback in the code for soft dependencies).",
                "WA REL05-BP01");
    }

    /** Kinds whose calls can fail slowly and cascade: a circuit breaker guards calls to them. */
    private static final Set<String> CALLEES = Set.of("service", "external", "function");

    @Override
    public void check(RuleContext ctx) {
        for (Dependency d : ctx.arch().dependencies()) {
            if (d.async() || !Calls.fromCode(ctx, d)) continue;
            Element to = ctx.arch().element(d.to());
            if (to == null || !CALLEES.contains(to.kind())) continue;
            Value cb = d.value("circuit-breaker");
            boolean on = cb instanceof Value.Struct s ? !(s.get("enabled") instanceof Value.BoolValue b) || b.value() : cb != null;
            if (!on) ctx.about(d, d.location(), d.from() + " -> " + d.to() + " has no circuit breaker").report();
        }
    }
}
