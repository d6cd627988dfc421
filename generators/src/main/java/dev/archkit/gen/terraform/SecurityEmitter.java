package dev.archkit.gen.terraform;

import dev.archkit.facts.Facts;
import dev.archkit.facts.NodePorts;
import dev.archkit.facts.graph.Ports;
import dev.archkit.gen.terraform.SecurityNeeds.Cidr;
import dev.archkit.gen.terraform.SecurityNeeds.Group;
import dev.archkit.gen.terraform.SecurityNeeds.Peer;
import dev.archkit.gen.terraform.SecurityNeeds.Traffic;
import dev.archkit.model.Value;
import dev.archkit.model.view.Network;
import dev.archkit.model.view.SecurityGroup;
import dev.archkit.model.view.SecurityGroup.CidrPeer;
import dev.archkit.model.view.SecurityGroup.GroupPeer;
import dev.archkit.model.view.SecurityGroup.IpProtocol;
import dev.archkit.model.view.SecurityGroup.PrefixListPeer;
import dev.archkit.model.view.PrefixList;
import dev.archkit.model.view.SecurityGroup.Rule;
import dev.archkit.model.view.Typed;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeSet;

import static dev.archkit.gen.terraform.TfExpr.ref;
import static dev.archkit.gen.terraform.TfExpr.tags;

/**
 * security.tf: the security groups, with rules derived from the declared calls (least privilege)
 * rather than copied from the model; traffic from outside (CIDR sources) is kept as declared. Says
 * in the notes where the model's rules admit more than the calls need, and where a call needs
 * traffic the model's rules do not admit.
 */
final class SecurityEmitter implements Emitter {

    private enum Direction {
        INGRESS("ingress", "aws_vpc_security_group_ingress_rule", "from"),
        EGRESS("egress", "aws_vpc_security_group_egress_rule", "to");

        final String word, resource, preposition;

        Direction(String word, String resource, String preposition) {
            this.word = word;
            this.resource = resource;
            this.preposition = preposition;
        }

        List<Rule> declared(SecurityGroup sg) { return this == INGRESS ? sg.ingress() : sg.egress(); }
    }

    /** One rule to write; {@code what} ("from app-sg tcp 8080") names it. */
    private record SgRule(Direction direction, String group, String what, IpProtocol protocol, PortRange ports, Peer peer, String description) { }

    private final Facts facts;

    SecurityEmitter(Facts facts) { this.facts = facts; }

    @Override public TfFile file() { return TfFile.SECURITY; }

    @Override
    public void emit(Hcl.Doc d, Notes notes) {
        List<SecurityGroup> sgs = Typed.securityGroups(facts.architecture());
        if (sgs.isEmpty()) return;
        SecurityNeeds needs = SecurityNeeds.of(facts, notes);
        prefixLists(d, sgs);
        for (SecurityGroup sg : sgs) {
            group(d, sg);
            SortedMap<Peer, Traffic> ingress = needs.ingressOf(sg.name()), egress = needs.egressOf(sg.name());
            SortedSet<String> https = needs.httpsOf(sg.name());
            for (Rule r : sg.ingress()) declaredCidrs(d, sg, r);
            for (Direction dir : Direction.values()) for (Rule r : dir.declared(sg)) declaredPrefixLists(d, sg, dir, r);
            List<NodePorts.Need> nodePorts = NodePorts.of(facts.architecture(), facts.graph(), sg.name());
            if (!nodePorts.isEmpty()) orchestratorPorts(d, sg, nodePorts, ingress);
            for (Map.Entry<Peer, Traffic> src : ingress.entrySet()) {
                for (PortRange r : PortRange.of(src.getValue().ports())) {
                    write(d, new SgRule(Direction.INGRESS, sg.name(), "from " + src.getKey().text() + " tcp " + r.text(), IpProtocol.TCP, r, src.getKey(),
                            Labels.listing("from ", src.getValue().reasons())));
                }
            }
            for (Map.Entry<Peer, Traffic> dst : egress.entrySet()) {
                for (PortRange r : PortRange.of(dst.getValue().ports())) {
                    write(d, new SgRule(Direction.EGRESS, sg.name(), "to " + dst.getKey().text() + " tcp " + r.text(), IpProtocol.TCP, r, dst.getKey(),
                            Labels.listing("to ", dst.getValue().reasons())));
                }
            }
            if (!https.isEmpty()) {
                write(d, new SgRule(Direction.EGRESS, sg.name(), "to anywhere tcp 443", IpProtocol.TCP, new PortRange(443, 443), new Cidr("0.0.0.0/0"),
                        Labels.listing("HTTPS: ", https)));
            }
            wider(notes, sg, ingress, egress, !https.isEmpty(), nodePorts);
            added(notes, sg, ingress);
        }
    }

    private void group(Hcl.Doc d, SecurityGroup sg) {
        Network net = facts.network(sg.element()).orElse(null);
        d.open("resource", "aws_security_group", Labels.label(sg.name()));
        d.attr("name", facts.names().aws(sg.name()));
        d.attr("description", Labels.description(sg.description().orElse("archkit: " + sg.name())));
        if (net != null) d.attr("vpc_id", ref("aws_vpc", net.name(), "id"));
        d.attr("tags", tags(sg, facts.names().aws(sg.name())));
        d.close().blank();
    }

