package dev.archkit.live.drift;

import dev.archkit.facts.graph.ArchGraph;
import dev.archkit.model.Location;
import dev.archkit.model.Value;
import dev.archkit.model.view.Kind;
import dev.archkit.model.view.SecurityGroup;
import dev.archkit.model.view.Typed;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Security groups: found, no live rule wider than the declared ones, and every declared call the
 * model admits still admitted live (on the ports the facts layer gives the call; by a rule naming
 * the caller's group, or a CIDR containing every subnet the caller is placed in). Rules that could
 * not be read are unknown; a rule naming a group that could not be identified (the groups could
 * not all be read) is unknown, not undeclared.
 */
final class SecurityGroupDrift {
    private SecurityGroupDrift() { }

    static void compare(Comparison c) {
        Map<String, Inventory.SecurityGroup> live = new LinkedHashMap<>();
        Map<String, SecurityGroup> groups = new LinkedHashMap<>();
        for (SecurityGroup sg : Typed.securityGroups(c.a)) {
            groups.put(sg.name(), sg);
            for (Inventory.SecurityGroup g : c.inv.securityGroups()) {
                if (c.is(Kind.SECURITYGROUP, sg.name(), g.name(), g.id(), g.tags(), 0)) {
                    live.put(sg.name(), g);
                    c.sgIds.put(sg.name(), g.id());
                    c.sgNames.put(g.id(), sg.name());
                    c.matched.add(g);
                    break;
                }
            }
            if (!live.containsKey(sg.name())) c.missing(sg, "ec2.DescribeSecurityGroups");
        }
        for (Map.Entry<String, Inventory.SecurityGroup> en : live.entrySet()) {
            SecurityGroup sg = groups.get(en.getKey());
            if (en.getValue().rules() == null) {
                c.unknown(sg, "rules", sg.location(), c.reasonFor("ec2.DescribeSecurityGroupRules"));
                continue;
            }
            for (Inventory.SgRule r : en.getValue().rules()) {
                if (r.peerGroup() != null && c.groupName(r.peerGroup()) == null) {
                    c.unknown(sg, (r.egress() ? "egress" : "ingress") + " rule with " + r.peerGroup(), sg.location(),
                            "the group it names is not known: " + c.reasonFor("ec2.DescribeSecurityGroups"));
                    continue;
                }
                if (!declared(c, sg, r)) {
                    c.items.add(new DriftItem(DriftItem.Change.CHANGED, Kind.SECURITYGROUP.id(), sg.name(), r.egress() ? "egress" : "ingress",
                            "no such rule", ruleText(c, r), sg.location(), "live admits traffic the model does not declare"));
                }
            }
        }
        // every rule naming a prefix list must have a live rule naming one, of its direction, protocol and ports
        for (Map.Entry<String, Inventory.SecurityGroup> en : live.entrySet()) {
            SecurityGroup sg = groups.get(en.getKey());
            if (en.getValue().rules() == null) continue;   // unknown: said above
            for (SecurityGroup.Rule rule : sg.ingress()) prefixListRule(c, sg, rule, en.getValue());
            for (SecurityGroup.Rule rule : sg.egress()) prefixListRule(c, sg, rule, en.getValue());
        }
        // every declared dependency must still be admitted live
        ArchGraph g = c.facts.graph();
        for (ArchGraph.DepEdge e : g.dependencies().edgeSet()) {
            for (String t : g.groupsOf(e.to())) {
                Inventory.SecurityGroup lt = live.get(t);
                if (lt == null || lt.rules() == null) continue;   // missing or unknown: reported above
                for (String s : g.groupsOf(e.from())) {
                    String sid = c.sgIds.get(s);
                    if (sid == null) continue;
                    for (int p : c.facts.call(e).ports()) {
                        // drift only where the model admits the call and the live group does not
                        if (g.admits(t, s, p) && !admits(lt, sid, p) && !admitsSubnets(c, lt, e.from(), p)) {
                            Location at = e.dependency() != null ? e.dependency().location() : e.location();
                            c.items.add(new DriftItem(DriftItem.Change.CHANGED, Kind.SECURITYGROUP.id(), t, "ingress",
                                    "tcp " + p + " from " + s, "not admitted", at == null || !at.isKnown() ? groups.get(t).location() : at,
                                    e.from() + " -> " + e.to() + " is declared but blocked live"));
                        }
                    }
                }
            }
        }
    }

    /** Whether one of the model's rules admits a live rule (same direction, protocol, a range that covers it, the same peer). */
    static boolean declared(Comparison c, SecurityGroup sg, Inventory.SgRule r) {
        for (SecurityGroup.Rule rule : r.egress() ? sg.egress() : sg.ingress()) {
            boolean all = rule.protocol() == SecurityGroup.IpProtocol.ALL;
            if (!all && !rule.protocol().id().equals(r.protocol())) continue;
            if (!r.protocol().equals("-1") && (r.from() < rule.ports().from() || r.to() > rule.ports().to())) continue;
            if (r.protocol().equals("-1") && !all) continue;
            for (SecurityGroup.Peer peer : rule.peers()) {
                if (peer instanceof SecurityGroup.CidrPeer cp && r.cidr() != null && covers(cp.cidr(), r.cidr())) return true;
                // drift does not read managed prefix lists: a live list rule is the model's when a list rule of the model covers its shape
                if (peer instanceof SecurityGroup.PrefixListPeer && r.prefixList() != null) return true;
                String group = peer instanceof SecurityGroup.GroupPeer gp ? gp.group() : peer instanceof SecurityGroup.SelfPeer ? sg.name() : null;
                if (group != null && r.peerGroup() != null && r.peerGroup().equals(c.sgIds.get(group))) return true;
            }
        }
        return false;
    }

    /**
     * A model rule naming prefix lists, against the live rules naming one: the same direction and
     * protocol, and the rule's ports (which list a live rule names is not read: see {@link Drift#notChecked}).
     */
    private static void prefixListRule(Comparison c, SecurityGroup sg, SecurityGroup.Rule rule, Inventory.SecurityGroup live) {
        boolean egress = rule.direction() == SecurityGroup.Direction.EGRESS;
        boolean all = rule.protocol() == SecurityGroup.IpProtocol.ALL;
        for (SecurityGroup.Peer peer : rule.peers()) {
            if (!(peer instanceof SecurityGroup.PrefixListPeer pl)) continue;
            boolean found = false;
            for (Inventory.SgRule r : live.rules()) {
                if (r.egress() != egress || r.prefixList() == null) continue;
                if (all ? r.protocol().equals("-1")
                        : r.protocol().equals(rule.protocol().id()) && r.from() == rule.ports().from() && r.to() == rule.ports().to()) { found = true; break; }
            }
            if (found) continue;
            String ports = all ? "all" : rule.protocol().id() + (rule.protocol() == SecurityGroup.IpProtocol.ICMP ? "" : " " + rule.ports().text());
            c.items.add(new DriftItem(DriftItem.Change.CHANGED, Kind.SECURITYGROUP.id(), sg.name(), egress ? "egress" : "ingress",
                    ports + (egress ? " to " : " from ") + pl.text(), "no rule naming a prefix list", pl.at(),
                    "the model's rule is not live"));
        }
    }

    static boolean covers(Value.Cidr c, String cidr) {
        if (c.text().equals(cidr)) return true;
        if (c.prefix() == 0) return cidr.contains(":") == c.ipv6();
        try {
            String[] p = cidr.split("/");
            java.math.BigInteger addr = new java.math.BigInteger(1, java.net.InetAddress.getByName(p[0]).getAddress());
            int prefix = Integer.parseInt(p[1]);
            int bits = c.bits();
            if (prefix < c.prefix()) return false;
            return addr.shiftRight(bits - c.prefix()).equals(c.network().shiftRight(bits - c.prefix()));
        } catch (Exception e) {
            return false;
        }
    }

    static boolean admits(Inventory.SecurityGroup g, String sourceId, int port) {
        for (Inventory.SgRule r : g.rules()) {
            if (r.egress()) continue;
            boolean proto = r.protocol().equals("-1") || (r.protocol().equals("tcp") && port >= r.from() && port <= r.to());
            if (!proto) continue;
            if (sourceId.equals(r.peerGroup()) || "0.0.0.0/0".equals(r.cidr())) return true;
        }
        return false;
    }

    /** Whether a live CIDR rule admits every subnet the caller is placed in (a rule for the VPC's CIDR, say). */
    static boolean admitsSubnets(Comparison c, Inventory.SecurityGroup g, String caller, int port) {
        var e = c.a.element(caller);
        if (e == null) return false;
        List<Value.Cidr> cidrs = new ArrayList<>();
        for (String s : Typed.subnets(e).names()) {
            var sub = c.a.element(Kind.SUBNET.id(), s);
            if (sub == null) return false;
            var cidr = new dev.archkit.model.view.Subnet(sub).cidr();
            if (cidr.isEmpty()) return false;
            cidrs.add(cidr.get());
        }
        if (cidrs.isEmpty()) return false;
        for (Inventory.SgRule r : g.rules()) {
            if (r.egress() || r.cidr() == null) continue;
            boolean proto = r.protocol().equals("-1") || (r.protocol().equals("tcp") && port >= r.from() && port <= r.to());
            if (proto && cidrs.stream().allMatch(x -> contains(r.cidr(), x))) return true;
        }
        return false;
    }

    /** Whether a live CIDR ("10.0.0.0/16") contains a model CIDR. */
    static boolean contains(String outer, Value.Cidr inner) {
        try {
            String[] p = outer.split("/");
            byte[] bytes = java.net.InetAddress.getByName(p[0]).getAddress();
            int prefix = Integer.parseInt(p[1]);
            if ((bytes.length == 16) != inner.ipv6() || prefix > inner.prefix()) return false;
            int bits = inner.bits();
            java.math.BigInteger net = new java.math.BigInteger(1, bytes);
            return net.shiftRight(bits - prefix).equals(inner.network().shiftRight(bits - prefix));
        } catch (Exception ex) {
            return false;
        }
    }

    static String ruleText(Comparison c, Inventory.SgRule r) {
        String peer = r.cidr() != null ? r.cidr() : r.prefixList() != null ? "prefix list " + r.prefixList()
                : c.sgNames.getOrDefault(r.peerGroup(), r.peerGroup());
        String ports = r.protocol().equals("-1") ? "all" : r.protocol() + " " + (r.from() == r.to() ? Integer.toString(r.from()) : r.from() + "-" + r.to());
        return ports + (r.egress() ? " to " : " from ") + peer;
    }
}
