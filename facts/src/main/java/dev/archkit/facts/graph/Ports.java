package dev.archkit.facts.graph;

import dev.archkit.model.Architecture;
import dev.archkit.model.Element;
import dev.archkit.model.Property;
import dev.archkit.model.Value;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Which ports elements listen on and dependencies use: for rules, diagrams and generated infrastructure. */
public final class Ports {
    private Ports() { }

    private static final Map<String, Integer> ENGINE_PORTS = Map.of(
            "mysql", 3306, "aurora-mysql", 3306, "mariadb", 3306, "postgres", 5432, "aurora-postgresql", 5432,
            "oracle", 1521, "sqlserver", 1433, "redis", 6379, "valkey", 6379, "memcached", 11211);

    /** The port an element listens on, or -1 when the model does not say. */
    public static int portOf(Element e) {
        if (e == null) return -1;
        Value p = e.value("port");
        if (p instanceof Value.ListValue l && !l.items().isEmpty() && l.items().get(0) instanceof Value.IntValue i) return (int) i.value();
        if (p instanceof Value.IntValue i) return (int) i.value();
        String engine = e.string("engine");
        if (engine != null && ENGINE_PORTS.containsKey(engine)) return ENGINE_PORTS.get(engine);
        if (e.kind().equals("search")) return 443;
        if (e.kind().equals("loadbalancer")) {
            List<Property> ls = e.all("listener");
            if (!ls.isEmpty() && ls.get(0).field("port") instanceof Value.IntValue i) return (int) i.value();
        }
        return -1;
    }

    /** The ports an edge of the dependency graph uses; empty when unknown. */
    public static List<Integer> of(Architecture a, ArchGraph.DepEdge e) {
        List<Integer> out = new ArrayList<>();
        if (e.dependency() != null) {
            Value p = e.dependency().value("port");
            if (p instanceof Value.Ports pr) {
                for (int i = pr.from(); i <= pr.to() && out.size() < 64; i++) out.add(i);
                return out;
            }
        } else {
            // a route or listener of a load balancer / API: its own port, else the target's
            Element lb = a.element(e.from());
            if (lb != null) {
                for (Property r : lb.all("route")) {
                    if (r.field("target") != null && r.field("target").text().equals(e.to()) && r.field("port") instanceof Value.IntValue i) {
                        out.add((int) i.value());
                    }
                }
                if (!out.isEmpty()) return out;
            }
        }
        int p = portOf(a.element(e.to()));
        if (p > 0) out.add(p);
        return out;
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
