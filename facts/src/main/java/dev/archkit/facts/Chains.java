package dev.archkit.facts;

import dev.archkit.facts.graph.ArchGraph;
import dev.archkit.facts.graph.GraphAlgorithms;
import org.jgrapht.Graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What synchronous call chains add up to, per element: the retry product (how many calls one
 * request to it can become at the end of its worst chain) and the time it may spend on its own
 * slowest call (attempts × timeout). Computed by dynamic programming over the synchronous graph
 * in one depth-first post-order pass (cycles cut: an edge closing a cycle counts once), never by
 * enumerating paths, so it stays linear in the size of the graph.
 */
public final class Chains {
    /*
     * Each element's facts sit at its position in the post order, in arrays: eight maps keyed by
     * name (with boxed numbers) were a third of the time the rules spent on 10,000 services.
     */
    private final Map<String, Integer> index;
    private final long[] amplification;   // 1: none
    private final long[] pathMillis;      // 0: nothing below
    private final long[] latencies;       // -1: none written, or not called synchronously
    private final CallFact[] worstNext, slowest, timeNext, untimed;
    private final List<String> entries = new ArrayList<>();

    /**
     * The worst synchronous path from an entry (an element nothing calls synchronously: a load
     * balancer, an API, a service called only by queues or schedules): its calls in order, each
     * element once (a path stops before it would repeat one), and the product of their attempts.
     */
    public record EntryPath(String entry, List<CallFact> calls, long product) {
        public EntryPath {
            calls = List.copyOf(calls);
        }

        /** The elements along the path, the entry first. */
        public List<String> elements() {
            List<String> out = new ArrayList<>(List.of(entry));
            for (CallFact c : calls) out.add(c.to());
            return out;
        }

        /** The first call on the path that retries (the one that starts multiplying), if any. */
        public Optional<CallFact> firstRetrying() {
            return calls.stream().filter(c -> c.attempts() > 1).findFirst();
        }
    }

    Chains(Graph<String, ArchGraph.DepEdge> sync, java.util.function.Function<ArchGraph.DepEdge, CallFact> call,
           java.util.function.Predicate<String> fromCode, java.util.function.ToLongFunction<String> latency) {
        List<String> order = GraphAlgorithms.postOrder(sync);
        int n = order.size();
        index = new HashMap<>(n * 4 / 3 + 1);
        for (int i = 0; i < n; i++) index.put(order.get(i), i);
        amplification = new long[n];
        java.util.Arrays.fill(amplification, 1);
        pathMillis = new long[n];
        latencies = new long[n];
        java.util.Arrays.fill(latencies, -1);
        long[] declared = new long[n];   // each callee's latency read once, not once per call to it
        java.util.Arrays.fill(declared, Long.MIN_VALUE);   // not read yet
        worstNext = new CallFact[n];
        slowest = new CallFact[n];
        timeNext = new CallFact[n];
        untimed = new CallFact[n];
        for (int v = 0; v < n; v++) {
            String name = order.get(v);
            long best = 1;
            long worstTime = 0;
            long worstPath = 0;
            for (ArchGraph.DepEdge e : sync.outgoingEdgesOf(name)) {
                CallFact c = call.apply(e);
                int to = index.get(e.to());   // below v in the post order, unless the edge closes a cycle (then its defaults count)
                long a = times(c.attempts(), amplification[to]);
                if (a > best) {
                    best = a;
                    worstNext[v] = c;
                }
                long t = c.timeoutMillis();
                if (t >= 0 && c.attempts() * t > worstTime) {
                    worstTime = c.attempts() * t;
                    slowest[v] = c;
                }
                if (declared[to] == Long.MIN_VALUE) declared[to] = latency.applyAsLong(e.to());
                long l = declared[to];
                if (l >= 0) latencies[to] = l;
                // a call with no timeout is bounded by its callee's declared latency, when there is one
                if (!c.isRoute() && t < 0 && l < 0 && untimed[v] == null && fromCode.test(name)) untimed[v] = c;
                if (untimed[to] != null && untimed[v] == null) untimed[v] = untimed[to];
                long path = plus(plus(wait(c, l), Math.max(l, 0)), pathMillis[to]);
                if (path > worstPath || timeNext[v] == null) {
                    if (path > worstPath) worstPath = path;
                    timeNext[v] = c;
                }
            }
            pathMillis[v] = worstPath;
            amplification[v] = best;
            if (sync.inDegreeOf(name) == 0) entries.add(name);
        }
        entries.sort(null);
    }

    /** The element's position in the post order, or -1 when it is not in the synchronous graph. */
    private int at(String element) {
        Integer i = index.get(element);
        return i == null ? -1 : i;
    }

    /** The next call after {@code c} on a chain kept in {@code next}: the one its callee keeps. */
    private CallFact after(CallFact[] next, CallFact c) {
        int i = at(c.to());
        return i < 0 ? null : next[i];
    }

