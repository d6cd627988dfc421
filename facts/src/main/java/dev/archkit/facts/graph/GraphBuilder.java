package dev.archkit.facts.graph;

import dev.archkit.model.Architecture;
import dev.archkit.model.Dependency;
import dev.archkit.model.Element;
import dev.archkit.model.Location;
import dev.archkit.model.schema.Schema;
import dev.archkit.model.view.ApiGateway;
import dev.archkit.model.view.Database;
import dev.archkit.model.view.Kind;
import dev.archkit.model.view.LoadBalancer;
import dev.archkit.model.view.Nat;
import dev.archkit.model.view.SecurityGroup;
import dev.archkit.model.view.Service;
import dev.archkit.model.view.Subnet;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the three graphs of {@link ArchGraph} from the model: the dependency graph (declared
 * dependencies, then the routes of load balancers and APIs), the security group graph (groups,
 * their members, and each ingress rule as an edge from its source) and the placement graph
 * (element to subnet to zone). Each builder touches only its own graph, so two may run at once.
 */
final class GraphBuilder {
    private GraphBuilder() { }

    static void dependencies(Architecture arch, Graph<String, ArchGraph.DepEdge> deps, Map<Dependency, ArchGraph.DepEdge> edgeOf) {
        for (Element e : arch.allElements()) if (Schema.isNode(e.kind())) deps.addVertex(e.name());
        int index = 0;   // each edge's position, for the facts' arrays
        for (Dependency d : arch.dependencies()) {
            if (!deps.containsVertex(d.from()) || !deps.containsVertex(d.to())) continue;
            ArchGraph.DepEdge edge = new ArchGraph.DepEdge(d.from(), d.to(), d.async(), d, d.location(), "dependency", index++);
            deps.addEdge(d.from(), d.to(), edge);
            edgeOf.put(d, edge);
        }
        for (Element e : arch.allElements()) {
            List<Target> targets;
            if (Kind.LOADBALANCER.is(e)) targets = targets(new LoadBalancer(e));
            else if (Kind.APIGATEWAY.is(e)) targets = targets(new ApiGateway(e));
            else continue;
            Set<String> seen = new HashSet<>();
            for (Target t : targets) {
                if (!deps.containsVertex(t.name()) || !seen.add(t.name())) continue;
                if (deps.containsEdge(e.name(), t.name())) continue; // declared already
                deps.addEdge(e.name(), t.name(), new ArchGraph.DepEdge(e.name(), t.name(), false, null, t.at(), "route", index++));
            }
        }
    }

    /** Where a load balancer or API sends requests: a route's or a listener's target, and where that is written. */
    private record Target(String name, Location at) { }

    /** Routes first, then listeners' default targets, in the order written. */
    private static List<Target> targets(LoadBalancer lb) {
        List<Target> out = new ArrayList<>();
        for (LoadBalancer.Route r : lb.routes()) out.add(new Target(r.target(), r.at()));
        for (LoadBalancer.Listener l : lb.listeners()) l.forward().ifPresent(f -> out.add(new Target(f, l.at())));
        return out;
    }

    private static List<Target> targets(ApiGateway api) {
        List<Target> out = new ArrayList<>();
        for (ApiGateway.Route r : api.routes()) out.add(new Target(r.target(), r.at()));
        return out;
    }

