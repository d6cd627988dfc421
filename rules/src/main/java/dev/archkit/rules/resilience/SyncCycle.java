package dev.archkit.rules.resilience;

import dev.archkit.facts.graph.ArchGraph;
import dev.archkit.facts.graph.GraphAlgorithms;
import dev.archkit.rules.AbstractRule;
import dev.archkit.rules.RuleContext;
import dev.archkit.rules.Severity;
import org.jgrapht.Graph;

import java.util.Comparator;
import java.util.Set;
import java.util.TreeSet;

/** resilience/sync-cycle */
public final class SyncCycle extends AbstractRule {
    public SyncCycle() {
        super("resilience/sync-cycle", Severity.ERROR, "Services call each other synchronously in a cycle",
                "A synchronous cycle deadlocks under load (each side waits for the other's threads), multiplies retries around the loop and cannot be deployed or scaled independently.",
                "Break the cycle with an asynchronous dependency (a queue or event), or merge the services.",
                "WA REL03-BP01");
    }

    @Override
    public void check(RuleContext ctx) {
        Graph<String, ArchGraph.DepEdge> g = ctx.graph().synchronous();
        for (Set<String> scc : GraphAlgorithms.stronglyConnected(g)) {
            if (scc.size() < 2) continue;
            ArchGraph.DepEdge first = g.edgeSet().stream()
                    .filter(e -> scc.contains(e.from()) && scc.contains(e.to()) && e.location() != null)
                    .min(Comparator.comparing(ArchGraph.DepEdge::location)).orElse(null);
            if (first == null || first.dependency() == null) continue;
            ctx.about(first.dependency(), first.location(), "synchronous cycle between " + String.join(", ", new TreeSet<>(scc))).report();
        }
    }
}
