package dev.archkit.rules.resilience;

import dev.archkit.facts.graph.ArchGraph;
import dev.archkit.facts.graph.GraphAlgorithms;
import dev.archkit.rules.Rule;
import dev.archkit.rules.RuleContext;
import dev.archkit.rules.RuleInfo;
import dev.archkit.rules.Severity;
import org.jgrapht.Graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
        Graph<String, ArchGraph.DepEdge> g = ctx.graph().synchronous();
        // post-order: callees before callers, so one pass computes every node's amplification
        Map<String, Long> amp = new HashMap<>();
        Map<String, ArchGraph.DepEdge> worst = new HashMap<>();
        for (String v : GraphAlgorithms.postOrder(g)) {
            long best = 1;
            for (ArchGraph.DepEdge e : g.outgoingEdgesOf(v)) {
                long a = Calls.attempts(e) * amp.getOrDefault(e.to(), 1L);   // an edge closing a cycle counts once
                if (a > best) {
                    best = a;
                    worst.put(v, e);
                }
            }
            amp.put(v, best);
        }
        for (ArchGraph.DepEdge e : g.edgeSet()) {
            long a = Calls.attempts(e);
            long below = amp.getOrDefault(e.to(), 1L);
            if (a > 1 && a * below > BOUND && below <= BOUND && e.dependency() != null) {
                List<String> chain = new ArrayList<>(List.of(e.from(), e.to()));
                for (String v = e.to(); worst.containsKey(v) && chain.size() < 20; v = worst.get(v).to()) chain.add(worst.get(v).to());
                ctx.about(e.dependency(), e.dependency().property("retries").location(),
                        "one call of " + e.from() + " -> " + e.to() + " can become " + (a * below) + " calls at the end of "
                                + String.join(" -> ", chain) + " (bound " + BOUND + ")").report();
            }
        }
    }

}
