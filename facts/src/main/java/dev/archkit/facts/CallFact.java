package dev.archkit.facts;

import dev.archkit.facts.graph.ArchGraph;
import dev.archkit.model.Location;
import dev.archkit.model.view.Call;

import java.util.List;
import java.util.Optional;

/**
 * One call in the dependency graph as every consumer sees it: who calls whom, synchronously or
 * not, on which ports (the dependency's own, else the route's, else the callee's; empty when the
 * model does not say), and the declared dependency behind it (empty for a load balancer's or
 * API's route); {@code attempts} is one plus the declared retries (one for a route), and
 * {@code timeoutMillis} the caller's timeout per attempt, or -1 when none is declared.
 */
public record CallFact(String from, String to, boolean async, List<Integer> ports, Optional<Call> declared,
                       Location at, ArchGraph.DepEdge edge, long attempts, long timeoutMillis) {

    public CallFact {
        ports = List.copyOf(ports);   // the facts layer hands over immutable lists, which this does not copy again
    }

    /** A call with its attempts and timeout read from the declared dependency (the chain rules ask for them per edge, often). */
    public CallFact(String from, String to, boolean async, List<Integer> ports, Optional<Call> declared, Location at, ArchGraph.DepEdge edge) {
        this(from, to, async, ports, declared, at, edge, declared.isPresent() ? declared.get().attempts() : 1L,
                declared.isPresent() ? declared.get().timeoutMillis() : -1L);
    }

    /** The first port called, or -1 when the model does not say. */
    public int port() { return ports.isEmpty() ? -1 : ports.get(0); }


    /** True when the call comes from a load balancer's or API's route rather than a declared dependency. */
    public boolean isRoute() { return declared.isEmpty(); }
}
