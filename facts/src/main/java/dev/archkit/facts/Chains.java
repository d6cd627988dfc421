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
    private final Map<String, Long> amplification = new HashMap<>();
    private final Map<String, CallFact> worstNext = new HashMap<>();
    private final Map<String, CallFact> slowest = new HashMap<>();
    private final Map<String, Long> pathMillis = new HashMap<>();
    private final Map<String, CallFact> timeNext = new HashMap<>();
    private final Map<String, CallFact> untimed = new HashMap<>();
    private final List<String> entries = new ArrayList<>();
    private final Map<String, Long> latencies = new HashMap<>();

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
        Map<String, Long> declared = new HashMap<>();   // each callee's latency read once, not once per call to it
        for (String v : GraphAlgorithms.postOrder(sync)) {
            long best = 1;
            long worstTime = 0;
            long worstPath = 0;
            for (ArchGraph.DepEdge e : sync.outgoingEdgesOf(v)) {
                CallFact c = call.apply(e);
                long a = times(c.attempts(), amplification.getOrDefault(e.to(), 1L));
                if (a > best) {
                    best = a;
                    worstNext.put(v, c);
                }
                long t = c.timeoutMillis();
                if (t >= 0 && c.attempts() * t > worstTime) {
                    worstTime = c.attempts() * t;
                    slowest.put(v, c);
                }
                long l = declared.computeIfAbsent(e.to(), latency::applyAsLong);
                if (l >= 0) latencies.put(e.to(), l);
                // a call with no timeout is bounded by its callee's declared latency, when there is one
                if (!c.isRoute() && t < 0 && l < 0 && fromCode.test(v)) untimed.putIfAbsent(v, c);
                CallFact below = untimed.get(e.to());
                if (below != null) untimed.putIfAbsent(v, below);
                long path = plus(plus(wait(c, l), Math.max(l, 0)), pathMillis.getOrDefault(e.to(), 0L));
                if (path > worstPath || !timeNext.containsKey(v)) {
                    if (path > worstPath) worstPath = path;
                    timeNext.put(v, c);
                }
            }
            if (worstPath > 0) pathMillis.put(v, worstPath);
            amplification.put(v, best);
            if (sync.inDegreeOf(v) == 0) entries.add(v);
        }
        entries.sort(null);
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
            for (CallFact c = worstNext.get(entry); c != null && seen.add(c.to()); c = worstNext.get(c.to())) {
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
        return amplification.getOrDefault(element, 1L);
    }

    /** The worst chain below an element, the element first (at most {@code limit} elements, each once). */
    public List<String> worstChain(String element, int limit) {
        List<String> chain = new ArrayList<>(List.of(element));
        for (String v = element; worstNext.containsKey(v) && chain.size() < limit && !chain.contains(worstNext.get(v).to()); v = worstNext.get(v).to()) {
            chain.add(worstNext.get(v).to());
        }
        return chain;
    }

    /** The element's own synchronous call that may take longest (attempts × timeout), among those with a timeout. */
    public Optional<CallFact> slowestCall(String element) {
        return Optional.ofNullable(slowest.get(element));
    }

    /** What the element may spend on its slowest call in milliseconds (attempts × timeout); 0 when none has a timeout. */
    public long worstCallMillis(String element) {
        CallFact c = slowest.get(element);
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
        return pathMillis.getOrDefault(element, 0L);
    }

    /** The declared latency of an element called synchronously ({@code latency}), in milliseconds; -1 when none is written. */
    public long latencyMillis(String element) {
        return latencies.getOrDefault(element, -1L);
    }

    /** The synchronous path that takes {@link #worstPathMillis}: its calls in order, each element once. */
    public List<CallFact> worstTimePath(String element) {
        List<CallFact> calls = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>(List.of(element));
        for (CallFact c = timeNext.get(element); c != null && seen.add(c.to()); c = timeNext.get(c.to())) calls.add(c);
        return calls;
    }

    /**
     * A synchronous call made by a service's or function's code below this element (its own
     * first) that has no timeout and whose callee declares no latency: a wait
     * with no bound, so the element's worst time is not known; empty when every call has one.
     */
    public Optional<CallFact> untimedCall(String element) {
        return Optional.ofNullable(untimed.get(element));
    }
}
