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
 * services in them with image, size, replicas and deployment strategy (on EKS, inside the
 * Kubernetes namespace they run in), the data stores and entry points, and the routes of load
 * balancers and APIs.
 */
final class DeploymentView {
    /** What is deployed and sized: compute, data stores with instances, and entry points. */
    private static final Set<Kind> DEPLOYED = EnumSet.of(Kind.SERVICE, Kind.FUNCTION, Kind.DATABASE, Kind.CACHE, Kind.SEARCH,
            Kind.LOADBALANCER, Kind.APIGATEWAY);

    private final Canvas c;

    DeploymentView(Canvas c) {
        this.c = c;
    }

    /** A load balancer's or API's route, whether derived from its listeners or also declared as a dependency. */
    private boolean entry(CallFact call) {
        if (call.isRoute()) return true;
        Kind from = Kind.of(c.a.element(call.from()));
        return from == Kind.LOADBALANCER || from == Kind.APIGATEWAY;
    }

    /** The group of a namespace inside a cluster's group, made when first asked for. */
    private String namespaceGroup(String clusterGroup, String namespace) {
        String key = clusterGroup + "/namespace:" + namespace;
        boolean made = c.groups.stream().anyMatch(g -> g.id().equals(c.id(key)));
        if (!made) c.groups.add(new Diagram.Group(c.id(key), "namespace " + namespace, Diagram.Style.GENERIC, clusterGroup));
        return c.id(key);
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
                String group = s.cluster().map(clusterGroup::get).orElse(null);
                String namespace = c.facts.service(e.name()).namespace().orElse(null);
                if (group != null && namespace != null) group = namespaceGroup(group, namespace);
                c.nodes.add(c.node(e, e.name(), group, String.join(" · ", x)));
            } else {
                c.nodes.add(c.node(e, e.name(), null, null));
            }
        }
        Set<String> present = c.present();
        for (CallFact call : c.calls()) {
            if (!entry(call) || !present.contains(call.from()) || !present.contains(call.to())) continue;
            c.edges.add(new Diagram.Edge(c.id(call.from()), c.id(call.to()), Labels.call(c.facts, call), Diagram.EdgeStyle.ROUTE));
        }
        List<String> legend = new ArrayList<>();
        if (c.groups.stream().anyMatch(g -> g.label().startsWith("namespace "))) legend.add("namespace: the Kubernetes namespace an EKS service's pods run in");
        legend.addAll(List.of("arrow: load balancer or API route", "×N (min–max): desired tasks and the autoscaling range"));
        return c.diagram("deployment", legend);
    }
}
