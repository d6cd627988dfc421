package dev.archkit.gen.terraform;

import dev.archkit.facts.graph.Ports;
import dev.archkit.gen.terraform.SecurityNeeds.Cidr;
import dev.archkit.gen.terraform.SecurityNeeds.Group;
import dev.archkit.gen.terraform.SecurityNeeds.Peer;
import dev.archkit.gen.terraform.SecurityNeeds.Traffic;
import dev.archkit.model.Element;
import dev.archkit.model.Property;
import dev.archkit.model.Value;

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
    }

    /** One rule to write; {@code what} ("from app-sg tcp 8080") names it. */
    private record SgRule(Direction direction, String group, String what, String protocol, PortRange ports, Peer peer, String description) { }

    private static final PortRange ALL_PORTS = new PortRange(0, 65535);

    private final TerraformInputs in;

    SecurityEmitter(TerraformInputs in) { this.in = in; }

    @Override public TfFile file() { return TfFile.SECURITY; }

    @Override
    public void emit(Hcl.Doc d, Notes notes) {
        List<Element> sgs = in.architecture().elementsOfKind("securitygroup");
        if (sgs.isEmpty()) return;
        SecurityNeeds needs = SecurityNeeds.of(in, notes);
        for (Element sg : sgs) {
            group(d, sg);
            SortedMap<Peer, Traffic> ingress = needs.ingressOf(sg.name()), egress = needs.egressOf(sg.name());
            SortedSet<String> https = needs.httpsOf(sg.name());
            for (Property p : sg.all("ingress")) declaredCidrs(d, sg, p);
            for (Map.Entry<Peer, Traffic> src : ingress.entrySet()) {
                for (PortRange r : PortRange.of(src.getValue().ports())) {
                    write(d, new SgRule(Direction.INGRESS, sg.name(), "from " + src.getKey().text() + " tcp " + r.text(), "tcp", r, src.getKey(),
                            "from " + String.join(", ", src.getValue().reasons())));
                }
            }
            for (Map.Entry<Peer, Traffic> dst : egress.entrySet()) {
                for (PortRange r : PortRange.of(dst.getValue().ports())) {
                    write(d, new SgRule(Direction.EGRESS, sg.name(), "to " + dst.getKey().text() + " tcp " + r.text(), "tcp", r, dst.getKey(),
                            "to " + String.join(", ", dst.getValue().reasons())));
                }
            }
            if (!https.isEmpty()) {
                write(d, new SgRule(Direction.EGRESS, sg.name(), "to anywhere tcp 443", "tcp", new PortRange(443, 443), new Cidr("0.0.0.0/0"),
                        "HTTPS: " + String.join(", ", https)));
            }
            wider(notes, sg, ingress, egress, !https.isEmpty());
            added(notes, sg, ingress);
        }
    }

    private void group(Hcl.Doc d, Element sg) {
        Element net = in.networkOf(sg);
        d.open("resource", "aws_security_group", Labels.label(sg.name()));
        d.attr("name", in.awsName(sg.name()));
        d.attr("description", Labels.description(sg.string("description") != null ? sg.string("description") : "archkit: " + sg.name()));
        if (net != null) d.attr("vpc_id", ref("aws_vpc", net.name(), "id"));
        d.attr("tags", tags(sg, in.awsName(sg.name())));
        d.close().blank();
    }

    /** Outside traffic (CIDR sources) is intent the calls cannot express: kept as declared. */
    private void declaredCidrs(Hcl.Doc d, Element sg, Property p) {
        if (!(p.field("from") instanceof Value.ListValue from)) return;
        for (Value v : from.items()) {
            if (!(v instanceof Value.Cidr c)) continue;
            String proto = p.field("protocol").text();
            PortRange ports = declaredPorts(p);
            String desc = p.field("description") != null ? p.field("description").text() : "from " + c.text();
            write(d, new SgRule(Direction.INGRESS, sg.name(), "from " + c.text() + " " + portText(proto, ports), proto, ports,
                    new Cidr(c.text(), c.ipv6()), desc));
        }
    }

    private static void write(Hcl.Doc d, SgRule r) {
        String label = Labels.label(r.group() + "-" + r.what().replace(' ', '-').replace('/', '_').replace('.', '_').replace(':', '_'));
        d.open("resource", r.direction().resource, label);
        d.attr("security_group_id", ref("aws_security_group", r.group(), "id"));
        if (r.peer() instanceof Group g) d.attr("referenced_security_group_id", ref("aws_security_group", g.name(), "id"));
        else if (r.peer() instanceof Cidr c && c.ipv6()) d.attr("cidr_ipv6", c.text());
        else d.attr("cidr_ipv4", r.peer().text());
        boolean all = r.protocol().equals("all");
        d.attr("ip_protocol", all ? "-1" : r.protocol());
        if (!all && !r.protocol().equals("icmp")) {
            d.attr("from_port", r.ports().from());
            d.attr("to_port", r.ports().to());
        }
        d.attr("description", Labels.description(r.description()));
        d.close().blank();
    }

    /** Says where the model's own rules admit more than the generated ones (which the calls need). */
    private static void wider(Notes notes, Element sg, SortedMap<Peer, Traffic> ingress, SortedMap<Peer, Traffic> egress, boolean https) {
        for (Direction dir : Direction.values()) {
            SortedMap<Peer, Traffic> side = dir == Direction.INGRESS ? ingress : egress;
            for (Property p : sg.all(dir.word)) {
                if (!(p.field(dir.preposition) instanceof Value.ListValue l)) continue;
                String proto = p.field("protocol").text();
                PortRange declared = declaredPorts(p);
                for (Value v : l.items()) {
                    boolean cidr = v instanceof Value.Cidr;
                    if (dir == Direction.INGRESS && cidr) continue;   // kept as declared
                    TreeSet<Integer> used = new TreeSet<>();
                    if (cidr) {
                        if (https) used.add(443);
                        for (Map.Entry<Peer, Traffic> en : side.entrySet()) if (en.getKey() instanceof Cidr) used.addAll(en.getValue().ports());
                    } else {
                        Traffic t = side.get(new Group(v.text().equals("self") ? sg.name() : v.text()));
                        if (t != null) used.addAll(t.ports());
                    }
                    used.removeIf(x -> x < declared.from() || x > declared.to());
                    long width = (long) declared.to() - declared.from() + 1;
                    if (used.size() == width && !proto.equals("all") && !proto.equals("udp")) continue;
                    String rule = dir.word + " " + portText(proto, declared) + " " + dir.preposition + " " + v.text();
                    String generated;
                    if (cidr) {
                        generated = (used.isEmpty() ? "nothing to " + v.text() : "tcp " + Ports.ranges(used) + " to " + v.text())
                                + (egress.keySet().stream().anyMatch(k -> k instanceof Group) ? ", and rules to the groups of what its members call" : "");
                    } else {
                        generated = used.isEmpty() ? "nothing (no declared dependency needs it)" : "tcp " + Ports.ranges(used);
                    }
                    notes.narrowed("security group '" + sg.name() + "': '" + rule + "' (" + p.location() + ") is wider than the dependencies need; generated " + generated);
                }
            }
        }
    }

    /** Says where a declared call needs traffic the model's own rules do not admit (a broken path the output repairs). */
    private void added(Notes notes, Element sg, SortedMap<Peer, Traffic> ingress) {
        for (Map.Entry<Peer, Traffic> src : ingress.entrySet()) {
            if (!(src.getKey() instanceof Group source)) continue;
            TreeSet<Integer> missing = new TreeSet<>();
            for (int port : src.getValue().ports()) if (!in.admits(sg.name(), source.name(), port)) missing.add(port);
            if (missing.isEmpty()) continue;
            notes.narrowed("security group '" + sg.name() + "': added 'ingress tcp " + Ports.ranges(missing)
                    + " from " + source.name() + "' for " + String.join(", ", src.getValue().reasons())
                    + ", which the model's rules do not admit (see least-privilege/blocked-dependency)");
        }
    }

    private static PortRange declaredPorts(Property p) {
        return p.field("ports") instanceof Value.Ports pr ? new PortRange(pr.from(), pr.to()) : ALL_PORTS;
    }

    private static String portText(String proto, PortRange ports) {
        return proto.equals("all") ? "all" : proto + " " + ports.text();
    }
}
