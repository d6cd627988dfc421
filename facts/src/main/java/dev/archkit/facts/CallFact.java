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
 *
 * <p>The facts keep one for every call of a view while the rules run, so it holds only what its
 * edge does not already say: caller, callee, synchronicity and location are read from the edge,
 * and the declared call is kept without an {@code Optional} around it (20k services: about 4 MB
 * less kept through the rules).
 */
public record CallFact(ArchGraph.DepEdge edge, List<Integer> ports, Call call, long attempts, long timeoutMillis) {

    public CallFact {
        ports = List.copyOf(ports);   // the facts layer hands over immutable lists, which this does not copy again
    }

    /** A call with its attempts and timeout read from the declared dependency, which is null for a route. */
    public CallFact(ArchGraph.DepEdge edge, List<Integer> ports, Call call) {
        this(edge, ports, call, call != null ? call.attempts() : 1L, call != null ? call.timeoutMillis() : -1L);
    }

    /** The caller. */
    public String from() { return edge.from(); }

    /** The callee. */
    public String to() { return edge.to(); }

    /** True when the caller does not wait for the answer. */
    public boolean async() { return edge.async(); }

    /** Where the call (or the route behind it) is written. */
    public Location at() { return edge.location(); }

    /** The declared dependency, empty for a load balancer's or API's route. */
    public Optional<Call> declared() { return Optional.ofNullable(call); }

    /** The first port called, or -1 when the model does not say. */
    public int port() { return ports.isEmpty() ? -1 : ports.get(0); }

    /** True when the call comes from a load balancer's or API's route rather than a declared dependency. */
    public boolean isRoute() { return call == null; }
}
