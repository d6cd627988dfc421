package dev.archkit.gen.terraform;

import dev.archkit.facts.CallFact;
import dev.archkit.facts.Facts;
import dev.archkit.facts.graph.ArchGraph;
import dev.archkit.model.Value;
import dev.archkit.model.view.Endpoint;
import dev.archkit.model.view.Kind;
import dev.archkit.model.view.Network;
import dev.archkit.model.view.LoadBalancer;
import dev.archkit.model.view.Service;
import dev.archkit.model.view.Subnet;
import dev.archkit.model.view.Typed;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The traffic the declared calls need, per security group: ingress from the callers' groups (or a
 * group-less load balancer's subnets), egress to the callees' groups, and HTTPS out to anywhere for
 * members that call AWS APIs or systems without a group, or that are ECS tasks (image pulls, logs,
 * secrets). Each need carries the calls that make it.
 */
final class SecurityNeeds {

    /**
     * The other side of a rule: a security group or a CIDR. Peers sort as the rules are listed: by
     * group name, a CIDR as {@code cidr:TEXT} among them.
     */
    sealed interface Peer extends Comparable<Peer> permits Group, Cidr, PrefixList {
        /** The group's name or the CIDR. */
        String text();

        String key();

        @Override
        default int compareTo(Peer o) { return key().compareTo(o.key()); }
    }

    record Group(String name) implements Peer {
        public String text() { return name; }
        public String key() { return name; }
    }

    record Cidr(String text, boolean ipv6) implements Peer {
        Cidr(String text) { this(text, text.contains(":")); }
        public String key() { return "cidr:" + text; }
    }

    /** A managed prefix list: a declared one (a resource) or one of the region's AWS-managed lists (a data source). */
    record PrefixList(String name, boolean awsManaged) implements Peer {
        public String text() { return "prefix-list " + name; }
        public String key() { return "prefix-list:" + name; }
    }

    /** The ports one group needs to or from one peer, and the calls ("a to b") that need them. */
    record Traffic(SortedSet<Integer> ports, SortedSet<String> reasons) {
        Traffic() { this(new TreeSet<>(), new TreeSet<>()); }
    }

    private final Map<String, SortedMap<Peer, Traffic>> ingress = new TreeMap<>(), egress = new TreeMap<>();
    private final Map<String, SortedSet<String>> https = new TreeMap<>();   // group -> why it calls out on 443

    /** Derives the needs; a call to a group whose port is unknown is noted as not generated. */
    static SecurityNeeds of(Facts facts, Notes notes) {
        SecurityNeeds n = new SecurityNeeds();
        ArchGraph graph = facts.graph();
        for (ArchGraph.DepEdge e : graph.dependencies().edgeSet()) {
            CallFact c = facts.call(e);
            List<String> fromGroups = graph.groupsOf(c.from()), toGroups = graph.groupsOf(c.to());
            if (c.ports().isEmpty()) {
                if (!toGroups.isEmpty()) {
                    notes.notGenerated("a security group rule for " + c.from() + " -> " + c.to() + ": its port is unknown (write 'port N' on the dependency)");
                }
                continue;
            }
            String why = c.from() + " to " + c.to();
            List<String> sourceCidrs = fromGroups.isEmpty() ? subnetCidrsOfLoadBalancer(facts, c.from()) : List.of();
            for (String t : toGroups) {
                for (String s : fromGroups) {
                    n.add(n.ingress, t, new Group(s), c, why);
                    n.add(n.egress, s, new Group(t), c, why);
                }
                for (String cidr : sourceCidrs) n.add(n.ingress, t, new Cidr(cidr), c, why);
            }
            if (toGroups.isEmpty()) for (String s : fromGroups) n.https.computeIfAbsent(s, k -> new TreeSet<>()).add(why);
        }
        // tasks pull images, write logs and read secrets over HTTPS
        for (Service s : Typed.services(facts.architecture())) {
            for (String g : s.securityGroups().names()) {
                n.https.computeIfAbsent(g, k -> new TreeSet<>()).add("image pulls, logs and secrets of " + s.name());
            }
        }
        // nodes reach their orchestrator's API (the EKS control plane, the ECS agent's endpoint) and pull images over HTTPS
        for (dev.archkit.model.view.Cluster cl : Typed.clusters(facts.architecture())) {
            for (dev.archkit.model.view.NodeGroup ng : cl.nodeGroups()) {
                for (String g : ng.securityGroups().names()) {
                    n.https.computeIfAbsent(g, k -> new TreeSet<>()).add("API calls and image pulls of node group " + ng.name());
                }
            }
        }
        // tasks reach the interface endpoints of their network on 443
        for (Network net : Typed.networks(facts.architecture())) {
            for (Endpoint ep : net.endpoints()) {
                if (ep.type() != Endpoint.Type.INTERFACE || ep.securityGroups().isEmpty()) continue;
                for (Service s : Typed.services(facts.architecture())) {
                    if (!facts.network(s.name()).map(x -> x.name().equals(net.name())).orElse(false)) continue;
                    String why = s.name() + " to endpoint " + ep.name();
                    for (String g : s.securityGroups().names()) {
                        for (String eg : ep.securityGroups().names()) {
                            n.add(n.ingress, eg, new Group(g), HTTPS, why);
                            n.add(n.egress, g, new Group(eg), HTTPS, why);
                        }
                    }
                }
            }
        }
        return n;
    }

    private static final List<Integer> HTTPS = List.of(443);

    /**
     * Where a caller without a security group sends from, when it is a load balancer (an NLB): the
     * CIDRs of its subnets; else nothing.
     */
    private static List<String> subnetCidrsOfLoadBalancer(Facts facts, String caller) {
        LoadBalancer lb = Typed.element(facts.architecture(), caller, Kind.LOADBALANCER, LoadBalancer::new);
        List<String> cidrs = new ArrayList<>();
        if (lb == null) return cidrs;
        for (String name : lb.subnets().names()) {
            Subnet sub = Typed.element(facts.architecture(), name, Kind.SUBNET, Subnet::new);
            if (sub != null) sub.cidr().map(Value::text).ifPresent(cidrs::add);
        }
        return cidrs;
    }

    private void add(Map<String, SortedMap<Peer, Traffic>> side, String group, Peer peer, CallFact c, String why) {
        add(side, group, peer, c.ports(), why);
    }

    private void add(Map<String, SortedMap<Peer, Traffic>> side, String group, Peer peer, List<Integer> ports, String why) {
        Traffic t = side.computeIfAbsent(group, k -> new TreeMap<>()).computeIfAbsent(peer, k -> new Traffic());
        t.ports().addAll(ports);
        t.reasons().add(why);
    }

    /** What may reach the group, by source. */
    SortedMap<Peer, Traffic> ingressOf(String group) { return ingress.getOrDefault(group, new TreeMap<>()); }

    /** What the group's members reach, by destination group. */
    SortedMap<Peer, Traffic> egressOf(String group) { return egress.getOrDefault(group, new TreeMap<>()); }

    /** Why the group's members need HTTPS to anywhere; empty when they do not. */
    SortedSet<String> httpsOf(String group) { return https.getOrDefault(group, new TreeSet<>()); }
}
