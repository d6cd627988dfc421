package dev.archkit.live.drift;

import dev.archkit.model.Location;
import dev.archkit.model.view.Kind;
import dev.archkit.model.view.Network;
import dev.archkit.model.view.NaclRule;
import dev.archkit.model.view.NetworkAcl;
import dev.archkit.model.view.SecurityGroup.Direction;
import dev.archkit.model.view.Subnet;
import dev.archkit.model.view.Typed;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Network ACLs (ec2.DescribeNetworkAcls): each declared NACL found, with the subnets it is
 * associated with and its rules, number by number (the implicit deny, 32767, aside); a subnet no
 * NACL names still on its VPC's default NACL; and NACLs in the architecture's VPCs that none
 * accounts for. What could not be read is unknown, never missing or changed.
 */
final class NaclDrift {
    private NaclDrift() { }

    static final String OP = "ec2.DescribeNetworkAcls";

    /** The number AWS gives the implicit deny of each direction ({@code *}). */
    static final int IMPLICIT_DENY = 32767;

    static List<Drift.NotChecked> compare(Comparison c) {
        if (c.inv.networkAcls() == null) {   // a snapshot taken before archkit read network ACLs
            List<Drift.NotChecked> out = new java.util.ArrayList<>();
            for (NetworkAcl n : Typed.nacls(c.a)) {
                out.add(new Drift.NotChecked(Kind.NACL.id(), n.name(), n.location(),
                        "the snapshot has no network ACLs (taken before archkit read them; take a new one)"));
            }
            return out;
        }
        Set<String> named = new HashSet<>();
        for (NetworkAcl n : Typed.nacls(c.a)) {
            named.addAll(n.subnets().names());
            Inventory.NetworkAcl live = null;
            for (Inventory.NetworkAcl x : c.inv.networkAcls()) {
                if (!x.isDefault() && c.is(Kind.NACL, n.name(), null, x.id(), x.tags(), 0)) { live = x; break; }
            }
            if (live == null) { c.missing(n, OP); continue; }
            c.matched.add(live);
            subnets(c, n, live);
            for (Direction d : Direction.values()) rules(c, n, live, d);
        }
        if (c.cannotRead(OP)) return List.of();   // which NACL a subnet is on, and which NACLs are extra, are not known
        defaults(c, named);
        for (Inventory.NetworkAcl x : c.inv.networkAcls()) {
            if (!x.isDefault() && c.inOwnVpc(x.vpcId()) && !c.matched.contains(x)) {
                c.extra(Kind.NACL, x.tags().getOrDefault("Name", x.id()), x.id() + " in " + x.vpcId());
            }
        }
        return List.of();
    }

    private static void subnets(Comparison c, NetworkAcl n, Inventory.NetworkAcl live) {
        Set<String> liveNames = new TreeSet<>();
        for (String id : live.subnets()) {
            String name = c.subnetName(id);
            if (name == null) {
                c.unknown(n, "subnets", Comparison.at(n.subnets().at(), n), "subnet " + id + " is not known: " + c.reasonFor("ec2.DescribeSubnets"));
                return;
            }
            liveNames.add(name);
        }
        c.changed(n, Comparison.at(n.subnets().at(), n), "subnets", String.join(", ", new TreeSet<>(n.subnets().names())), String.join(", ", liveNames));
    }

    /** Each rule number of one direction, as declared and as live. */
    private static void rules(Comparison c, NetworkAcl n, Inventory.NetworkAcl live, Direction d) {
        boolean egress = d == Direction.EGRESS;
        String word = egress ? "egress" : "ingress";
        Map<Integer, NaclRule> model = new TreeMap<>();
        for (NaclRule r : n.rules(d)) model.putIfAbsent(r.number(), r);
        Map<Integer, Inventory.AclEntry> actual = new TreeMap<>();
        for (Inventory.AclEntry e : live.entries()) if (e.egress() == egress && e.number() != IMPLICIT_DENY) actual.putIfAbsent(e.number(), e);
        Set<Integer> numbers = new TreeSet<>(model.keySet());
        numbers.addAll(actual.keySet());
        for (int number : numbers) {
            NaclRule r = model.get(number);
            Inventory.AclEntry e = actual.get(number);
            Location at = r != null ? r.at() : n.location();
            c.changed(n, at, word + " rule " + number, r == null ? "none" : text(r), e == null ? "none" : text(e, egress));
        }
    }

