package dev.archkit.rules.resilience;

import dev.archkit.facts.graph.ArchGraph;
import dev.archkit.facts.graph.GraphAlgorithms;
import dev.archkit.rules.Listing;
import dev.archkit.rules.Rule;
import dev.archkit.rules.RuleContext;
import dev.archkit.rules.RuleInfo;
import dev.archkit.rules.Severity;
import org.jgrapht.Graph;

import java.util.Comparator;
import java.util.Set;
import java.util.TreeSet;

/** resilience/sync-cycle */
@RuleInfo(
        id = "resilience/sync-cycle",
        severity = Severity.ERROR,
        summary = "Services call each other synchronously in a cycle",
        rationale = "A synchronous cycle deadlocks under load (each side waits for the other's threads), multiplies retries around the loop and cannot be deployed or scaled independently.",
        fix = "Break the cycle with an asynchronous dependency (a queue or event), or merge the services.",
        references = {"WA REL03-BP01"},
        falsePositives = {
                "The model records that calls exist, not which requests make them: A calling B for one request and B calling A for another (a callback, a webhook) cannot deadlock one request, and is reported."
        })
public final class SyncCycle implements Rule {

    @Override
    public void check(RuleContext ctx) {
        Graph<String, ArchGraph.DepEdge> g = ctx.facts().graph().synchronous();
        for (Set<String> scc : GraphAlgorithms.stronglyConnected(g)) {
            if (scc.size() < 2) continue;
            ArchGraph.DepEdge first = g.edgeSet().stream()
                    .filter(e -> scc.contains(e.from()) && scc.contains(e.to()) && e.location() != null)
                    .min(Comparator.comparing(ArchGraph.DepEdge::location)).orElse(null);
            if (first == null || first.dependency() == null) continue;
            ctx.about(first.dependency(), first.location(), "synchronous cycle between " + Listing.of(new TreeSet<>(scc))).report();
        }
    }
}
