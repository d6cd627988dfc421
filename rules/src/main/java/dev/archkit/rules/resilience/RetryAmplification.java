package dev.archkit.rules.resilience;

import dev.archkit.facts.CallFact;
import dev.archkit.facts.Chains;
import dev.archkit.facts.graph.ArchGraph;
import dev.archkit.model.view.Call;
import dev.archkit.rules.Rule;
import dev.archkit.rules.RuleContext;
import dev.archkit.rules.RuleInfo;
import dev.archkit.rules.Severity;

import java.util.ArrayList;
import java.util.List;

/**
 * resilience/retry-amplification: the attempts a request can cause at the bottom of a
 * synchronous chain is the product of (1 + retries) along it. Computed by dynamic programming
 * over the graph (one pass in depth-first post-order, cycles cut), never by enumerating paths.
 */
@RuleInfo(
        id = "resilience/retry-amplification",
        severity = Severity.WARNING,
        summary = "Retries multiply along a synchronous call chain beyond " + RetryAmplification.BOUND + " attempts",
        rationale = "Each layer retrying its callee multiplies the load on the layers below: 3 attempts over 3 layers is 27 requests on the database for one user request, at the moment it is failing.",
        fix = "Retry at one layer only (usually the one nearest the user), or lower the retries; mark the others 'retries 0'.",
        references = {"WA REL05-BP03"},
        falsePositives = {
                "The product counts every attempt reaching the bottom of the chain; retries that stop early (a retry budget or token bucket, as in the AWS SDK's standard mode or Envoy), or that are made only on errors raised before the request goes down (a refused connection, a 429 from a rate limiter), multiply far less."
        })
public final class RetryAmplification implements Rule {
    public static final long BOUND = 10;

    @Override
    public void check(RuleContext ctx) {
        Chains chains = ctx.facts().chains();
        for (ArchGraph.DepEdge e : ctx.facts().graph().synchronous().edgeSet()) {
            CallFact c = ctx.facts().call(e);
            Call call = c.declared().orElse(null);
            long a = c.attempts();
            long below = chains.amplification(e.to());
            if (a > 1 && a * below > BOUND && below <= BOUND && call != null) {
                List<String> chain = new ArrayList<>(List.of(e.from()));
                chain.addAll(chains.worstChain(e.to(), 19));
                ctx.about(call.dependency(), call.retries().orElseThrow().at(),
                        "one call of " + e.from() + " -> " + e.to() + " can become " + (a * below) + " calls at the end of "
                                + String.join(" -> ", chain) + " (bound " + BOUND + ")").report();
            }
        }
    }
}