    static void securityGroups(Architecture arch, Graph<String, ArchGraph.RuleEdge> sgs, Map<String, List<String>> members,
                               Map<String, List<String>> groupsOf, Map<String, TaskGroups> taskGroups,
                               Map<String, List<String>> possibleMembers) {
        for (Element e : arch.allElements()) {
            if (Kind.SECURITYGROUP.is(e)) {
                sgs.addVertex(e.name());
                members.putIfAbsent(e.name(), new ArrayList<>());
            }
        }
        // every kind that sits behind security groups names them the same way: read across kinds
        for (Element e : arch.allElements()) {
            List<String> gs = e.refs("securitygroups");
            if (gs.isEmpty()) continue;
            String member = ArchGraph.vertex(arch, e);   // an endpoint named like a node is kept apart from it
            for (String g : gs) {
                if (!sgs.containsVertex(g)) continue;
                members.get(g).add(member);
                groupsOf.computeIfAbsent(member, k -> new ArrayList<>()).add(g);
            }
        }
        // tasks on the hosts' network (EKS pods without groups of their own, Swarm, Beanstalk) carry their nodes' groups
        for (Element e : arch.elementsOfKind(Kind.SERVICE.id())) {
            if (e.has("securitygroups")) continue;
            TaskGroups t = TaskGroups.of(arch, new Service(e));
            if (t.source() == TaskGroups.Source.NONE) continue;
            taskGroups.put(e.name(), t);
            for (String g : t.groups()) {
                if (!sgs.containsVertex(g)) continue;
                members.get(g).add(e.name());
                groupsOf.computeIfAbsent(e.name(), k -> new ArrayList<>()).add(g);
            }
            for (String g : t.possible()) possibleMembers.computeIfAbsent(g, k -> new ArrayList<>()).add(e.name());
        }
        for (Element ge : arch.elementsOfKind(Kind.SECURITYGROUP.id())) {
            SecurityGroup g = new SecurityGroup(ge);
            g.forEachIngress((protocol, ports, peer, at) -> {
                if (peer instanceof SecurityGroup.PrefixListPeer pl) {
                    prefixListEdges(arch, sgs, g.name(), protocol.id(), ports, at, pl);
                    return;
                }
                String src;
                if (peer instanceof SecurityGroup.CidrPeer c) src = ArchGraph.CIDR_PREFIX + c.cidr().text();
                else if (peer instanceof SecurityGroup.GroupPeer other) src = other.group();
                else src = g.name();   // self
                if (!sgs.containsVertex(src)) {
                    if (!src.startsWith(ArchGraph.CIDR_PREFIX)) return;
                    sgs.addVertex(src);
                }
                dev.archkit.model.Value.Cidr cidr = peer instanceof SecurityGroup.CidrPeer c ? c.cidr() : null;
                sgs.addEdge(src, g.name(), new ArchGraph.RuleEdge(src, g.name(), protocol.id(), ports.from(), ports.to(), at, cidr));
            });
        }
        members.replaceAll((k, v) -> Collections.unmodifiableList(v));
    }

    /**
     * A rule naming a prefix list: a customer list is one edge per entry, from that range (so a
     * caller inside an entry is admitted, as by the range itself), each naming the list; an
     * AWS-managed list (or a list the model does not declare) is one edge from its own vertex,
     * which no element is a member of.
     */
    private static void prefixListEdges(Architecture arch, Graph<String, ArchGraph.RuleEdge> sgs, String group, String protocol,
                                        dev.archkit.model.Value.Ports ports, dev.archkit.model.Location at, SecurityGroup.PrefixListPeer pl) {
        Element le = pl.awsManaged() ? null : arch.element(Kind.PREFIXLIST.id(), pl.list());
        if (Kind.PREFIXLIST.is(le)) {
            for (dev.archkit.model.Value.Cidr c : new dev.archkit.model.view.PrefixList(le).entries()) {
                String src = ArchGraph.CIDR_PREFIX + c.text();
                sgs.addVertex(src);
                sgs.addEdge(src, group, new ArchGraph.RuleEdge(src, group, protocol, ports.from(), ports.to(), at, c, pl.list()));
            }
            return;
        }
        String src = ArchGraph.PREFIX_LIST_PREFIX + pl.list();
        sgs.addVertex(src);
        sgs.addEdge(src, group, new ArchGraph.RuleEdge(src, group, protocol, ports.from(), ports.to(), at, null, pl.list()));
    }

    static void placement(Architecture arch, Graph<String, DefaultEdge> placement) {
        for (Element e : arch.allElements()) {
            if (Kind.SUBNET.is(e)) {
                String z = new Subnet(e).zone();
                String v = ArchGraph.vertex(arch, e);
                placement.addVertex(v);
                if (z != null) {
                    placement.addVertex("zone:" + z);
                    placement.addEdge(v, "zone:" + z);
                }
            }
        }
        for (Element e : arch.allElements()) {
            if (Kind.SUBNET.is(e)) continue;
            // every placed kind names its subnets the same way; a NAT gateway stands in one
            List<String> subs = Kind.NAT.is(e) && new Nat(e).subnet() != null ? List.of(new Nat(e).subnet()) : e.refs("subnets");
            String v = ArchGraph.vertex(arch, e);
            for (String s : subs) {
                Element sub = arch.element(Kind.SUBNET.id(), s);
                String sv = sub == null ? null : ArchGraph.vertex(arch, sub);
                if (sv == null || !placement.containsVertex(sv)) continue;
                placement.addVertex(v);
                placement.addEdge(v, sv);
            }
            String z = Kind.DATABASE.is(e) ? new Database(e).zone().orElse(null) : null;
            if (z != null) {
                placement.addVertex(v);
                placement.addVertex("zone:" + z);
                if (!placement.containsEdge(v, "zone:" + z)) placement.addEdge(v, "zone:" + z);
            }
        }
    }

}
