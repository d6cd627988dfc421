package dev.archkit.rules.resilience;

import dev.archkit.model.Dependency;
import dev.archkit.model.view.Call;
import dev.archkit.rules.Rule;
import dev.archkit.rules.RuleContext;
import dev.archkit.rules.RuleInfo;
import dev.archkit.rules.Severity;

/** resilience/missing-timeout */
@RuleInfo(
        id = "resilience/missing-timeout",
        severity = Severity.WARNING,
        summary = "A synchronous call has no timeout",
        rationale = "Without a timeout a slow callee holds the caller's threads and connections until the caller fails too: slowness spreads up the call chain.",
        fix = "Set the time the caller waits per attempt: timeout 2s.",
        references = {"WA REL05-BP05"},
        falsePositives = {
                "Calls made through an AWS SDK (to a table, queue, topic or bucket) have the SDK's default connection and socket timeouts; without 'timeout' on the dependency they are reported although they do time out."
        })
public final class MissingTimeout implements Rule {

    @Override
    public void check(RuleContext ctx) {
        for (Dependency d : ctx.arch().dependencies()) {
            if (d.async() || !Calls.fromCode(ctx, d) || new Call(d).timeout().isPresent()) continue;
            ctx.about(d, d.location(), d.from() + " -> " + d.to() + " has no timeout").report();
        }
    }
}
