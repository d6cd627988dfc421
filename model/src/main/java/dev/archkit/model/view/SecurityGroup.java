package dev.archkit.model.view;

import dev.archkit.model.Element;
import dev.archkit.model.Location;
import dev.archkit.model.Property;
import dev.archkit.model.Value;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A security group and its rules. */
public record SecurityGroup(Element element) implements View {

    public SecurityGroup {
        Network.requireKind(Kind.SECURITYGROUP, element);
    }

    public enum Direction { INGRESS, EGRESS }

    public enum IpProtocol implements Word {
        TCP("tcp"), UDP("udp"), ICMP("icmp"), ALL("all");
        private final String id;
        IpProtocol(String id) { this.id = id; }
        public String id() { return id; }
    }

    /** Where traffic comes from (ingress) or goes to (egress). */
    public sealed interface Peer {
        Location at();
    }

    /** Another security group, by name. */
    public record GroupPeer(String group, Location at) implements Peer { }

    /** An address range. */
    public record CidrPeer(Value.Cidr cidr, Location at) implements Peer { }

    /**
     * A managed prefix list ({@code prefix-list NAME}): a declared customer list, which stands for
     * the union of its entries, or one of the region's AWS-managed lists ({@code aws:s3},
     * {@code aws:dynamodb}), which hold the service's public ranges and admit no element of the model.
     */
    public record PrefixListPeer(String list, Location at) implements Peer {
        /** Whether the list is one of the region's AWS-managed lists. */
        public boolean awsManaged() { return list.startsWith(Value.PrefixList.AWS_PREFIX); }
        /** The AWS service of an AWS-managed list ({@code s3}, {@code dynamodb}), else empty. */
        public Optional<String> awsService() {
            return awsManaged() ? Optional.of(list.substring(Value.PrefixList.AWS_PREFIX.length())) : Optional.empty();
        }
        /** The peer as the .arch file writes it. */
        public String text() { return "prefix-list " + list; }
    }

    /** The group itself ({@code self}). */
    public record SelfPeer(Location at) implements Peer { }

    /**
     * One rule: direction, protocol, ports (all ports when the rule names none, then
     * {@code portsDeclared} is false) and its peers.
     */
    public record Rule(Direction direction, IpProtocol protocol, Value.Ports ports, List<Peer> peers,
                       Optional<String> description, Location at, boolean portsDeclared) {
        public Rule {
            peers = List.copyOf(peers);
        }

        /** True when the rule's protocol carries TCP or UDP traffic to this port. */
        public boolean admitsPort(int port) { return ports.contains(port); }
    }

    /** The VPC of the group, when written (default: the only network). */
    public Optional<String> network() { return Fields.ref(element, "network"); }

    public List<Rule> ingress() { return rules(Direction.INGRESS); }

    public List<Rule> egress() { return rules(Direction.EGRESS); }

    private List<Rule> rules(Direction d) {
        String key = d == Direction.INGRESS ? "ingress" : "egress";
        String peerField = d == Direction.INGRESS ? "from" : "to";
        List<Rule> out = new ArrayList<>();
        for (Property p : element.all(key)) {
            IpProtocol proto = Fields.word(p, "protocol", IpProtocol.class);
            boolean declared = p.field("ports") instanceof Value.Ports;
            Value.Ports ports = declared ? (Value.Ports) p.field("ports") : new Value.Ports(0, 65535, p.location());
            Value v = p.field(peerField);
            List<Value> items = v instanceof Value.ListValue l ? l.items() : v == null ? List.of() : List.of(v);
            Peer[] peers = new Peer[items.size()];   // one array, wrapped once: every group of a large model is read
            for (int i = 0; i < peers.length; i++) peers[i] = peer(items.get(i));
            out.add(new Rule(d, proto, ports, List.of(peers), Fields.fieldText(p, "description"), p.location(), declared));
        }
        return out;
    }

    /** What {@link #forEachIngress} hands over for each peer of each ingress rule. */
    @FunctionalInterface
    public interface IngressVisitor {
        void visit(IpProtocol protocol, Value.Ports ports, Peer peer, Location at);
    }

    /**
     * Every peer of every ingress rule, in the order written, without building a {@link Rule}
     * each: the graphs read every group of a large model. Rules without a protocol or a peer (only
     * in a model that failed its checks) are skipped.
     */
    public void forEachIngress(IngressVisitor visitor) {
        for (Property p : element.all("ingress")) {
            IpProtocol proto = Fields.word(p, "protocol", IpProtocol.class);
            Value v = p.field("from");
            if (proto == null || v == null) continue;
            Value.Ports ports = p.field("ports") instanceof Value.Ports pr ? pr : ALL_PORTS;
            if (v instanceof Value.ListValue l) {
                for (Value s : l.items()) visitor.visit(proto, ports, peer(s), p.location());
            } else {
                visitor.visit(proto, ports, peer(v), p.location());
            }
        }
    }

    private static final Value.Ports ALL_PORTS = new Value.Ports(0, 65535, Location.UNKNOWN);

    private static Peer peer(Value s) {
        if (s instanceof Value.Cidr c) return new CidrPeer(c, c.at());
        if (s instanceof Value.PrefixList pl) return new PrefixListPeer(pl.name(), pl.at());
        if (s.text().equals("self") && !(s instanceof Value.Ref)) return new SelfPeer(s.at());
        return new GroupPeer(s.text(), s.at());
    }
}