    /** A subnet no NACL names is on its VPC's default NACL; associated with another, it drifted. */
    private static void defaults(Comparison c, Set<String> named) {
        Map<String, Inventory.NetworkAcl> bySubnet = new TreeMap<>();
        for (Inventory.NetworkAcl x : c.inv.networkAcls()) for (String s : x.subnets()) bySubnet.put(s, x);
        for (Map.Entry<String, String> s : new TreeMap<>(c.subnetNames).entrySet()) {
            if (named.contains(s.getValue())) continue;
            Inventory.NetworkAcl x = bySubnet.get(s.getKey());
            if (x == null || x.isDefault()) continue;
            Subnet sub = Typed.element(c.a, s.getValue(), Kind.SUBNET, Subnet::new);
            if (sub != null) c.changed(sub, sub.location(), "network ACL", "the VPC's default", x.tags().getOrDefault("Name", x.id()));
        }
    }

    /** A declared rule as the comparison writes it: {@code allow tcp 443 from 10.0.0.0/16}. */
    static String text(NaclRule r) {
        String t = r.text();
        return t.substring(t.indexOf(' ', t.indexOf(' ') + 1) + 1);   // without "ingress 100 "
    }

    /** A live entry in the same words: protocol numbers as names, ports only for tcp and udp. */
    static String text(Inventory.AclEntry e, boolean egress) {
        String protocol = switch (e.protocol() == null ? "" : e.protocol()) {
            case "-1", "all" -> "all";
            case "6", "tcp" -> "tcp";
            case "17", "udp" -> "udp";
            case "1", "icmp" -> "icmp";
            default -> "protocol " + e.protocol();
        };
        StringBuilder sb = new StringBuilder(e.action() == null ? "?" : e.action()).append(' ').append(protocol);
        if (protocol.equals("tcp") || protocol.equals("udp")) {
            sb.append(' ').append(e.from() == 0 && e.to() == 65535 ? "all" : e.from() == e.to() ? Integer.toString(e.from()) : e.from() + "-" + e.to());
        }
        return sb.append(egress ? " to " : " from ").append(e.cidr()).toString();
    }

    /**
     * The network ACLs a faithful deployment shows (for {@link Expected}): each declared NACL with
     * its rules and the implicit denies, and per VPC its default NACL (allow all), associated with
     * the subnets no NACL names. Ids and tags come from the caller, as for every other resource.
     */
    static List<Inventory.NetworkAcl> expected(dev.archkit.model.Architecture a, Function<String, String> vpcId, Function<String, String> subnetId,
                                               Function<String, String> aclId, Function<String, Map<String, String>> tags) {
        List<Inventory.NetworkAcl> out = new ArrayList<>();
        for (Network net : Typed.networks(a)) {
            String vpc = vpcId.apply(net.name());
            Set<String> named = new HashSet<>();
            for (NetworkAcl n : net.nacls()) {
                List<Inventory.AclEntry> entries = new ArrayList<>();
                for (Direction d : Direction.values()) {
                    for (NaclRule r : n.rules(d)) {
                        String p = switch (r.protocol()) { case ALL -> "-1"; case TCP -> "6"; case UDP -> "17"; case ICMP -> "1"; };
                        boolean ports = p.equals("6") || p.equals("17");
                        entries.add(new Inventory.AclEntry(r.number(), d == Direction.EGRESS, p, r.action().id(), r.cidr().text(),
                                ports ? r.ports().from() : -1, ports ? r.ports().to() : -1));
                    }
                    entries.add(new Inventory.AclEntry(IMPLICIT_DENY, d == Direction.EGRESS, "-1", "deny", "0.0.0.0/0", -1, -1));
                }
                named.addAll(n.subnets().names());
                out.add(new Inventory.NetworkAcl(aclId.apply(n.name()), vpc, false, n.subnets().names().stream().map(subnetId).toList(), entries, tags.apply(n.name())));
            }
            if (net.nacls().isEmpty()) continue;   // a VPC without NACLs of its own: its default NACL is nothing the model says
            List<String> rest = net.subnets().stream().map(Subnet::name).filter(s -> !named.contains(s)).map(subnetId).toList();
            List<Inventory.AclEntry> allowAll = new ArrayList<>();
            for (boolean egress : new boolean[] {false, true}) {
                allowAll.add(new Inventory.AclEntry(100, egress, "-1", "allow", "0.0.0.0/0", -1, -1));
                allowAll.add(new Inventory.AclEntry(IMPLICIT_DENY, egress, "-1", "deny", "0.0.0.0/0", -1, -1));
            }
            out.add(new Inventory.NetworkAcl(aclId.apply(net.name() + "-default"), vpc, true, rest, allowAll, Map.of()));
        }
        return out;
    }
}
