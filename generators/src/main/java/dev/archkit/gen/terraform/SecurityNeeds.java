package dev.archkit.gen.terraform;

import dev.archkit.model.Element;

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
    sealed interface Peer extends Comparable<Peer> permits Group, Cidr {
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

    /** The ports one group needs to or from one peer, and the calls ("a to b") that need them. */
    record Traffic(SortedSet<Integer> ports, SortedSet<String> reasons) {
        Traffic() { this(new TreeSet<>(), new TreeSet<>()); }
    }

    private final Map<String, SortedMap<Peer, Traffic>> ingress = new TreeMap<>(), egress = new TreeMap<>();
    private final Map<String, SortedSet<String>> https = new TreeMap<>();   // group -> why it calls out on 443

    /** Derives the needs; a call to a group whose port is unknown is noted as not generated. */
    static SecurityNeeds of(TerraformInputs in, Notes notes) {
        SecurityNeeds n = new SecurityNeeds();
        for (TerraformInputs.Call c : in.calls()) {
            if (c.ports().isEmpty()) {
                if (!c.toGroups().isEmpty()) {
                    notes.notGenerated("a security group rule for " + c.from() + " -> " + c.to() + ": its port is unknown (write 'port N' on the dependency)");
                }
                continue;
            }
            String why = c.from() + " to " + c.to();
            for (String t : c.toGroups()) {
                for (String s : c.fromGroups()) {
                    n.add(n.ingress, t, new Group(s), c, why);
                    n.add(n.egress, s, new Group(t), c, why);
                }
                for (String cidr : c.sourceCidrs()) n.add(n.ingress, t, new Cidr(cidr), c, why);
            }
            if (c.toGroups().isEmpty()) for (String s : c.fromGroups()) n.https.computeIfAbsent(s, k -> new TreeSet<>()).add(why);
        }
        // tasks pull images, write logs and read secrets over HTTPS
        for (Element s : in.architecture().elementsOfKind("service")) {
            for (String g : s.refs("securitygroups")) {
                n.https.computeIfAbsent(g, k -> new TreeSet<>()).add("image pulls, logs and secrets of " + s.name());
            }
        }
        return n;
    }

    private void add(Map<String, SortedMap<Peer, Traffic>> side, String group, Peer peer, TerraformInputs.Call c, String why) {
        Traffic t = side.computeIfAbsent(group, k -> new TreeMap<>()).computeIfAbsent(peer, k -> new Traffic());
        t.ports().addAll(c.ports());
        t.reasons().add(why);
    }

    /** What may reach the group, by source. */
    SortedMap<Peer, Traffic> ingressOf(String group) { return ingress.getOrDefault(group, new TreeMap<>()); }

    /** What the group's members reach, by destination group. */
    SortedMap<Peer, Traffic> egressOf(String group) { return egress.getOrDefault(group, new TreeMap<>()); }

    /** Why the group's members need HTTPS to anywhere; empty when they do not. */
    SortedSet<String> httpsOf(String group) { return https.getOrDefault(group, new TreeSet<>()); }
}
