package dev.archkit.gen.diagram;

import dev.archkit.model.Element;
import dev.archkit.model.view.Endpoint;
import dev.archkit.model.view.Kind;
import dev.archkit.model.view.Nat;
import dev.archkit.model.view.Network;
import dev.archkit.model.view.Refs;
import dev.archkit.model.view.Route;
import dev.archkit.model.view.Subnet;
import dev.archkit.model.view.Typed;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The network view: the region, each VPC, its zones and their subnets (public first, each with
 * its way out: the facts layer's route), NAT gateways, and every placed element drawn in each
 * subnet it runs in, then the VPC endpoints (an interface endpoint in each of its subnets, a
 * gateway endpoint in its VPC); regional services (queues, tables, buckets, APIs...) in the
 * region, external systems outside it.
 */
final class NetworkView {
    /** A subnet's boxes wrap after this many, as on AWS reference diagrams. */
    static final int WRAP = 3;

    /** Kinds that run outside any VPC: drawn in the region, not flagged for lacking subnets. */
    private static final Set<Kind> REGIONAL = EnumSet.of(Kind.BUCKET, Kind.QUEUE, Kind.TOPIC, Kind.EVENTBUS, Kind.TABLE,
            Kind.APIGATEWAY, Kind.CLOUDMAP, Kind.FUNCTION);

    private final Canvas c;

    NetworkView(Canvas c) {
        this.c = c;
    }

    Diagram build() {
        String cloud = c.id("group:cloud");
        c.groups.add(new Diagram.Group(cloud, "AWS Cloud", Diagram.Style.CLOUD, null));
        String region = c.id("group:region");
        c.groups.add(new Diagram.Group(region, c.a.region() == null ? "region" : c.a.region(), Diagram.Style.REGION, cloud));
        Map<String, String> subnetGroup = new HashMap<>();
        for (Network net : Typed.networks(c.a)) vpc(net, region, subnetGroup);
        for (Element e : c.a.allElements()) {
            Kind k = Kind.of(e);
            if (k == null || !c.show(e.name()) || k == Kind.NAT || k == Kind.SUBNET) continue;
            if (k != Kind.NODEGROUP && !k.isNode()) continue;
            Refs subs = Typed.subnets(e);
            if (!subs.isEmpty()) {
                for (String s : subs.names()) c.nodes.add(c.node(e, e.name() + "@" + s, subnetGroup.getOrDefault(s, region), null));
            } else if (k == Kind.EXTERNAL) {
                c.nodes.add(c.node(e, e.name(), null, null));
            } else if (REGIONAL.contains(k)) {
                c.nodes.add(c.node(e, e.name(), region, null));
            } else {
                c.nodes.add(c.node(e, e.name(), region, "no subnets declared"));
            }
        }
        for (Network net : Typed.networks(c.a)) endpoints(net, subnetGroup);
        stack();
        return c.diagram("network", List.of("an element in several subnets is drawn in each: one box per zone it runs in"));
    }

    /** A VPC with its zones, their subnets and its NAT gateways; records each subnet's group. */
    private void vpc(Network net, String region, Map<String, String> subnetGroup) {
        String vpc = c.id("vpc:" + net.name());
        c.groups.add(new Diagram.Group(vpc, "VPC " + net.name() + net.cidr().map(x -> " " + x.text()).orElse(""), Diagram.Style.VPC, region));
        Map<String, List<Subnet>> byZone = new TreeMap<>();
        boolean anyPublic = false;
        for (Subnet s : net.subnets()) {
            byZone.computeIfAbsent(s.zone() == null ? "(no zone)" : s.zone(), k -> new ArrayList<>()).add(s);
            anyPublic |= s.isPublic();
        }
        if (anyPublic) {
            c.nodes.add(new Diagram.Node(c.id("igw:" + net.name()), null, "internet gateway", "", Icons.INTERNET_GATEWAY, vpc, Diagram.Mark.NONE));
        }
        for (Map.Entry<String, List<Subnet>> z : byZone.entrySet()) {
            String zone = c.id("zone:" + net.name() + ":" + z.getKey());
            c.groups.add(new Diagram.Group(zone, z.getKey(), Diagram.Style.ZONE, vpc));
            List<Subnet> subs = new ArrayList<>(z.getValue());
            subs.sort((x, y) -> Boolean.compare(!x.isPublic(), !y.isPublic()));
            for (Subnet s : subs) {
                String sg = c.id("subnet:" + s.name());
                c.groups.add(new Diagram.Group(sg, (s.isPublic() ? "public " : "private ") + s.name() + s.cidr().map(x -> " " + x.text()).orElse("")
                        + " · " + wayOut(c.facts.route(s)),
                        s.isPublic() ? Diagram.Style.PUBLIC_SUBNET : Diagram.Style.PRIVATE_SUBNET, zone));
                subnetGroup.put(s.name(), sg);
            }
        }
        for (Nat nat : net.nats()) {
            if (c.show(nat.name())) c.nodes.add(c.node(nat.element(), nat.name(), subnetGroup.getOrDefault(nat.subnet(), vpc), null));
        }
    }

    /** A subnet's way out as its label says it: through the internet gateway, a NAT gateway (named), or none. */
    static String wayOut(Route r) {
        return switch (r.target()) {
            case IGW -> "via IGW";
            case NAT -> "via NAT " + r.nat().orElse("gateway");
            case NONE -> "no route out";
        };
    }

    /** A network's VPC endpoints: an interface endpoint in each subnet it has a network interface in, a gateway endpoint (a route) in the VPC. */
    private void endpoints(Network net, Map<String, String> subnetGroup) {
        String vpc = c.id("vpc:" + net.name());
        for (Endpoint ep : net.endpoints()) {
            if (!c.show(ep.name())) continue;
            if (ep.type() == Endpoint.Type.GATEWAY || ep.subnets().isEmpty()) {
                c.nodes.add(c.node(ep.element(), ep.name(), vpc, null));
            } else {
                for (String s : ep.subnets().names()) c.nodes.add(c.node(ep.element(), ep.name() + "@" + s, subnetGroup.getOrDefault(s, vpc), null));
            }
        }
    }

    /**
     * Layout hints: in each zone the subnets stack top to bottom in the order declared (public
     * first), and a subnet's boxes wrap after three, as on AWS reference diagrams.
     */
    private void stack() {
        Map<String, List<Diagram.Node>> in = new LinkedHashMap<>();
        for (Diagram.Node n : c.nodes) if (n.group() != null) in.computeIfAbsent(n.group(), k -> new ArrayList<>()).add(n);
        Map<String, List<String>> zoneSubnets = new LinkedHashMap<>();
        for (Diagram.Group g : c.groups) {
            if (g.style() == Diagram.Style.PUBLIC_SUBNET || g.style() == Diagram.Style.PRIVATE_SUBNET) {
                zoneSubnets.computeIfAbsent(g.parent(), k -> new ArrayList<>()).add(g.id());
            }
        }
        for (List<Diagram.Node> ns : in.values()) {
            for (int i = 0; i + WRAP < ns.size(); i++) c.edges.add(new Diagram.Edge(ns.get(i).id(), ns.get(i + WRAP).id(), "", Diagram.EdgeStyle.HIDDEN));
        }
        for (List<String> subs : zoneSubnets.values()) {
            List<Diagram.Node> prev = null;
            for (String sub : subs) {
                List<Diagram.Node> ns = in.get(sub);
                if (ns == null) continue;
                if (prev != null) c.edges.add(new Diagram.Edge(prev.get(prev.size() - 1).id(), ns.get(0).id(), "", Diagram.EdgeStyle.HIDDEN));
                prev = ns;
            }
        }
    }
}
