package dev.archkit.rules.resilience;

import dev.archkit.model.Dependency;
import dev.archkit.model.Element;
import dev.archkit.model.view.Call;
import dev.archkit.model.view.Kind;
import dev.archkit.rules.Rule;
import dev.archkit.rules.RuleContext;
import dev.archkit.rules.RuleInfo;
import dev.archkit.rules.Severity;

/** resilience/missing-circuit-breaker */
@RuleInfo(
        id = "resilience/missing-circuit-breaker",
        severity = Severity.WARNING,
        summary = "A synchronous call to another service or an outside system has no circuit breaker",
        rationale = "When the callee fails, every request still waits for its timeout and retries; a breaker fails fast, sheds load from the callee and lets it recover.",
        fix = "Add 'circuit-breaker' to the dependency (with a fallback in the code for soft dependencies).",
        references = {"WA REL05-BP01"},
        falsePositives = {
                "A breaker that the platform provides (service mesh outlier detection in App Mesh or Istio) or the client library configures is not seen unless the dependency says 'circuit-breaker'.",
                "A call to a Lambda function through its API is throttled by Lambda with an immediate error rather than a slow one; a breaker adds little there, but the call is reported."
        })
public final class MissingCircuitBreaker implements Rule {

    @Override
    public void check(RuleContext ctx) {
        for (Dependency d : ctx.arch().dependencies()) {
            if (d.async() || !Calls.fromCode(ctx, d)) continue;
            if (!slowToFail(ctx.arch().element(d.to()))) continue;
            if (!new Call(d).hasCircuitBreaker()) ctx.about(d, d.location(), d.from() + " -> " + d.to() + " has no circuit breaker").report();
        }
    }

    /** Callees whose calls can fail slowly and cascade: a circuit breaker guards calls to them. */
    private static boolean slowToFail(Element callee) {
        return Kind.SERVICE.is(callee) || Kind.EXTERNAL.is(callee) || Kind.FUNCTION.is(callee);
    }
}
