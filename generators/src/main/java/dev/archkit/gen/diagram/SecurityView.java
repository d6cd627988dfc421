package dev.archkit.gen.diagram;

import dev.archkit.facts.CallFact;
import dev.archkit.facts.NodePorts;
import dev.archkit.facts.graph.ArchGraph;
import dev.archkit.facts.graph.Ports;
import dev.archkit.model.Element;
import dev.archkit.model.Value;
import dev.archkit.model.view.Kind;
import dev.archkit.model.view.PrefixList;
import dev.archkit.model.view.NaclRule;
import dev.archkit.model.view.NetworkAcl;
import dev.archkit.model.view.SecurityGroup;
import dev.archkit.model.view.Subnet;
import dev.archkit.model.view.Typed;
import dev.archkit.model.view.Word;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The security view: each security group with its members, and the traffic its ingress rules
 * admit (the flows of the security-group graph), in red where no declared dependency needs it and
 * in orange where a rule admits more ports than the dependencies use; and each network ACL, in a
 * box of the subnets it guards, with its rules in the order they are judged.
 */
final class SecurityView {
    private final Canvas c;
    private final ArchGraph graph;

    SecurityView(Canvas c) {
        this.c = c;
        this.graph = c.facts.graph();
    }

    /** Whether a group's members are all VPC endpoints (and it has some). */
    private boolean endpointsOnly(String group) {
        var members = graph.membersOf(group);
        return !members.isEmpty() && members.stream().allMatch(m -> dev.archkit.model.view.Kind.ENDPOINT.is(graph.elementOf(m)));
    }

