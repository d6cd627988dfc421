package dev.archkit.lang;

import dev.archkit.model.Architecture;
import dev.archkit.model.Element;
import dev.archkit.model.Location;
import dev.archkit.model.Property;
import dev.archkit.model.Value;
import dev.archkit.model.diag.Diagnostic;
import dev.archkit.model.diag.Diagnostics;
import dev.archkit.model.view.Kind;
import dev.archkit.model.view.NaclRule;
import dev.archkit.model.view.Network;
import dev.archkit.model.view.NetworkAcl;
import dev.archkit.model.view.SecurityGroup;
import dev.archkit.model.view.Subnet;
import dev.archkit.model.view.Word;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The checks of network ACLs, located where they are written: rule numbers within 1..32766 and
 * unique per direction, rule shapes (ports only for tcp and udp, which need them), subnets of the
 * NACL's own network, and each subnet in at most one NACL of its network.
 */
final class NaclChecks {
    private NaclChecks() { }

    /** One NACL on its own: its subnets and its rules. */
    static void nacl(Diagnostics diags, Architecture a, NetworkAcl nacl) {
        Element e = nacl.element();
        for (String s : nacl.subnets().names()) {
            Element sub = a.element(Kind.SUBNET.id(), s);
            if (Kind.SUBNET.is(sub) && !nacl.network().equals(new Subnet(sub).network())) {
                diags.add(Diagnostic.error("nacl", nacl.subnets().at(), "nacl '" + nacl.name() + "' of network '" + nacl.network()
                        + "' names subnet '" + s + "' of network '" + new Subnet(sub).network() + "'")
                        .withRelated(sub.location(), "declared here")
                        .withHint("a network ACL guards subnets of its own VPC; declare a NACL in '" + new Subnet(sub).network() + "' for it"));
            }
        }
        if (!nacl.subnets().isDeclared()) {
            diags.warning("nacl", e.location(), "nacl '" + nacl.name() + "' guards no subnets, so none of its rules applies",
                    "add 'subnets ...'; subnets no NACL names keep the VPC's default NACL, which allows all traffic");
        }
        for (SecurityGroup.Direction d : SecurityGroup.Direction.values()) rules(diags, nacl, d);
    }

    private static void rules(Diagnostics diags, NetworkAcl nacl, SecurityGroup.Direction d) {
        String key = d == SecurityGroup.Direction.INGRESS ? "ingress" : "egress";
        String peer = d == SecurityGroup.Direction.INGRESS ? "from" : "to";
        Map<Long, Location> seen = new HashMap<>();
        for (Property p : nacl.element().all(key)) {   // values with their locations, for the diagnostics
            Value number = p.field("number");
            if (number instanceof Value.IntValue n) {
                if (n.value() < NaclRule.MIN_NUMBER || n.value() > NaclRule.MAX_NUMBER) {
                    diags.error("nacl", n.at(), "rule number " + n.value() + " is out of range",
                            "NACL rule numbers run from " + NaclRule.MIN_NUMBER + " to " + NaclRule.MAX_NUMBER
                                    + "; number in steps (100, 200, ...) to leave room for rules between them");
                } else {
                    Location first = seen.putIfAbsent(n.value(), n.at());
                    if (first != null) {
                        diags.add(Diagnostic.error("nacl", n.at(), "nacl '" + nacl.name() + "' has two " + key + " rules numbered " + n.value())
                                .withRelated(first, "the first " + key + " rule " + n.value() + " is here")
                                .withHint("rule numbers order the rules and must be unique per direction: give one another number"));
                    }
                }
            }
            Value proto = p.field("protocol");
            if (proto == null) continue;
            Value ports = p.field("ports");
            SecurityGroup.IpProtocol protocol = Word.parse(SecurityGroup.IpProtocol.class, proto.text());
            if (protocol == SecurityGroup.IpProtocol.ALL && ports != null && !(ports instanceof Value.Ports pr && pr.count() == 65536)) {
                diags.error("nacl", ports.at(), "protocol 'all' covers every port; leave the port out",
                        "write: " + key + " " + text(number) + " " + text(p.field("action")) + " all " + peer + " ...");
            }
            if ((protocol == SecurityGroup.IpProtocol.TCP || protocol == SecurityGroup.IpProtocol.UDP) && ports == null) {
                diags.error("nacl", proto.at(), key + " " + proto.text() + " needs a port or a range",
                        "e.g. " + key + " " + text(number) + " " + text(p.field("action")) + " " + proto.text() + " 443 " + peer
                                + " 10.0.0.0/16, or 'all' for every port");
            }
            if (protocol == SecurityGroup.IpProtocol.ICMP && ports != null) {
                diags.error("nacl", ports.at(), "ICMP has no ports", "write: " + key + " " + text(number) + " "
                        + text(p.field("action")) + " icmp " + peer + " ...");
            }
        }
    }

    private static String text(Value v) { return v == null ? "?" : v.text(); }

    /** Across the NACLs of one network: each subnet is guarded by at most one of them. */
    static void subnetsOnce(Diagnostics diags, Architecture a, Network net) {
        Map<String, NetworkAcl> owner = new LinkedHashMap<>();
        for (NetworkAcl nacl : net.nacls()) {
            for (String s : nacl.subnets().names()) {
                NetworkAcl first = owner.putIfAbsent(s, nacl);
                if (first != null && first != nacl && !first.name().equals(nacl.name())) {
                    diags.add(Diagnostic.error("nacl", nacl.subnets().at(), "subnet '" + s + "' is in two network ACLs, '"
                                    + first.name() + "' and '" + nacl.name() + "'")
                            .withRelated(first.subnets().at(), "'" + first.name() + "' names it here")
                            .withHint("a subnet is associated with exactly one network ACL: remove it from one of them"));
                }
            }
        }
    }
}
