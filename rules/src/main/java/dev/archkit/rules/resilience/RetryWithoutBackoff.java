package dev.archkit.rules.resilience;

import dev.archkit.model.Dependency;
import dev.archkit.model.Value;
import dev.archkit.rules.AbstractRule;
import dev.archkit.rules.RuleContext;
import dev.archkit.rules.Severity;

/** resilience/retry-without-backoff */
public final class RetryWithoutBackoff extends AbstractRule {
    public RetryWithoutBackoff() {
        super("resilience/retry-without-backoff", Severity.WARNING, "A call retries without exponential backoff",
                "Immediate or fixed-interval retries arrive in synchronized waves exactly when the callee is overloaded, and keep it down.",
                "Retry with exponential backoff and jitter: retries 2 backoff exponential jitter.",
                "WA REL05-BP03");
    }

    @Override
    public void check(RuleContext ctx) {
        for (Dependency d : ctx.arch().dependencies()) {
            if (Calls.retries(d) == 0) continue;
            Value.Struct r = (Value.Struct) d.value("retries");
            Value backoff = r.get("backoff");
            if (backoff == null || !backoff.text().equals("exponential")) {
                ctx.about(d, d.property("retries").location(), d.from() + " -> " + d.to() + " retries "
                        + (backoff == null ? "with no backoff" : "with " + backoff.text() + " backoff")).report();
            }
        }
    }
}
