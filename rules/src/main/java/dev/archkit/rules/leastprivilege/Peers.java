package dev.archkit.rules.leastprivilege;

import dev.archkit.model.Architecture;
import dev.archkit.model.Element;
import dev.archkit.model.Value;
import dev.archkit.model.view.Kind;
import dev.archkit.model.view.PrefixList;
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
        if (p instanceof SecurityGroup.PrefixListPeer pl) return pl.text();
        return "self";
    }

    /**
     * The ranges a peer stands for: a CIDR's own, a declared prefix list's entries; none for a
     * group, {@code self}, an AWS-managed list (the service's public ranges, no element of the
     * model) or a list the model does not declare.
     */
    static List<Value.Cidr> ranges(Architecture arch, SecurityGroup.Peer p) {
        if (p instanceof SecurityGroup.CidrPeer c) return List.of(c.cidr());
        if (p instanceof SecurityGroup.PrefixListPeer pl && !pl.awsManaged()) {
            Element e = arch.element(dev.archkit.model.view.Kind.PREFIXLIST.id(), pl.list());
            if (Kind.PREFIXLIST.is(e)) return new PrefixList(e).entries();
        }
        return List.of();
    }

    /** The first range of a peer that admits everyone ({@code /0}), else null. */
    static Value.Cidr anywhere(Architecture arch, SecurityGroup.Peer p) {
        if (p instanceof SecurityGroup.GroupPeer || p instanceof SecurityGroup.SelfPeer) return null;
        for (Value.Cidr c : ranges(arch, p)) if (c.prefix() == 0) return c;
        return null;
    }

    /** A peer's range that admits everyone, as written: {@code 0.0.0.0/0}, or {@code prefix-list office (0.0.0.0/0)}. */
    static String anywhereText(SecurityGroup.Peer p, Value.Cidr c) {
        return p instanceof SecurityGroup.PrefixListPeer pl ? pl.text() + " (" + c.text() + ")" : c.text();
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