    Diagram build() {
        List<SecurityGroup> groups = Typed.securityGroups(c.a);
        Map<String, String> naclBox = nacls();   // subnet -> the box of its NACL
        for (SecurityGroup sg : groups) {
            List<String> members = graph.membersOf(sg.name()).stream().filter(c::show).toList();
            if ((c.o.focus() != null || c.o.tag() != null) && members.isEmpty()) continue;
            String d = members.isEmpty() ? "no members" : members.size() <= 4 ? String.join(", ", members)
                    : String.join(", ", members.subList(0, 3)) + " and " + (members.size() - 3) + " more";
            List<String> egressAll = new ArrayList<>();
            for (SecurityGroup.Rule r : sg.egress()) {
                if (r.peers().stream().anyMatch(p -> p instanceof SecurityGroup.CidrPeer cp && cp.cidr().prefix() == 0)) {
                    egressAll.add("egress " + r.protocol().id() + (hasPorts(r.protocol()) ? " " + r.ports().text() : "") + " to anywhere");
                }
            }
            if (!egressAll.isEmpty()) d = d + " · " + String.join(", ", egressAll);
            // outlined for findings about the group's own rules, not its members' other findings
            c.nodes.add(new Diagram.Node(c.id(sg.name()), sg.name(), sg.name(), d, null, box(graph.membersOf(sg.name()), naclBox), c.mark(sg.element())));
        }
        Set<String> present = c.present();
        Map<String, String> cidrNodes = new TreeMap<>();
        Map<String, String> listNodes = new TreeMap<>();   // prefix list -> its node
        Set<String> listEdges = new java.util.HashSet<>();   // a declared list is an edge per entry: drawn once
        for (SecurityGroup sg : groups) {
            if (!present.contains(sg.name())) continue;
            for (ArchGraph.RuleEdge r : graph.securityGroups().incomingEdgesOf(sg.name())) {
                SecurityGroup.IpProtocol protocol = Word.parse(SecurityGroup.IpProtocol.class, r.protocol());
                String label = protocol == SecurityGroup.IpProtocol.ALL ? "all traffic" : r.protocol() + " " + Labels.ports(r.fromPort(), r.toPort());
                if (r.prefixList() != null) {
                    String nid = listNodes.computeIfAbsent(r.prefixList(), k -> c.id(ArchGraph.PREFIX_LIST_PREFIX + k));
                    if (listEdges.add(nid + '\n' + sg.name() + '\n' + label)) c.edges.add(new Diagram.Edge(nid, c.id(sg.name()), label, Diagram.EdgeStyle.FLOW));
                    continue;
                }
                if (r.source().startsWith(ArchGraph.CIDR_PREFIX)) {
                    String cidr = r.source().substring(ArchGraph.CIDR_PREFIX.length());
                    String nid = cidrNodes.computeIfAbsent(cidr, k -> c.id("cidr:" + k));
                    c.edges.add(new Diagram.Edge(nid, c.id(sg.name()), label, Diagram.EdgeStyle.FLOW));
                    continue;
                }
                if (!present.contains(r.source())) continue;
                Diagram.EdgeStyle style = Diagram.EdgeStyle.FLOW;
                // a group of VPC endpoints is reached through AWS APIs, not declared calls (as least-privilege/unneeded-ingress judges it)
                if (protocol != SecurityGroup.IpProtocol.ICMP && !endpointsOnly(sg.name())) {
                    Use use = use(sg.name(), r);
                    if (!use.unknown && use.ports.isEmpty()) {
                        style = Diagram.EdgeStyle.FLOW_UNNEEDED;
                        label += " (no dependency needs it)";
                    } else if (!use.unknown && r.toPort() - r.fromPort() + 1 > use.ports.size()) {
                        style = Diagram.EdgeStyle.FLOW_WIDE;
                        label += " (used: " + Ports.ranges(use.ports) + ")";
                    }
                }
                c.edges.add(new Diagram.Edge(c.id(r.source()), c.id(sg.name()), label, style));
            }
        }
        List<Diagram.Node> cidrs = new ArrayList<>();
        for (Map.Entry<String, String> e : cidrNodes.entrySet()) {
            boolean any = e.getKey().endsWith("/0");
            cidrs.add(new Diagram.Node(e.getValue(), null, any ? "anywhere " + e.getKey() : e.getKey(), "", any ? Icons.INTERNET : "General/Client", null, Diagram.Mark.NONE));
        }
        for (Map.Entry<String, String> e : listNodes.entrySet()) {
            Element pl = c.a.element(Kind.PREFIXLIST.id(), e.getKey());
            String entries = Kind.PREFIXLIST.is(pl) ? String.join(", ", new PrefixList(pl).entries().stream().map(Value.Cidr::text).toList()) : "AWS-managed";
            cidrs.add(new Diagram.Node(e.getValue(), null, "prefix list " + e.getKey(), entries, "General/Client", null, Diagram.Mark.NONE));
        }
        c.nodes.addAll(0, cidrs);
        boolean anyNacl = !naclBox.isEmpty();
        List<String> legend = new ArrayList<>(List.of("box: a security group and its members", "arrow: traffic a rule admits (source to group)",
                "red: admitted, but no declared dependency needs it", "orange: admits more ports than the dependencies use"));
        if (anyNacl) legend.add("subnet box: the network ACL that guards the subnets, its rules in order (stateless: answers need rules too), and the groups whose members all run there");
        return c.diagram("security", legend);
    }

    /** The ports of a rule's range that calls from the source group's members to the group's members use. */
    private record Use(TreeSet<Integer> ports, boolean unknown) { }

    private Use use(String group, ArchGraph.RuleEdge r) {
        TreeSet<Integer> used = new TreeSet<>();
        boolean unknown = false;
        List<String> members = new ArrayList<>(graph.membersOf(group));
        members.addAll(graph.possibleMembersOf(group));   // tasks whose node groups differ may sit behind it
        for (String member : members) {
            for (CallFact call : c.facts.callsTo(member)) {
                if (!graph.mayCarry(call.from(), r.source())) continue;
                if (call.ports().isEmpty()) unknown = true;
                for (int port : call.ports()) if (port >= r.fromPort() && port <= r.toPort()) used.add(port);
            }
        }
        // the orchestrator's ports on a group node groups carry are needed without a dependency (as unneeded-ingress judges them)
        SecurityGroup.IpProtocol protocol = Word.parse(SecurityGroup.IpProtocol.class, r.protocol());
        for (NodePorts.Need n : NodePorts.of(c.a, graph, group)) {
            if (protocol != null && n.port().within(protocol, r.fromPort(), r.toPort())) used.add(n.port().port());
        }
        return new Use(used, unknown);
    }

