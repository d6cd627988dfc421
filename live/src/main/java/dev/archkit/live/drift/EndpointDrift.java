package dev.archkit.live.drift;

import dev.archkit.model.Location;
import dev.archkit.model.Value;
import dev.archkit.model.view.Endpoint;
import dev.archkit.model.view.Kind;
import dev.archkit.model.view.Network;
import dev.archkit.model.view.Subnet;
import dev.archkit.model.view.Typed;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * VPC endpoints: found (by mapping, tag or name, else as the one endpoint of the network's VPC
 * for the same service and type), and compared on service, type, state, an interface endpoint's
 * subnets, security groups and private DNS, and the subnets whose route tables hold a gateway
 * endpoint (all of its network's). Live endpoints in the architecture's VPCs that no element
 * accounts for are extra. A snapshot without endpoints (taken before archkit read them) leaves
 * them not checked.
 */
final class EndpointDrift {
    private EndpointDrift() { }

    static final String READ = "ec2.DescribeVpcEndpoints";
    private static final String OLD_SNAPSHOT = " (taken before archkit read them; take a new one)";

    static List<Drift.NotChecked> compare(Comparison c) {
        List<Drift.NotChecked> notChecked = new ArrayList<>();
        List<Endpoint> endpoints = new ArrayList<>();
        for (Network net : Typed.networks(c.a)) endpoints.addAll(net.endpoints());
        if (c.inv.vpcEndpoints() == null) {
            for (Endpoint ep : endpoints) {
                notChecked.add(new Drift.NotChecked(Kind.ENDPOINT.id(), ep.name(), ep.location(), "the snapshot has no VPC endpoints" + OLD_SNAPSHOT));
            }
            return notChecked;
        }
        Set<Inventory.VpcEndpoint> claimed = Collections.newSetFromMap(new IdentityHashMap<>());
        Map<Endpoint, Inventory.VpcEndpoint> found = new java.util.LinkedHashMap<>();
        for (Endpoint ep : endpoints) {
            for (Inventory.VpcEndpoint x : c.inv.vpcEndpoints()) {
                if (live(x) && !claimed.contains(x) && c.is(Kind.ENDPOINT, ep.name(), null, x.id(), x.tags(), 0)) {
                    found.put(ep, x);
                    claimed.add(x);
                    break;
                }
            }
        }
        for (Endpoint ep : endpoints) {   // made without archkit's tags: the network's endpoint of the same service and type
            if (found.containsKey(ep) || ep.service() == null || c.mapped(Kind.ENDPOINT, ep.name()) != null) continue;
            String vpc = vpcOf(c, ep.network());
            for (Inventory.VpcEndpoint x : c.inv.vpcEndpoints()) {
                if (live(x) && !claimed.contains(x) && vpc != null && vpc.equals(x.vpcId()) && ep.service().equals(service(c, x))
                        && ep.type().id().equals(type(x))) {
                    found.put(ep, x);
                    claimed.add(x);
                    break;
                }
            }
        }
        for (Endpoint ep : endpoints) {
            Inventory.VpcEndpoint x = found.get(ep);
            if (x == null) c.missing(ep, READ);
            else attributes(c, ep, x, notChecked);
        }
        for (Inventory.VpcEndpoint x : c.inv.vpcEndpoints()) {
            if (live(x) && !claimed.contains(x) && c.inOwnVpc(x.vpcId())) {
                c.extra(Kind.ENDPOINT, x.id(), service(c, x) + " (" + type(x) + ") in " + x.vpcId());
            }
        }
        return notChecked;
    }

    /** Not deleted (a deleted endpoint stays listed for a while). */
    private static boolean live(Inventory.VpcEndpoint x) {
        String s = x.state() == null ? "" : x.state().toLowerCase(Locale.ROOT);
        return !s.equals("deleted") && !s.equals("deleting");
    }

    /** The live VPC of a network, or null when it was not found. */
    private static String vpcOf(Comparison c, String network) {
        for (Inventory.Vpc v : c.inv.vpcs()) if (c.is(Kind.NETWORK, network, null, v.id(), v.tags(), 0)) return v.id();
        return null;
    }

    private static final java.util.regex.Pattern AWS_SERVICE = java.util.regex.Pattern.compile("com\\.amazonaws\\.[a-z0-9-]+\\.(.+)");

    /**
     * The service in the language's words ({@code com.amazonaws.REGION.ecr.api} is {@code ecr.api}:
     * an endpoint stands in its VPC's region); another name (a partner's, a PrivateLink service) as it is.
     */
    static String service(Comparison c, Inventory.VpcEndpoint x) {
        String n = x.serviceName() == null ? "" : x.serviceName();
        var m = AWS_SERVICE.matcher(n);
        return m.matches() ? m.group(1) : n;
    }

    private static String type(Inventory.VpcEndpoint x) {
        return x.type() == null ? "" : x.type().toLowerCase(Locale.ROOT);
    }

    private static Location at(Endpoint ep, String property) {
        var p = ep.element().property(property);
        return p == null ? ep.location() : Comparison.at(p.location(), ep);
    }

    private static void attributes(Comparison c, Endpoint ep, Inventory.VpcEndpoint x, List<Drift.NotChecked> notChecked) {
        c.matched.add(x);
        c.changed(ep, ep.serviceValue().map(Value::at).orElse(ep.location()), "service", ep.service(), service(c, x));
        c.changed(ep, at(ep, "type"), "type", ep.type().id(), type(x));
        c.changed(ep, ep.location(), "state", "available", x.state() == null ? "" : x.state().toLowerCase(Locale.ROOT));
        if (ep.type() == Endpoint.Type.INTERFACE) {
            names(c, ep, "subnets", ep.subnets().names(), Inventory.orEmpty(x.subnets()), true, ep.subnets().at());
            if (x.securityGroups() == null || x.privateDns() == null) {
                notChecked.add(new Drift.NotChecked(Kind.ENDPOINT.id(), ep.name(), ep.location(),
                        "its security groups and private DNS: the snapshot has none" + OLD_SNAPSHOT));
                return;
            }
            names(c, ep, "security groups", ep.securityGroups().names(), x.securityGroups(), false, ep.securityGroups().at());
            c.changed(ep, at(ep, "private-dns"), "private DNS", ep.privateDns() ? "on" : "off", x.privateDns() ? "on" : "off");
        } else {
            routeTables(c, ep, x, notChecked);
        }
    }

    /** Subnets or groups by the model's names; unknown when a live one cannot be named because its kind could not all be read. */
    private static void names(Comparison c, Endpoint ep, String attribute, List<String> model, List<String> liveIds, boolean subnets, Location at) {
        Set<String> live = new TreeSet<>();
        for (String id : liveIds) {
            String n = subnets ? c.subnetName(id) : c.groupName(id);
            if (n == null) {
                c.unknown(ep, attribute, Comparison.at(at, ep), "its " + attribute + " are not known: "
                        + c.reasonFor(subnets ? "ec2.DescribeSubnets" : "ec2.DescribeSecurityGroups"));
                return;
            }
            live.add(n);
        }
        c.changed(ep, Comparison.at(at, ep), attribute, String.join(", ", new TreeSet<>(model)), String.join(", ", live));
    }

    /**
     * A gateway endpoint is a route in the route table of every subnet of its network: the subnets
     * (found live) whose tables hold it, against all of them.
     */
    private static void routeTables(Comparison c, Endpoint ep, Inventory.VpcEndpoint x, List<Drift.NotChecked> notChecked) {
        if (c.inv.routeTables() == null) {
            notChecked.add(new Drift.NotChecked(Kind.ENDPOINT.id(), ep.name(), ep.location(),
                    "the subnets routed to it: the snapshot has no route tables" + OLD_SNAPSHOT));
            return;
        }
        Map<String, Inventory.Subnet> liveSubnets = RouteDrift.liveSubnets(c);
        Set<String> model = new TreeSet<>(), live = new TreeSet<>();
        var net = c.a.element(Kind.NETWORK.id(), ep.network());
        if (!Kind.NETWORK.is(net)) return;
        for (Subnet s : new Network(net).subnets()) {
            Inventory.Subnet ls = liveSubnets.get(s.name());
            if (ls == null) continue;   // missing or unknown already
            model.add(s.name());
            RouteDrift.Table t = RouteDrift.tableOf(c, ls);
            if (t.unknown() != null) {
                c.unknown(ep, "subnets routed to it", ep.location(), "the route table of subnet '" + s.name() + "' is not known: " + t.unknown());
                return;
            }
            if (t.table() != null && Inventory.orEmpty(x.routeTables()).contains(t.table().id())) live.add(s.name());
        }
        c.changed(ep, ep.location(), "subnets routed to it", String.join(", ", model), String.join(", ", live));
    }
}
