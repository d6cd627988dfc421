package dev.archkit.rules.leastprivilege;

import dev.archkit.model.view.SecurityGroup;

import java.util.ArrayList;
import java.util.List;

/** Security group peers as the .arch file writes them, for the messages of the least-privilege rules. */
final class Peers {
    private Peers() { }

    /** A peer as written: a CIDR, a group's name, or {@code self}. */
    static String text(SecurityGroup.Peer p) {
        if (p instanceof SecurityGroup.CidrPeer c) return c.cidr().text();
        if (p instanceof SecurityGroup.GroupPeer g) return g.group();
        return "self";
    }

    /** A rule's peers as written, in order: {@code alb-sg, 10.0.0.0/16}. */
    static String text(List<SecurityGroup.Peer> peers) {
        List<String> out = new ArrayList<>();
        for (SecurityGroup.Peer p : peers) out.add(text(p));
        return String.join(", ", out);
    }

    /** The protocol word of a rule as written. */
    static String protocol(SecurityGroup.Rule r) {
        return r.protocol() == null ? "" : r.protocol().id();
    }
}
