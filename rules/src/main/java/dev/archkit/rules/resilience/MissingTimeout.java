package dev.archkit.rules.resilience;

import dev.archkit.model.Dependency;
import dev.archkit.rules.AbstractRule;
import dev.archkit.rules.RuleContext;
import dev.archkit.rules.Severity;

/** resilience/missing-timeout */
public final class MissingTimeout extends AbstractRule {
    public MissingTimeout() {
        super("resilience/missing-timeout", Severity.WARNING, "A synchronous call has no timeout",
                "Without a timeout a slow callee holds the caller's threads and connections until the caller fails too: slowness spreads up the call chain.",
                "Set the time the caller waits per attempt: timeout 2s.",
                "WA REL05-BP05");
    }

    @Override
    public void check(RuleContext ctx) {
        for (Dependency d : ctx.arch().dependencies()) {
            if (d.async() || !Calls.fromCode(ctx, d) || d.value("timeout") != null) continue;
            ctx.about(d, d.location(), d.from() + " -> " + d.to() + " has no timeout").report();
        }
    }
}