    /** Outside traffic (CIDR sources) is intent the calls cannot express: kept as declared. */
    private void declaredCidrs(Hcl.Doc d, SecurityGroup sg, Rule rule) {
        for (SecurityGroup.Peer peer : rule.peers()) {
            if (!(peer instanceof CidrPeer cp)) continue;
            Value.Cidr c = cp.cidr();
            PortRange ports = declaredPorts(rule);
            String desc = rule.description().orElse("from " + c.text());
            write(d, new SgRule(Direction.INGRESS, sg.name(), "from " + c.text() + " " + portText(rule.protocol(), ports), rule.protocol(), ports,
                    new Cidr(c.text(), c.ipv6()), desc));
        }
    }

    /**
     * The declared prefix lists ({@code aws_ec2_managed_prefix_list}, max_entries as written, else
     * the entry count) and the region's AWS-managed lists the groups name, looked up by their AWS
     * name ({@code com.amazonaws.REGION.s3}).
     */
    private void prefixLists(Hcl.Doc d, List<SecurityGroup> sgs) {
        for (PrefixList pl : Typed.prefixLists(facts.architecture())) {
            d.open("resource", "aws_ec2_managed_prefix_list", Labels.label(pl.name()));
            d.attr("name", facts.names().aws(pl.name()));
            d.attr("address_family", pl.ipv6() ? "IPv6" : "IPv4");
            d.attr("max_entries", pl.effectiveMaxEntries());
            for (Value.Cidr c : pl.entries()) {
                d.open("entry");
                d.attr("cidr", c.text());
                d.close();
            }
            d.attr("tags", tags(pl, facts.names().aws(pl.name())));
            d.close().blank();
        }
        TreeSet<String> aws = new TreeSet<>();
        for (SecurityGroup sg : sgs) {
            for (Direction dir : Direction.values()) {
                for (Rule r : dir.declared(sg)) {
                    for (SecurityGroup.Peer p : r.peers()) if (p instanceof PrefixListPeer pl && pl.awsManaged()) aws.add(pl.awsService().orElseThrow());
                }
            }
        }
        for (String service : aws) {
            d.open("data", "aws_ec2_managed_prefix_list", Labels.label("aws-" + service));
            d.attr("name", Hcl.interp("com.amazonaws.${var.region}." + service));
            d.close().blank();
        }
    }

    /** A rule naming a prefix list is intent the calls cannot express: kept as declared, in either direction. */
    private void declaredPrefixLists(Hcl.Doc d, SecurityGroup sg, Direction dir, Rule rule) {
        for (SecurityGroup.Peer peer : rule.peers()) {
            if (!(peer instanceof PrefixListPeer pl)) continue;
            PortRange ports = declaredPorts(rule);
            String what = dir.preposition + " " + pl.text() + " " + portText(rule.protocol(), ports);
            write(d, new SgRule(dir, sg.name(), what, rule.protocol(), ports, new SecurityNeeds.PrefixList(pl.list(), pl.awsManaged()),
                    rule.description().orElse(dir.preposition + " " + pl.text())));
        }
    }

    /**
     * The orchestrator's ports on a group its node groups carry (kubelet, CoreDNS, Swarm's) are
     * needed without a dependency: each declared ingress rule from a group keeps the ones it admits,
     * with their own protocol, unless a call needs the same tcp port from that group already.
     */
    private static void orchestratorPorts(Hcl.Doc d, SecurityGroup sg, List<NodePorts.Need> needs, SortedMap<Peer, Traffic> ingress) {
        java.util.Set<String> written = new java.util.HashSet<>();
        for (Rule r : sg.ingress()) {
            for (SecurityGroup.Peer peer : r.peers()) {
                if (peer instanceof CidrPeer || peer instanceof PrefixListPeer) continue;   // kept as declared already
                Group source = new Group(peer instanceof GroupPeer g ? g.group() : sg.name());
                Traffic calls = ingress.get(source);
                for (NodePorts.Need n : needs) {
                    NodePorts.Port port = n.port();
                    if (!port.within(r.protocol(), r.ports().from(), r.ports().to())) continue;
                    if (port.protocol() == IpProtocol.TCP && calls != null && calls.ports().contains(port.port())) continue;
                    String what = "from " + source.text() + " " + port.protocol().id() + " " + port.port();
                    if (!written.add(what)) continue;
                    write(d, new SgRule(Direction.INGRESS, sg.name(), what, port.protocol(), new PortRange(port.port(), port.port()), source, port.purpose()));
                }
            }
        }
    }

