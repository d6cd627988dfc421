package dev.archkit.gen.diagram;

import dev.archkit.facts.CallFact;
import dev.archkit.model.Element;
import dev.archkit.model.view.Capacity;
import dev.archkit.model.view.Cluster;
import dev.archkit.model.view.Kind;
import dev.archkit.model.view.NodeGroup;
import dev.archkit.model.view.Service;
import dev.archkit.model.view.Typed;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The deployment view of one environment: clusters with their capacity and node groups, the
 * services in them with image, size, replicas and deployment strategy, the data stores and entry
 * points, and the routes of load balancers and APIs.
 */
final class DeploymentView {
    /** What is deployed and sized: compute, data stores with instances, and entry points. */
    private static final Set<Kind> DEPLOYED = EnumSet.of(Kind.SERVICE, Kind.FUNCTION, Kind.DATABASE, Kind.CACHE, Kind.SEARCH,
            Kind.LOADBALANCER, Kind.APIGATEWAY);

    private final Canvas c;

    DeploymentView(Canvas c) {
        this.c = c;
    }

    Diagram build() {
        Map<String, String> clusterGroup = new HashMap<>();
        for (Cluster cl : Typed.clusters(c.a)) {
            String gid = c.id("cluster:" + cl.name());
            List<String> caps = new ArrayList<>();
            for (Capacity p : cl.capacity()) caps.add(Labels.capacity(p));
            c.groups.add(new Diagram.Group(gid, "cluster " + cl.name() + " · " + Labels.clusterType(cl) + (caps.isEmpty() ? "" : " · " + String.join(", ", caps)),
                    Diagram.Style.CLUSTER, null));
            clusterGroup.put(cl.name(), gid);
            for (NodeGroup n : cl.nodeGroups()) if (c.show(n.name())) c.nodes.add(c.node(n.element(), n.name(), gid, null));
        }
        for (Element e : c.a.allElements()) {
            Kind k = Kind.of(e);
            if (!DEPLOYED.contains(k) || !c.show(e.name())) continue;
            if (k == Kind.SERVICE) {
                Service s = new Service(e);
                List<String> x = new ArrayList<>();
                s.image().ifPresent(i -> x.add(i.value().substring(i.value().lastIndexOf('/') + 1)));
                x.add(Labels.deploy(s));
                c.nodes.add(c.node(e, e.name(), s.cluster().map(clusterGroup::get).orElse(null), String.join(" · ", x)));
            } else {
                c.nodes.add(c.node(e, e.name(), null, null));
            }
        }
        Set<String> present = c.present();
        for (CallFact call : c.calls()) {
            if (!call.isRoute() || !present.contains(call.from()) || !present.contains(call.to())) continue;
            c.edges.add(new Diagram.Edge(c.id(call.from()), c.id(call.to()), Labels.call(c.facts, call), Diagram.EdgeStyle.ROUTE));
        }
        return c.diagram("deployment", List.of("arrow: load balancer or API route", "×N (min–max): desired tasks and the autoscaling range"));
    }
}
