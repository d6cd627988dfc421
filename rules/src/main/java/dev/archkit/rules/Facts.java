package dev.archkit.rules;

import dev.archkit.model.Architecture;
import dev.archkit.model.Dependency;
import dev.archkit.model.Element;
import dev.archkit.model.Property;
import dev.archkit.model.Value;
import dev.archkit.model.graph.ArchGraph;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Facts about elements and dependencies that several rules need. */
public final class Facts {
    private Facts() { }

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
    public static List<Integer> ports(Architecture a, ArchGraph.DepEdge e) {
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

    public static boolean isEcs(Architecture a, Element service) {
        String runtime = service.string("runtime");
        if (runtime != null) return runtime.equals("fargate") || runtime.equals("ec2");
        Element c = service.string("cluster") == null ? null : a.element(service.string("cluster"));
        return c != null && (c.string("type") == null || c.string("type").equals("ecs"));
    }

    public static long desired(Element service) {
        Property p = service.property("replicas");
        return p == null || p.field("desired") == null ? 1 : ((Value.IntValue) p.field("desired")).value();
    }

    public static long min(Element service) {
        Property p = service.property("replicas");
        if (p == null) return 1;
        Value m = p.field("min");
        return m instanceof Value.IntValue i ? i.value() : desired(service);
    }

    public static long max(Element service) {
        Property p = service.property("replicas");
        if (p == null) return 1;
        Value m = p.field("max");
        return m instanceof Value.IntValue i ? i.value() : desired(service);
    }

    /** A single copy: one task or pod, a database without a standby, one cache node. */
    public static boolean isSingle(Element e) {
        return switch (e.kind()) {
            case "service" -> desired(e) < 2 && min(e) < 2;
            case "database" -> !e.flag("multi-az") && !(e.value("replicas") instanceof Value.IntValue i && i.value() > 0);
            case "cache" -> !e.flag("multi-az") && !(e.value("nodes") instanceof Value.IntValue n && n.value() > 1);
            case "search" -> !(e.value("nodes") instanceof Value.IntValue n && n.value() > 1);
            default -> false;
        };
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

    public static String dependencyText(Dependency d) {
        return d.from() + (d.async() ? " ~> " : " -> ") + d.to();
    }
}
