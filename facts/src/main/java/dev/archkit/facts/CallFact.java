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
 * API's route).
 */
public record CallFact(String from, String to, boolean async, List<Integer> ports, Optional<Call> declared,
                       Location at, ArchGraph.DepEdge edge) {

    public CallFact {
        ports = List.copyOf(ports);
    }

    /** The first port called, or -1 when the model does not say. */
    public int port() { return ports.isEmpty() ? -1 : ports.get(0); }

    /** Attempts per call: one plus the declared retries (one for a route). */
    public long attempts() { return declared.map(Call::attempts).orElse(1L); }

    /** The caller's timeout per attempt in milliseconds, or -1 when none is declared. */
    public long timeoutMillis() {
        return declared.flatMap(Call::timeout).map(d -> d.millis()).orElse(-1L);
    }

    /** True when the call comes from a load balancer's or API's route rather than a declared dependency. */
    public boolean isRoute() { return declared.isEmpty(); }
}
