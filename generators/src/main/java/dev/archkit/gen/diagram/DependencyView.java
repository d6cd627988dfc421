package dev.archkit.gen.diagram;

import dev.archkit.facts.CallFact;
import dev.archkit.model.Element;
import dev.archkit.model.view.Cluster;
import dev.archkit.model.view.Kind;
import dev.archkit.model.view.Service;
import dev.archkit.model.view.Typed;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The dependencies view: every element that calls or is called, and the calls between them
 * (synchronous solid, asynchronous dashed, routes of load balancers and APIs bold), services
 * grouped by cluster or by a tag's value.
 */
final class DependencyView {
    private final Canvas c;

    DependencyView(Canvas c) {
        this.c = c;
    }

    Diagram build() {
        Map<String, String> groupOf = grouping();
        for (Element e : c.a.allElements()) {
            Kind k = Kind.of(e);
            if (k == null || !k.isNode() || !c.show(e.name())) continue;
            c.nodes.add(c.node(e, e.name(), groupOf.get(e.name()), null));
        }
        Set<String> present = c.present();
        for (CallFact call : c.calls()) {
            if (!present.contains(call.from()) || !present.contains(call.to())) continue;
            Diagram.EdgeStyle style = call.isRoute() ? Diagram.EdgeStyle.ROUTE : call.async() ? Diagram.EdgeStyle.ASYNC : Diagram.EdgeStyle.SYNC;
            c.edges.add(new Diagram.Edge(c.id(call.from()), c.id(call.to()), Labels.call(c.facts, call), style));
        }
        return c.diagram("dependencies", List.of("solid arrow: synchronous call", "dashed arrow: asynchronous (events, queues)",
                "bold arrow: load balancer or API route"));
    }

    /** Services grouped by cluster (default) or by a tag's value; other nodes stay ungrouped. */
    private Map<String, String> grouping() {
        Map<String, String> out = new HashMap<>();
        String by = c.o.groupBy() == null ? "cluster" : c.o.groupBy();
        if (by.equals("none")) return out;
        if (by.equals("cluster")) {
            List<Service> services = Typed.services(c.a);
            for (Cluster cl : Typed.clusters(c.a)) {
                List<Service> members = services.stream()
                        .filter(s -> s.cluster().map(cl.name()::equals).orElse(false) && c.show(s.name())).toList();
                if (members.isEmpty()) continue;
                String gid = c.id("cluster:" + cl.name());
                c.groups.add(new Diagram.Group(gid, "cluster " + cl.name() + " · " + Labels.clusterType(cl), Diagram.Style.CLUSTER, null));
                for (Service s : members) out.put(s.name(), gid);
            }
            return out;
        }
        if (!by.startsWith("tag:")) throw new Views.BadView("--group-by takes cluster, tag:KEY or none, not '" + by + "'");
        String key = by.substring(4);
        Map<String, List<String>> byValue = new TreeMap<>();
        for (Element e : c.a.allElements()) {
            String value = Selection.tags(e).get(key);
            if (value != null) byValue.computeIfAbsent(value, k -> new ArrayList<>()).add(e.name());
        }
        if (byValue.isEmpty()) throw new Views.BadView("no element carries a tag '" + key + "' to group by");
        for (Map.Entry<String, List<String>> g : byValue.entrySet()) {
            String gid = c.id("tag:" + key + "=" + g.getKey());
            c.groups.add(new Diagram.Group(gid, key + ": " + g.getKey(), Diagram.Style.GENERIC, null));
            for (String n : g.getValue()) out.putIfAbsent(n, gid);
        }
        return out;
    }
}
