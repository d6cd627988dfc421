package dev.archkit.model.graph;

import org.jgrapht.Graph;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
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

    /** Strongly connected components (Tarjan, explicit stack), each a set of vertices. */
    public static <V, E> List<Set<V>> stronglyConnected(Graph<V, E> g) {
        Map<V, Integer> index = new HashMap<>(), low = new HashMap<>();
        Set<V> onStack = new HashSet<>();
        Deque<V> order = new ArrayDeque<>();
        List<Set<V>> out = new ArrayList<>();
        int next = 0;
        for (V root : g.vertexSet()) {
            if (index.containsKey(root)) continue;
            Deque<Frame<V>> stack = new ArrayDeque<>();
            index.put(root, next);
            low.put(root, next++);
            order.push(root);
            onStack.add(root);
            stack.push(new Frame<>(root, null, successors(g, root).iterator()));
            while (!stack.isEmpty()) {
                Frame<V> f = stack.peek();
                if (f.next.hasNext()) {
                    V w = f.next.next();
                    if (!index.containsKey(w)) {
                        index.put(w, next);
                        low.put(w, next++);
                        order.push(w);
                        onStack.add(w);
                        stack.push(new Frame<>(w, f.vertex, successors(g, w).iterator()));
                    } else if (onStack.contains(w)) {
                        low.put(f.vertex, Math.min(low.get(f.vertex), index.get(w)));
                    }
                } else {
                    stack.pop();
                    if (f.parent != null) low.put(f.parent, Math.min(low.get(f.parent), low.get(f.vertex)));
                    if (low.get(f.vertex).equals(index.get(f.vertex))) {
                        Set<V> scc = new LinkedHashSet<>();
                        V w;
                        do {
                            w = order.pop();
                            onStack.remove(w);
                            scc.add(w);
                        } while (!w.equals(f.vertex));
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
        Set<V> seen = new HashSet<>();
        List<V> out = new ArrayList<>(g.vertexSet().size());
        for (V root : g.vertexSet()) {
            if (!seen.add(root)) continue;
            Deque<Frame<V>> stack = new ArrayDeque<>();
            stack.push(new Frame<>(root, null, successors(g, root).iterator()));
            while (!stack.isEmpty()) {
                Frame<V> f = stack.peek();
                if (f.next.hasNext()) {
                    V w = f.next.next();
                    if (seen.add(w)) stack.push(new Frame<>(w, f.vertex, successors(g, w).iterator()));
                } else {
                    stack.pop();
                    out.add(f.vertex);
                }
            }
        }
        return out;
    }

    private record Frame<V>(V vertex, V parent, Iterator<V> next) { }

    private static <V, E> List<V> successors(Graph<V, E> g, V v) {
        List<V> out = new ArrayList<>();
        for (E e : g.outgoingEdgesOf(v)) out.add(g.getEdgeTarget(e));
        return out;
    }

}
