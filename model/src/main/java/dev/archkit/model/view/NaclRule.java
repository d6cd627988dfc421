package dev.archkit.model.view;

import dev.archkit.model.Location;
import dev.archkit.model.Value;

/**
 * One rule of a network ACL: its direction, its number (rules are judged from the lowest number
 * up, and the first that matches decides), allow or deny, the protocol, the ports (every port for
 * {@code all} and {@code icmp}, and when written {@code all}; then {@code portsDeclared} tells
 * whether the range was written) and the address range it matches: the source of ingress
 * traffic, the destination of egress traffic.
 */
public record NaclRule(SecurityGroup.Direction direction, int number, Action action, SecurityGroup.IpProtocol protocol,
                       Value.Ports ports, boolean portsDeclared, Value.Cidr cidr, Location at) {

    /** The lowest and highest rule numbers AWS accepts (32767 is the implicit deny, written {@code *}). */
    public static final int MIN_NUMBER = 1, MAX_NUMBER = 32766;

    /** The ports every rule without its own range covers. */
    public static final Value.Ports ALL_PORTS = new Value.Ports(0, 65535, Location.UNKNOWN);

    public enum Action implements Word {
        ALLOW("allow"), DENY("deny");
        private final String id;
        Action(String id) { this.id = id; }
        public String id() { return id; }
    }

    public boolean allows() { return action == Action.ALLOW; }

    /** Whether the rule's protocol matches a packet of this protocol ({@code all} matches every one). */
    public boolean matchesProtocol(SecurityGroup.IpProtocol packet) {
        return protocol == SecurityGroup.IpProtocol.ALL || protocol == packet;
    }

    /** The ports the rule matches: its range for tcp and udp, every port otherwise. */
    public Value.Ports effectivePorts() {
        return protocol == SecurityGroup.IpProtocol.TCP || protocol == SecurityGroup.IpProtocol.UDP ? ports : ALL_PORTS;
    }

    /** As the language writes it, e.g. {@code ingress 100 allow tcp 443 from 10.0.0.0/16}. */
    public String text() {
        boolean in = direction == SecurityGroup.Direction.INGRESS;
        return (in ? "ingress " : "egress ") + number + " " + action.id() + " " + protocol.id()
                + (portsDeclared ? " " + ports.text() : "") + (in ? " from " : " to ") + cidr.text();
    }
}