    /** TCP and UDP rules name their ports; ICMP and all-traffic rules cover every port without naming one. */
    private static boolean hasPorts(SecurityGroup.IpProtocol p) {
        return p == SecurityGroup.IpProtocol.TCP || p == SecurityGroup.IpProtocol.UDP;
    }

    static final String NACL_ICON = "NetworkingContentDelivery/VPCNetworkAccessControlList";

    /**
     * Each network ACL in a box of the subnets it guards, its rules in the order AWS judges them,
     * ending with the implicit deny. With a focus or tag, only NACLs guarding a shown element's
     * subnets. Returns the box drawn for each guarded subnet.
     */
    private Map<String, String> nacls() {
        Map<String, String> boxes = new java.util.HashMap<>();
        for (NetworkAcl nacl : Typed.nacls(c.a)) {
            List<Subnet> guarded = new ArrayList<>();
            for (String s : nacl.subnets().names()) {
                Subnet sub = Typed.element(c.a, s, Kind.SUBNET, Subnet::new);
                if (sub != null) guarded.add(sub);
            }
            if (guarded.isEmpty()) continue;
            List<String> placed = placedIn(nacl.subnets().names());
            if ((c.o.focus() != null || c.o.tag() != null) && placed.isEmpty()) continue;
            boolean allPublic = guarded.stream().allMatch(Subnet::isPublic);
            String label = "subnets " + String.join(", ", guarded.stream()
                    .map(sub -> sub.name() + sub.cidr().map(x -> " " + x.text()).orElse("")).toList());
            String group = c.id("nacl-subnets:" + nacl.name());
            c.groups.add(new Diagram.Group(group, label, allPublic ? Diagram.Style.PUBLIC_SUBNET : Diagram.Style.PRIVATE_SUBNET, null));
            String detail = "in: " + rules(nacl.ingress()) + " · out: " + rules(nacl.egress())
                    + (placed.isEmpty() ? "" : " · guards " + (placed.size() <= 4 ? String.join(", ", placed)
                    : String.join(", ", placed.subList(0, 3)) + " and " + (placed.size() - 3) + " more"));
            c.nodes.add(new Diagram.Node(c.id("nacl:" + nacl.name()), nacl.name(), "nacl " + nacl.name(), detail, NACL_ICON, group, c.mark(nacl.element())));
            for (Subnet sub : guarded) boxes.put(sub.name(), group);
        }
        return boxes;
    }

    /** The NACL box every member of a group runs in (all placed in subnets of that one NACL), else null. */
    private String box(List<String> members, Map<String, String> naclBox) {
        if (naclBox.isEmpty() || members.isEmpty()) return null;
        String box = null;
        for (String m : members) {
            var e = graph.elementOf(m);
            List<String> subnets = e == null ? List.of() : Typed.subnets(e).names();
            if (subnets.isEmpty()) return null;
            for (String s : subnets) {
                String b = naclBox.get(s);
                if (b == null || (box != null && !box.equals(b))) return null;
                box = b;
            }
        }
        return box;
    }

    /** The rules of one direction as the language writes them, by number, then the implicit deny. */
    private static String rules(List<NaclRule> rules) {
        StringBuilder sb = new StringBuilder();
        for (NaclRule r : rules) {
            sb.append(r.number()).append(' ').append(r.action().id()).append(' ').append(r.protocol().id());
            if (r.portsDeclared()) sb.append(' ').append(r.ports().text());
            sb.append(r.direction() == SecurityGroup.Direction.INGRESS ? " from " : " to ").append(r.cidr().text()).append("; ");
        }
        return sb.append("* deny all").toString();
    }

    /** The shown elements placed in any of these subnets, in declaration order. */
    private List<String> placedIn(List<String> subnets) {
        List<String> out = new ArrayList<>();
        for (dev.archkit.model.Element e : c.a.allElements()) {
            if (!c.show(e.name())) continue;
            for (String s : Typed.subnets(e).names()) {
                if (subnets.contains(s)) { out.add(e.name()); break; }
            }
        }
        return out;
    }
}
