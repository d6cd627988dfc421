package dev.archkit.rules.resilience;

import dev.archkit.facts.CallFact;
import dev.archkit.facts.Chains;
import dev.archkit.facts.graph.ArchGraph;
import dev.archkit.model.Value;
import dev.archkit.model.view.Call;
import dev.archkit.rules.Rule;
import dev.archkit.rules.RuleContext;
import dev.archkit.rules.RuleInfo;
import dev.archkit.rules.Severity;

/**
 * resilience/timeout-budget: a caller's timeout must cover what its callee may spend on its
 * own synchronous calls (attempts × timeout of its slowest call); otherwise the caller gives
 * up, and perhaps retries, while the callee is still working.
 */
@RuleInfo(
        id = "resilience/timeout-budget",
        severity = Severity.WARNING,
        summary = "A caller's timeout is shorter than its callee's own calls may take",
        rationale = "Timeouts must shrink down a chain. When the caller stops waiting first, the callee's work (and its retries) is wasted, and a retry from the caller starts a second copy of it.",
        fix = "Make the caller's timeout longer than the callee's attempts × timeout, or shorten the callee's timeouts and retries.",
        references = {"WA REL05-BP05"},
        falsePositives = {
                "The callee's budget is its slowest call with all its retries, one after another; when that call is made only on some paths (a cache miss), or fails fast behind an open circuit breaker, the callee rarely spends it, and the caller's shorter timeout may be intended."
        })
public final class TimeoutBudget implements Rule {

    @Override
    public void check(RuleContext ctx) {
        Chains chains = ctx.facts().chains();
        for (ArchGraph.DepEdge e : ctx.facts().graph().synchronous().edgeSet()) {
            CallFact c = ctx.facts().call(e);
            long t = c.timeoutMillis();
            if (t < 0) continue;
            CallFact slowest = chains.slowestCall(e.to()).orElse(null);
            long worst = chains.worstCallMillis(e.to());
            if (slowest != null && t < worst) {
                Call call = c.declared().orElseThrow();   // only a declared call has a timeout
                ctx.about(call.dependency(), call.timeoutAt(), e.from() + " -> " + e.to() + " times out after " + text(t)
                        + ", but " + e.to() + " may spend " + slowest.attempts() + " × " + text(slowest.timeoutMillis())
                        + " = " + text(worst) + " on " + slowest.to())
                        .related(slowest.at(), "the callee's call").report();
            }
        }
    }

    private static String text(long ms) {
        return new Value.Duration(ms, null).text();
    }
}
