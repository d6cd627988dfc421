package dev.archkit.facts.graph;

import dev.archkit.model.Architecture;
import dev.archkit.model.Element;
import dev.archkit.model.Value;
import dev.archkit.model.view.Cache;
import dev.archkit.model.view.Database;
import dev.archkit.model.view.Kind;
import dev.archkit.model.view.LoadBalancer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.TreeSet;

/** Which ports elements listen on and dependencies use: for rules, diagrams and generated infrastructure. */
public final class Ports {
    private Ports() { }

    /** The port an element listens on, or -1 when the model does not say. */
    public static int portOf(Element e) {
        if (e == null) return -1;
        // a written port, whatever the kind ('port 8080' or 'port 8080, 9090': the first)
        Value p = e.value("port");
        if (p instanceof Value.ListValue l && !l.items().isEmpty() && l.items().get(0) instanceof Value.IntValue i) return (int) i.value();
        if (p instanceof Value.IntValue i) return (int) i.value();
        Kind k = Kind.of(e);
        if (k == null) return -1;
        switch (k) {
            case DATABASE:
                return new Database(e).engine().map(Database.Engine::defaultPort).orElse(-1);
            case CACHE:
                return new Cache(e).engine().map(Cache.Engine::defaultPort).orElse(-1);
            case SEARCH:
                return 443;
            case LOADBALANCER: {
                List<LoadBalancer.Listener> ls = new LoadBalancer(e).listeners();
                return ls.isEmpty() || ls.get(0).port() < 0 ? -1 : ls.get(0).port();
            }
            default:
                return -1;
        }
    }

    /** The ports an edge of the dependency graph uses (unmodifiable); empty when unknown. */
    public static List<Integer> of(Architecture a, ArchGraph.DepEdge e) {
        return of(a, e, null);
    }

    /**
     * The ports of every route of every load balancer, by balancer and target, read in one pass:
     * for the facts layer, which asks for every edge (a balancer with n routes would otherwise be
     * scanned n times).
     */
    public static Map<String, Map<String, List<Integer>>> routePorts(Architecture a) {
        Map<String, Map<String, List<Integer>>> out = new HashMap<>();
        for (Element e : a.elementsOfKind(Kind.LOADBALANCER.id())) out.put(e.name(), new LoadBalancer(e).routePorts());
        return out;
    }

    /** As {@link #of(Architecture, ArchGraph.DepEdge)}, with the route ports read already ({@link #routePorts}), or null. */
    public static List<Integer> of(Architecture a, ArchGraph.DepEdge e, Map<String, Map<String, List<Integer>>> routePorts) {
        // immutable lists, one port the common case: asked for every call of a large model
        if (e.dependency() != null) {
            Value p = e.dependency().value("port");
            if (p instanceof Value.Ports pr) {
                if (pr.from() == pr.to()) return List.of(pr.from());
                List<Integer> out = new ArrayList<>();
                for (int i = pr.from(); i <= pr.to() && out.size() < 64; i++) out.add(i);
                return List.copyOf(out);
            }
        } else {
            // a route or listener of a load balancer / API: its own port, else the target's
            List<Integer> own = null;
            if (routePorts != null) {
                Map<String, List<Integer>> byTarget = routePorts.get(e.from());
                own = byTarget == null ? null : byTarget.get(e.to());
            } else {
                Element lb = a.element(e.from());
                if (Kind.LOADBALANCER.is(lb)) own = new LoadBalancer(lb).routePorts(e.to());
            }
            if (own != null && !own.isEmpty()) return List.copyOf(own);
        }
        int p = portOf(a.element(e.to()));
        return p > 0 ? List.of(p) : List.of();
    }

    /** Ports as readable ranges: "3000, 3017-3999". */
    public static String ranges(TreeSet<Integer> ports) {
        StringBuilder sb = new StringBuilder();
        Integer start = null, prev = null;
        for (int p : ports) {
            if (start == null) { start = p; prev = p; continue; }
            if (p == prev + 1) { prev = p; continue; }
            append(sb, start, prev);
            start = p;
            prev = p;
        }
        if (start != null) append(sb, start, prev);
        return sb.toString();
    }

    private static void append(StringBuilder sb, int a, int b) {
        if (sb.length() > 0) sb.append(", ");
        sb.append(a == b ? Integer.toString(a) : a + "-" + b);
    }
}
