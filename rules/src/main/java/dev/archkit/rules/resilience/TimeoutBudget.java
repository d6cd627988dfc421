package dev.archkit.rules.resilience;

import dev.archkit.model.Dependency;
import dev.archkit.model.Value;
import dev.archkit.facts.graph.ArchGraph;
import dev.archkit.rules.Rule;
import dev.archkit.rules.RuleContext;
import dev.archkit.rules.RuleInfo;
import dev.archkit.rules.Severity;
import org.jgrapht.Graph;

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
        Graph<String, ArchGraph.DepEdge> g = ctx.graph().synchronous();
        for (ArchGraph.DepEdge e : g.edgeSet()) {
            long t = Calls.timeoutMillis(e.dependency());
            if (t < 0) continue;
            long worst = 0;
            ArchGraph.DepEdge slowest = null;
            for (ArchGraph.DepEdge c : g.outgoingEdgesOf(e.to())) {
                long ct = Calls.timeoutMillis(c.dependency());
                if (ct < 0) continue;
                long w = Calls.attempts(c) * ct;
                if (w > worst) {
                    worst = w;
                    slowest = c;
                }
            }
            if (slowest != null && t < worst) {
                Dependency d = e.dependency();
                ctx.about(d, d.property("timeout").location(), e.from() + " -> " + e.to() + " times out after " + text(t)
                        + ", but " + e.to() + " may spend " + Calls.attempts(slowest) + " × " + text(Calls.timeoutMillis(slowest.dependency()))
                        + " = " + text(worst) + " on " + slowest.to())
                        .related(slowest.location(), "the callee's call").report();
            }
        }
    }

    private static String text(long ms) {
        return new Value.Duration(ms, null).text();
    }
}
