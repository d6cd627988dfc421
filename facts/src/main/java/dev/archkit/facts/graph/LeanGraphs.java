package dev.archkit.facts.graph;

import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;

/** The JGraphT graphs the facts are kept in: lean ones, and read-only views of them. */
final class LeanGraphs {
    private LeanGraphs() { }

    /** Directed, parallel edges and loops allowed (DirectedPseudograph). */
    static <V, E> Graph<V, E> pseudograph() {
        return Lean.pseudograph();
    }

    /** Directed, at most one edge between two vertices, no loops (SimpleDirectedGraph). */
    static <V> Graph<V, DefaultEdge> simple() {
        return Lean.simple();
    }

    /** A view callers cannot change. */
    static <V, E> Graph<V, E> unmodifiable(Graph<V, E> g) {
        return new org.jgrapht.graph.AsUnmodifiableGraph<>(g);
    }

    /**
     * A JGraphT directed graph without the fast-lookup index. JGraphT's default graphs keep a map
     * from every (source, target) pair to its edges, so that getEdge(u, v) is O(1); that map cost
     * four objects per edge, and nothing here looks edges up by their ends except for the few
     * routes of a load balancer, which a scan of its outgoing edges answers as well. The edge
     * classes extend DefaultEdge, which JGraphT stores as they are instead of wrapping each one.
     * JGraphT offers no public way to choose the lean strategy but a subclass of its base graph
     * (its own graph classes are such subclasses), so composition cannot give this; measured at
     * 10,000 services: 8% of the check's time (see the history of this class).
     */
    static final class Lean<V, E> extends org.jgrapht.graph.AbstractBaseGraph<V, E> {
        private Lean(org.jgrapht.GraphType type, java.util.function.Supplier<E> edges) {
            super(null, edges, type, new org.jgrapht.graph.DefaultGraphSpecificsStrategy<>());
        }

        /** Directed, parallel edges and loops allowed (DirectedPseudograph). */
        static <V, E> Graph<V, E> pseudograph() {
            return new Lean<>(org.jgrapht.graph.DefaultGraphType.directedPseudograph(), null);
        }

        /** Directed, at most one edge between two vertices, no loops (SimpleDirectedGraph). */
        static <V> Graph<V, DefaultEdge> simple() {
            return new Lean<>(org.jgrapht.graph.DefaultGraphType.directedSimple(), DefaultEdge::new);
        }
    }
}
