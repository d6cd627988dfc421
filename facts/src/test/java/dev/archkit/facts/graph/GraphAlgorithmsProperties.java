package dev.archkit.facts.graph;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.BiconnectivityInspector;
import org.jgrapht.alg.connectivity.KosarajuStrongConnectivityInspector;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DirectedPseudograph;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The iterative algorithms agree with JGraphT's own on small random graphs (JGraphT's recurse,
 * which is why archkit does not use them on large models).
 */
class GraphAlgorithmsProperties {

    @Provide
    Arbitrary<Graph<Integer, DefaultEdge>> graphs() {
        return Arbitraries.integers().between(1, 12).flatMap(n ->
                Arbitraries.integers().between(0, n - 1).list().ofSize(2).list().ofMaxSize(3 * n).map(edges -> {
                    Graph<Integer, DefaultEdge> g = new DirectedPseudograph<>(DefaultEdge.class);
                    for (int i = 0; i < n; i++) g.addVertex(i);
                    for (List<Integer> e : edges) g.addEdge(e.get(0), e.get(1));
                    return g;
                }));
    }

    @Property(tries = 500)
    void stronglyConnectedComponentsAreJGraphTs(@ForAll("graphs") Graph<Integer, DefaultEdge> g) {
        Set<Set<Integer>> ours = new HashSet<>(GraphAlgorithms.stronglyConnected(g));
        Set<Set<Integer>> theirs = new HashSet<>(new KosarajuStrongConnectivityInspector<>(g).stronglyConnectedSets());
        assertThat(ours).isEqualTo(theirs);
    }

    @Property(tries = 500)
    void postOrderPutsCalleesFirst(@ForAll("graphs") Graph<Integer, DefaultEdge> g) {
        List<Integer> order = GraphAlgorithms.postOrder(g);
        assertThat(order).containsExactlyInAnyOrderElementsOf(g.vertexSet());
        Map<Integer, Integer> at = new HashMap<>();
        for (int i = 0; i < order.size(); i++) at.put(order.get(i), i);
        // an edge may point later in the order only when it closes a cycle
        Map<Integer, Set<Integer>> component = new HashMap<>();
        for (Set<Integer> scc : GraphAlgorithms.stronglyConnected(g)) for (Integer v : scc) component.put(v, scc);
        for (DefaultEdge e : g.edgeSet()) {
            int from = g.getEdgeSource(e), to = g.getEdgeTarget(e);
            if (component.get(from) != component.get(to)) assertThat(at.get(to)).as(from + " -> " + to).isLessThan(at.get(from));
        }
    }

    @Property(tries = 500)
    void articulationPointsAreJGraphTsCutpoints(@ForAll("graphs") Graph<Integer, DefaultEdge> g) {
        Graph<Integer, DefaultEdge> undirected = new org.jgrapht.graph.Pseudograph<>(DefaultEdge.class);
        for (Integer v : g.vertexSet()) undirected.addVertex(v);
        for (DefaultEdge e : g.edgeSet()) {
            if (!g.getEdgeSource(e).equals(g.getEdgeTarget(e))) undirected.addEdge(g.getEdgeSource(e), g.getEdgeTarget(e));
        }
        assertThat(GraphAlgorithms.articulationPoints(g)).isEqualTo(new BiconnectivityInspector<>(undirected).getCutpoints());
    }
}
