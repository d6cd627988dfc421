package dev.archkit.rules;

import dev.archkit.model.Architecture;
import dev.archkit.model.Dependency;
import dev.archkit.model.Element;
import dev.archkit.model.Property;
import dev.archkit.model.Value;
import dev.archkit.facts.graph.ArchGraph;
import dev.archkit.facts.graph.Ports;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Facts about elements and dependencies that several rules need. */
public final class Facts {
    private Facts() { }

    /** The port an element listens on, or -1 when the model does not say. */
    public static int portOf(Element e) {
        return Ports.portOf(e);
    }

    /** The ports an edge of the dependency graph uses; empty when unknown. */
    public static List<Integer> ports(Architecture a, ArchGraph.DepEdge e) {
        return Ports.of(a, e);
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
        return Ports.ranges(ports);
    }

    public static String dependencyText(Dependency d) {
        return d.from() + (d.async() ? " ~> " : " -> ") + d.to();
    }
}
