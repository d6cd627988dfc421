package dev.archkit.facts.graph;

import org.jgrapht.Graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Graph algorithms written without recursion: architectures of tens of thousands of services
 * have call chains deeper than the JVM stack, on which recursive depth-first searches (JGraphT's
 * biconnectivity inspector among them) overflow. Each runs in O(V + E).
 */
public final class GraphAlgorithms {
    private GraphAlgorithms() { }

    /** Articulation points of the graph taken as undirected (Hopcroft–Tarjan, explicit stack, int arrays). */
    public static <V, E> Set<V> articulationPoints(Graph<V, E> g) {
        List<V> vertices = new ArrayList<>(g.vertexSet());
        int n = vertices.size();
        Map<V, Integer> id = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) id.put(vertices.get(i), i);
        // undirected adjacency in compressed form; parallel and self edges do not matter here
        int[] degree = new int[n];
        for (E e : g.edgeSet()) {
            int a = id.get(g.getEdgeSource(e)), b = id.get(g.getEdgeTarget(e));
            if (a == b) continue;
            degree[a]++;
            degree[b]++;
        }
        int[] start = new int[n + 1];
        for (int i = 0; i < n; i++) start[i + 1] = start[i] + degree[i];
        int[] adj = new int[start[n]];
        int[] fill = start.clone();
        for (E e : g.edgeSet()) {
            int a = id.get(g.getEdgeSource(e)), b = id.get(g.getEdgeTarget(e));
            if (a == b) continue;
            adj[fill[a]++] = b;
            adj[fill[b]++] = a;
        }
        int[] disc = new int[n], low = new int[n], parent = new int[n], next = new int[n];
        java.util.Arrays.fill(disc, -1);
        boolean[] cut = new boolean[n];
        int[] stack = new int[n];
        int time = 0;
        for (int root = 0; root < n; root++) {
            if (disc[root] >= 0) continue;
            int sp = 0, rootChildren = 0;
            stack[sp++] = root;
            parent[root] = -1;
            disc[root] = low[root] = time++;
            next[root] = start[root];
            while (sp > 0) {
                int v = stack[sp - 1];
                if (next[v] < start[v + 1]) {
                    int w = adj[next[v]++];
                    if (disc[w] < 0) {
                        parent[w] = v;
                        disc[w] = low[w] = time++;
                        next[w] = start[w];
                        if (v == root) rootChildren++;
                        stack[sp++] = w;
                    } else if (w != parent[v]) {
                        low[v] = Math.min(low[v], disc[w]);
                    }
                } else {
                    sp--;
                    int p = parent[v];
                    if (p >= 0) {
                        low[p] = Math.min(low[p], low[v]);
                        if (p != root && low[v] >= disc[p]) cut[p] = true;
                    }
                }
            }
            if (rootChildren > 1) cut[root] = true;
        }
        Set<V> out = new LinkedHashSet<>();
        for (int i = 0; i < n; i++) if (cut[i]) out.add(vertices.get(i));
        return out;
    }

    /** Strongly connected components (Tarjan, explicit stack, int arrays), each a set of vertices. */
    public static <V, E> List<Set<V>> stronglyConnected(Graph<V, E> g) {
        Indexed<V> x = new Indexed<>(g);
        int n = x.size();
        int[] index = new int[n], low = new int[n], next = new int[n], parent = new int[n];
        java.util.Arrays.fill(index, -1);
        boolean[] onStack = new boolean[n];
        int[] order = new int[n], stack = new int[n];
        int orderTop = 0, counter = 0;
        List<Set<V>> out = new ArrayList<>();
        for (int root = 0; root < n; root++) {
            if (index[root] >= 0) continue;
            int sp = 0;
            stack[sp++] = root;
            parent[root] = -1;
            index[root] = low[root] = counter++;
            order[orderTop++] = root;
            onStack[root] = true;
            next[root] = x.start[root];
            while (sp > 0) {
                int v = stack[sp - 1];
                if (next[v] < x.start[v + 1]) {
                    int w = x.succ[next[v]++];
                    if (index[w] < 0) {
                        parent[w] = v;
                        index[w] = low[w] = counter++;
                        order[orderTop++] = w;
                        onStack[w] = true;
                        next[w] = x.start[w];
                        stack[sp++] = w;
                    } else if (onStack[w]) {
                        low[v] = Math.min(low[v], index[w]);
                    }
                } else {
                    sp--;
                    if (parent[v] >= 0) low[parent[v]] = Math.min(low[parent[v]], low[v]);
                    if (low[v] == index[v]) {
                        Set<V> scc = new LinkedHashSet<>();
                        int w;
                        do {
                            w = order[--orderTop];
                            onStack[w] = false;
                            scc.add(x.vertices.get(w));
                        } while (w != v);
                        out.add(scc);
                    }
                }
            }
        }
        return out;
    }

    /**
     * Vertices in depth-first post-order along outgoing edges (every successor before its
     * predecessor, except along edges that close a cycle).
     */
    public static <V, E> List<V> postOrder(Graph<V, E> g) {
        Indexed<V> x = new Indexed<>(g);
        int n = x.size();
        boolean[] seen = new boolean[n];
        int[] next = new int[n], stack = new int[n];
        List<V> out = new ArrayList<>(n);
        for (int root = 0; root < n; root++) {
            if (seen[root]) continue;
            seen[root] = true;
            int sp = 0;
            stack[sp++] = root;
            next[root] = x.start[root];
            while (sp > 0) {
                int v = stack[sp - 1];
                if (next[v] < x.start[v + 1]) {
                    int w = x.succ[next[v]++];
                    if (!seen[w]) {
                        seen[w] = true;
                        next[w] = x.start[w];
                        stack[sp++] = w;
                    }
                } else {
                    sp--;
                    out.add(x.vertices.get(v));
                }
            }
        }
        return out;
    }

    /**
     * A graph's vertices numbered in iteration order, with each one's successors (targets of its
     * outgoing edges, in edge order) in one array: the searches above run on ints, without a map
     * lookup, a boxed number or an iterator per step.
     */
    private static final class Indexed<V> {
        final List<V> vertices;
        final int[] start;   // successors of i: succ[start[i] .. start[i + 1])
        final int[] succ;

        <E> Indexed(Graph<V, E> g) {
            vertices = new ArrayList<>(g.vertexSet());
            int n = vertices.size();
            Map<V, Integer> id = new HashMap<>(n * 2);
            for (int i = 0; i < n; i++) id.put(vertices.get(i), i);
            start = new int[n + 1];
            int total = 0;
            for (int i = 0; i < n; i++) {
                start[i] = total;
                total += g.outDegreeOf(vertices.get(i));
            }
            start[n] = total;
            succ = new int[total];
            int k = 0;
            for (int i = 0; i < n; i++) {
                for (E e : g.outgoingEdgesOf(vertices.get(i))) succ[k++] = id.get(g.getEdgeTarget(e));
            }
        }

        int size() { return vertices.size(); }
    }
}