    /** The entries, sorted by name: every element nothing calls synchronously (a load balancer, an API, a queue's consumer, an element with no calls at all). */
    public List<String> entries() {
        return java.util.Collections.unmodifiableList(entries);
    }

    /** The worst path from each entry, entries sorted by name (paths of a single element left out). */
    public List<EntryPath> entryPaths() {
        List<EntryPath> out = new ArrayList<>();
        for (String entry : entries) {
            List<CallFact> calls = new ArrayList<>();
            java.util.Set<String> seen = new java.util.HashSet<>(List.of(entry));
            long product = 1;
            for (CallFact c = worstNext[at(entry)]; c != null && seen.add(c.to()); c = after(worstNext, c)) {
                calls.add(c);
                product = times(product, c.attempts());
            }
            if (!calls.isEmpty()) out.add(new EntryPath(entry, calls, product));
        }
        return out;
    }

    /**
     * What one call adds to a path besides its callee's own latency: attempts × timeout; nothing
     * for a route (its waiting is the entry's own); for a call without a timeout, the attempts
     * times the callee's latency beyond the first (the first is the callee's latency itself), or
     * nothing when the callee declares none.
     */
    private static long wait(CallFact c, long latency) {
        long t = c.timeoutMillis();
        if (c.isRoute()) return 0;
        if (t >= 0) return times(c.attempts(), t);
        return latency >= 0 ? times(c.attempts() - 1, latency) : 0;
    }

    /** a + b, held at Long.MAX_VALUE rather than overflowing. */
    private static long plus(long a, long b) {
        long r = a + b;
        return r < 0 ? Long.MAX_VALUE : r;
    }

    /** a × b, held at Long.MAX_VALUE rather than overflowing (a long chain of retries). */
    private static long times(long a, long b) {
        long r = a * b;
        return a != 0 && (r / a != b || r < 0) ? Long.MAX_VALUE : r;
    }

    /** How many calls one request to this element can become at the end of its worst synchronous chain (1: none). */
    public long amplification(String element) {
        int i = at(element);
        return i < 0 ? 1 : amplification[i];
    }

    /** The worst chain below an element, the element first (at most {@code limit} elements, each once). */
    public List<String> worstChain(String element, int limit) {
        List<String> chain = new ArrayList<>(List.of(element));
        for (int v = at(element); v >= 0 && worstNext[v] != null && chain.size() < limit && !chain.contains(worstNext[v].to()); v = at(worstNext[v].to())) {
            chain.add(worstNext[v].to());
        }
        return chain;
    }

    /** The element's own synchronous call that may take longest (attempts × timeout), among those with a timeout. */
    public Optional<CallFact> slowestCall(String element) {
        int i = at(element);
        return Optional.ofNullable(i < 0 ? null : slowest[i]);
    }

    /** What the element may spend on its slowest call in milliseconds (attempts × timeout); 0 when none has a timeout. */
    public long worstCallMillis(String element) {
        int i = at(element);
        CallFact c = i < 0 ? null : slowest[i];
        return c == null ? 0 : c.attempts() * c.timeoutMillis();
    }

    /**
     * The longest time in milliseconds a request to this element may wait on synchronous calls
     * below it when every call uses all its attempts up to its timeout and every callee takes its
     * declared latency: the largest sum, along one synchronous path, of attempts × timeout of each
     * call plus the declared latency of each callee (a route of a load balancer or API adds only
     * its target's latency: its waiting is the entry's own; a call without a timeout adds its
     * attempts × its callee's latency when declared, else nothing here, and when the caller's code
     * makes it, is reported by {@link #untimedCall}). 0 when nothing below it has a timeout or a latency.
     */
    public long worstPathMillis(String element) {
        int i = at(element);
        return i < 0 ? 0 : pathMillis[i];
    }

    /** The declared latency of an element called synchronously ({@code latency}), in milliseconds; -1 when none is written. */
    public long latencyMillis(String element) {
        int i = at(element);
        return i < 0 ? -1 : latencies[i];
    }

    /** The synchronous path that takes {@link #worstPathMillis}: its calls in order, each element once. */
    public List<CallFact> worstTimePath(String element) {
        List<CallFact> calls = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>(List.of(element));
        int i = at(element);
        for (CallFact c = i < 0 ? null : timeNext[i]; c != null && seen.add(c.to()); c = after(timeNext, c)) calls.add(c);
        return calls;
    }

    /**
     * A synchronous call made by a service's or function's code below this element (its own
     * first) that has no timeout and whose callee declares no latency: a wait
     * with no bound, so the element's worst time is not known; empty when every call has one.
     */
    public Optional<CallFact> untimedCall(String element) {
        int i = at(element);
        return Optional.ofNullable(i < 0 ? null : untimed[i]);
    }
}