    private static void write(Hcl.Doc d, SgRule r) {
        String label = Labels.label(r.group() + "-" + r.what().replace(' ', '-').replace('/', '_').replace('.', '_').replace(':', '_'));
        d.open("resource", r.direction().resource, label);
        d.attr("security_group_id", ref("aws_security_group", r.group(), "id"));
        if (r.peer() instanceof Group g) d.attr("referenced_security_group_id", ref("aws_security_group", g.name(), "id"));
        else if (r.peer() instanceof SecurityNeeds.PrefixList pl) {
            d.attr("prefix_list_id", pl.awsManaged()
                    ? Hcl.raw("data.aws_ec2_managed_prefix_list." + Labels.label("aws-" + pl.name().substring(Value.PrefixList.AWS_PREFIX.length())) + ".id")
                    : ref("aws_ec2_managed_prefix_list", pl.name(), "id"));
        }
        else if (r.peer() instanceof Cidr c && c.ipv6()) d.attr("cidr_ipv6", c.text());
        else d.attr("cidr_ipv4", r.peer().text());
        boolean all = r.protocol() == IpProtocol.ALL;
        d.attr("ip_protocol", all ? "-1" : r.protocol().id());
        if (!all && r.protocol() != IpProtocol.ICMP) {
            d.attr("from_port", r.ports().from());
            d.attr("to_port", r.ports().to());
        }
        d.attr("description", Labels.description(r.description()));
        d.close().blank();
    }

    /** Says where the model's own rules admit more than the generated ones (which the calls need). */
    private static void wider(Notes notes, SecurityGroup sg, SortedMap<Peer, Traffic> ingress, SortedMap<Peer, Traffic> egress, boolean https,
                              List<NodePorts.Need> nodePorts) {
        for (Direction dir : Direction.values()) {
            SortedMap<Peer, Traffic> side = dir == Direction.INGRESS ? ingress : egress;
            for (Rule p : dir.declared(sg)) {
                IpProtocol proto = p.protocol();
                PortRange declared = declaredPorts(p);
                for (SecurityGroup.Peer v : p.peers()) {
                    if (v instanceof PrefixListPeer) continue;   // kept as declared, both ways
                    boolean cidr = v instanceof CidrPeer;
                    if (dir == Direction.INGRESS && cidr) continue;   // kept as declared
                    TreeSet<Integer> used = new TreeSet<>();
                    if (cidr) {
                        if (https) used.add(443);
                        for (Map.Entry<Peer, Traffic> en : side.entrySet()) if (en.getKey() instanceof Cidr) used.addAll(en.getValue().ports());
                    } else {
                        Traffic t = side.get(new Group(v instanceof GroupPeer g ? g.group() : sg.name()));
                        if (t != null) used.addAll(t.ports());
                        if (dir == Direction.INGRESS) {
                            for (NodePorts.Need n : nodePorts) if (n.port().within(proto, declared.from(), declared.to())) used.add(n.port().port());
                        }
                    }
                    used.removeIf(x -> x < declared.from() || x > declared.to());
                    long width = (long) declared.to() - declared.from() + 1;
                    if (used.size() == width && proto != IpProtocol.ALL && proto != IpProtocol.UDP) continue;
                    String rule = dir.word + " " + portText(proto, declared) + " " + dir.preposition + " " + peerText(v);
                    String generated;
                    if (cidr) {
                        generated = (used.isEmpty() ? "nothing to " + peerText(v) : "tcp " + Ports.ranges(used) + " to " + peerText(v))
                                + (egress.keySet().stream().anyMatch(k -> k instanceof Group) ? ", and rules to the groups of what its members call" : "");
                    } else {
                        generated = used.isEmpty() ? "nothing (no declared dependency needs it)" : "tcp " + Ports.ranges(used);
                    }
                    notes.narrowed("security group '" + sg.name() + "': '" + rule + "' (" + p.at() + ") is wider than the dependencies need; generated " + generated);
                }
            }
        }
    }

    /** A declared rule's peer as written: a CIDR, a group's name, or {@code self}. */
    private static String peerText(SecurityGroup.Peer p) {
        if (p instanceof CidrPeer c) return c.cidr().text();
        if (p instanceof PrefixListPeer pl) return pl.text();
        return p instanceof GroupPeer g ? g.group() : "self";
    }

    /** Says where a declared call needs traffic the model's own rules do not admit (a broken path the output repairs). */
    private void added(Notes notes, SecurityGroup sg, SortedMap<Peer, Traffic> ingress) {
        for (Map.Entry<Peer, Traffic> src : ingress.entrySet()) {
            if (!(src.getKey() instanceof Group source)) continue;
            TreeSet<Integer> missing = new TreeSet<>();
            for (int port : src.getValue().ports()) if (!facts.graph().admits(sg.name(), source.name(), port)) missing.add(port);
            if (missing.isEmpty()) continue;
            notes.narrowed("security group '" + sg.name() + "': added 'ingress tcp " + Ports.ranges(missing)
                    + " from " + source.name() + "' for " + String.join(", ", src.getValue().reasons())
                    + ", which the model's rules do not admit (see least-privilege/blocked-dependency)");
        }
    }

    /** The ports a declared rule names (all of them when it names none). */
    private static PortRange declaredPorts(Rule r) {
        return new PortRange(r.ports().from(), r.ports().to());
    }

    private static String portText(IpProtocol proto, PortRange ports) {
        return proto == IpProtocol.ALL ? "all" : proto.id() + " " + ports.text();
    }
}
