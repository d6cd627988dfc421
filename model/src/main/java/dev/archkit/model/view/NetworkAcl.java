package dev.archkit.model.view;

import dev.archkit.model.Element;
import dev.archkit.model.Property;
import dev.archkit.model.Value;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A network ACL of a network: the subnets it guards and its stateless rules. A subnet no NACL names
 * keeps its VPC's default NACL, which allows every packet in and out.
 */
public record NetworkAcl(Element element) implements View {

    public NetworkAcl {
        Network.requireKind(Kind.NACL, element);
    }

    /** The subnets the NACL guards. */
    public Refs subnets() { return Fields.refs(element, "subnets"); }

    /** The network the NACL is declared in. */
    public String network() { return element.parent(); }

    /** The ingress rules, by rule number (the order they are judged in). */
    public List<NaclRule> ingress() { return rules(SecurityGroup.Direction.INGRESS); }

    /** The egress rules, by rule number. */
    public List<NaclRule> egress() { return rules(SecurityGroup.Direction.EGRESS); }

    /** The rules of one direction, by rule number; rules a failed model left incomplete are skipped. */
    public List<NaclRule> rules(SecurityGroup.Direction d) {
        boolean in = d == SecurityGroup.Direction.INGRESS;
        List<NaclRule> out = new ArrayList<>();
        for (Property p : element.all(in ? "ingress" : "egress")) {
            Long number = Fields.integer(p, "number");
            NaclRule.Action action = Fields.word(p, "action", NaclRule.Action.class);
            SecurityGroup.IpProtocol proto = Fields.word(p, "protocol", SecurityGroup.IpProtocol.class);
            Value.Cidr cidr = Fields.field(p, in ? "from" : "to", Value.Cidr.class).orElse(null);
            if (number == null || action == null || proto == null || cidr == null) continue;
            boolean declared = p.field("ports") instanceof Value.Ports;
            Value.Ports ports = declared ? (Value.Ports) p.field("ports") : NaclRule.ALL_PORTS;
            out.add(new NaclRule(d, (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, number)), action, proto, ports, declared, cidr, p.location()));
        }
        out.sort(Comparator.comparingInt(NaclRule::number));
        return out;
    }
}
