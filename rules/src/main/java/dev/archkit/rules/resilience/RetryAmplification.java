package dev.archkit.rules.resilience;

import dev.archkit.facts.CallFact;
import dev.archkit.facts.Chains;
import dev.archkit.model.view.Call;
import dev.archkit.rules.Rule;
import dev.archkit.rules.RuleContext;
import dev.archkit.rules.RuleInfo;
import dev.archkit.rules.Severity;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * resilience/retry-amplification: the attempts a request can cause at the bottom of a
 * synchronous chain is the product of (1 + retries) along it. The facts layer gives the worst
 * path from each entry (dynamic programming over the graph, cycles cut, never path enumeration);
 * each path over the bound is reported once, on its first retrying call, with the whole path.
 */
@RuleInfo(
        id = "resilience/retry-amplification",
        severity = Severity.WARNING,
        summary = "Retries multiply along a synchronous call chain beyond " + RetryAmplification.BOUND + " attempts",
        rationale = "Each layer retrying its callee multiplies the load on the layers below: 3 attempts over 3 layers is 27 requests on the database for one user request, at the moment it is failing.",
        fix = "Retry at one layer only (usually the one nearest the user), or lower the retries; mark the others 'retries 0'.",
        references = {"WA REL05-BP03"},
        falsePositives = {
                "The product counts every attempt reaching the bottom of the chain; retries that stop early (a retry budget or token bucket, as in the AWS SDK's standard mode or Envoy), or that are made only on errors raised before the request goes down (a refused connection, a 429 from a rate limiter), multiply far less.",
                "Paths start at elements nothing calls synchronously; a chain reached only from inside a cycle is not followed (availability of the cycle itself is resilience/sync-cycle's finding)."
        })
public final class RetryAmplification implements Rule {
    public static final long BOUND = 10;

    @Override
    public void check(RuleContext ctx) {
        Map<CallFact, Chains.EntryPath> worst = new LinkedHashMap<>();   // one finding per first retrying call: the worst path through it
        for (Chains.EntryPath p : ctx.facts().chains().entryPaths()) {
            if (p.product() <= BOUND) continue;
            CallFact first = p.firstRetrying().orElse(null);
            if (first == null || first.declared().isEmpty()) continue;
            worst.merge(first, p, (a, b) -> b.product() > a.product() ? b : a);
        }
        for (Map.Entry<CallFact, Chains.EntryPath> w : worst.entrySet()) {
            Call call = w.getKey().declared().orElseThrow();
            Chains.EntryPath p = w.getValue();
            String factors = p.calls().stream().map(c -> Long.toString(c.attempts())).collect(Collectors.joining(" x "));
            ctx.about(call.dependency(), call.retries().map(Call.Retries::at).orElse(call.location()),
                    "one request to " + p.entry() + " can become " + (p.product() == Long.MAX_VALUE ? "more than " + Long.MAX_VALUE : p.product())
                            + " calls at the end of " + String.join(" -> ", p.elements()) + " (attempts " + factors + "; bound " + BOUND + ")").cause(String.join(" -> ", p.elements())).report();
        }
    }
}
