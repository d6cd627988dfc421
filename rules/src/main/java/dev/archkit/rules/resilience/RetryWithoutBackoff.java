package dev.archkit.rules.resilience;

import dev.archkit.model.view.Call;
import dev.archkit.model.view.Typed;
import dev.archkit.rules.Rule;
import dev.archkit.rules.RuleContext;
import dev.archkit.rules.RuleInfo;
import dev.archkit.rules.Severity;

/** resilience/retry-without-backoff */
@RuleInfo(
        id = "resilience/retry-without-backoff",
        severity = Severity.WARNING,
        summary = "A call retries without exponential backoff",
        rationale = "Immediate or fixed-interval retries arrive in synchronized waves exactly when the callee is overloaded, and keep it down.",
        fix = "Retry with exponential backoff and jitter: retries 2 backoff exponential jitter.",
        references = {"WA REL05-BP03"},
        falsePositives = {
                "Retries made by an AWS SDK back off exponentially with jitter by default; a dependency on a table, queue or bucket written 'retries 3' without 'backoff' is reported although the SDK backs off."
        })
public final class RetryWithoutBackoff implements Rule {

    @Override
    public void check(RuleContext ctx) {
        for (Call c : Typed.calls(ctx.arch())) {
            Call.Retries r = c.retries().orElse(null);
            if (r == null || r.count() == 0) continue;
            Call.Backoff backoff = r.backoff().orElse(null);
            if (backoff != Call.Backoff.EXPONENTIAL) {
                ctx.about(c.dependency(), r.at(), c.from() + " -> " + c.to() + " retries "
                        + (backoff == null ? "with no backoff" : "with " + backoff.id() + " backoff")).report();
            }
        }
    }
}
