package dev.archkit.gen.diagram;

import dev.archkit.model.Architecture;
import dev.archkit.model.Element;
import dev.archkit.model.Environment;
import dev.archkit.model.Property;
import dev.archkit.model.Suggest;
import dev.archkit.model.Value;
import dev.archkit.facts.graph.ArchGraph;
import dev.archkit.facts.graph.Ports;
import dev.archkit.model.schema.Schema;
import dev.archkit.model.view.View;
import org.jgrapht.Graph;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Builds the views of an architecture: {@code dependencies} (who calls whom), {@code network}
 * (region, VPC, zones, subnets and what runs in them), {@code security} (security groups and
 * the flows they allow, flows no dependency needs in red) and {@code deployment} (per
 * environment: clusters, sizes, replicas, deployment strategies).
 */
public final class Views {
    private Views() { }

    public static final List<String> KINDS = List.of("dependencies", "network", "security", "deployment");

    /** What to show: a focus with a depth, a tag filter, a grouping, and findings to overlay. */
    public record Options(String focus, int depth, String tag, String groupBy, Map<String, Diagram.Mark> marks) {
        public static Options all() { return new Options(null, 1, null, null, Map.of()); }
    }

    /** Thrown for a view, focus, tag or grouping that does not fit the architecture; the message says what would. */
    public static final class BadView extends RuntimeException {
        public BadView(String m) { super(m); }
    }

    /** The views of an architecture, in order: one deployment view per environment. */
    public static List<String> names(Architecture base) {
        List<String> out = new ArrayList<>(List.of("dependencies", "network", "security"));
        if (base.environments().isEmpty()) out.add("deployment");
        else for (Environment e : base.environments()) out.add("deployment-" + e.name());
        return out;
    }

    public static Diagram build(Architecture base, String view, Options o) {
        List<String> names = names(base);
        if (!names.contains(view)) {
            String m = Suggest.closest(view, names);
            throw new BadView("no view '" + view + "'; the views of " + base.name() + " are " + String.join(", ", names)
                    + (m != null ? "; did you mean '" + m + "'?" : ""));
        }
        Architecture a = base;
        if (view.startsWith("deployment-")) a = base.forEnvironment(view.substring("deployment-".length()));
        Builder b = new Builder(a, view, o);
        return switch (view.startsWith("deployment") ? "deployment" : view) {
            case "dependencies" -> b.dependencies();
            case "network" -> b.network();
            case "security" -> b.security();
            default -> b.deployment();
        };
    }

    // ------------------------------------------------------------------------------------------

    private static final class Builder {
        final Architecture a;
        final String view;
        final Options o;
        final ArchGraph graph;
        final Set<String> shown;
        final List<Diagram.Group> groups = new ArrayList<>();
        final List<Diagram.Node> nodes = new ArrayList<>();
        final List<Diagram.Edge> edges = new ArrayList<>();
        final Map<String, String> ids = new HashMap<>();
        final Set<String> usedIds = new java.util.HashSet<>();

        Builder(Architecture a, String view, Options o) {
            this.a = a;
            this.view = view;
            this.o = o;
            this.graph = new ArchGraph(a);
            this.shown = selection();
        }

        String title(String what) {
            return a.name() + " · " + what + (a.environment() != null ? " · " + a.environment() : "");
        }

        Diagram diagram(String what, List<String> legend) {
            List<String> l = new ArrayList<>(legend);
            if (!o.marks().isEmpty()) {
                l.add("red outline: errors found by 'archkit check'; orange: warnings");
            }
            if (o.focus() != null) l.add("focus: " + o.focus() + ", " + o.depth() + (o.depth() == 1 ? " hop" : " hops"));
            if (o.tag() != null) l.add("tag: " + o.tag());
            return new Diagram(view, title(what), List.copyOf(groups), List.copyOf(nodes), List.copyOf(edges), List.copyOf(l));
        }

        /** A stable, unique identifier for a key (an element, or an element in a subnet). */
        String id(String key) {
            String known = ids.get(key);
            if (known != null) return known;
            String base = "n_" + key.replaceAll("[^A-Za-z0-9]", "_");
            String id = base;
            for (int i = 2; !usedIds.add(id); i++) id = base + "_" + i;
            ids.put(key, id);
            return id;
        }

        Diagram.Mark mark(String element) {
            return o.marks().getOrDefault(element, Diagram.Mark.NONE);
        }

        // ---- selection: focus, depth and tag ------------------------------------------------

        Set<String> selection() {
            Set<String> all = new LinkedHashSet<>();
            for (Element e : a.allElements()) all.add(e.name());
            if (o.tag() != null) {
                String[] kv = o.tag().split("=", 2);
                Set<String> tagged = new LinkedHashSet<>();
                for (Element e : a.allElements()) {
                    String value = tags(e).get(kv[0]);
                    if (value != null && (kv.length == 1 || value.equals(kv[1]))) tagged.add(e.name());
                }
                if (tagged.isEmpty()) throw new BadView("no element carries the tag " + o.tag() + " (write --tag KEY=VALUE, or --tag KEY for any value)");
                all.retainAll(tagged);
            }
            if (o.focus() != null) {
                if (a.element(o.focus()) == null) {
                    List<String> names = a.allElements().stream().map(Element::name).toList();
                    String m = Suggest.closest(o.focus(), names);
                    throw new BadView("no element named '" + o.focus() + "' to focus on" + (m != null ? "; did you mean '" + m + "'?" : ""));
                }
                Graph<String, ArchGraph.DepEdge> g = graph.dependencies();
                Map<String, Integer> dist = new LinkedHashMap<>();
                Deque<String> queue = new ArrayDeque<>();
                dist.put(o.focus(), 0);
                queue.add(o.focus());
                while (!queue.isEmpty()) {
                    String v = queue.poll();
                    int d = dist.get(v);
                    if (d >= o.depth() || !g.containsVertex(v)) continue;
                    for (ArchGraph.DepEdge e : g.edgesOf(v)) {
                        String w = e.from().equals(v) ? e.to() : e.from();
                        if (!dist.containsKey(w)) {
                            dist.put(w, d + 1);
                            queue.add(w);
                        }
                    }
                }
                // infrastructure the focused elements sit in stays visible in the network view
                Set<String> keep = new LinkedHashSet<>(dist.keySet());
                all.retainAll(keep);
            }
            return all;
        }

        boolean show(String element) {
            return shown.contains(element);
        }

        /** An element's tags, whatever its kind ({@link View#tags}: a later tag with the same key wins). */
        static Map<String, String> tags(Element e) {
            View any = () -> e;
            return any.tags();
        }

        // ---- labels ----------------------------------------------------------------------------

        String detail(Element e) {
            List<String> parts = new ArrayList<>();
            switch (e.kind()) {
                case "service" -> {
                    String rt = dev.archkit.model.Runtimes.of(a, e);
                    parts.add(switch (rt) { case "fargate" -> "Fargate"; case "ec2" -> "ECS on EC2"; case "eks" -> "EKS"; default -> rt; });
                    if (e.value("cpu") instanceof Value.Cpu c) parts.add(trim(c.millicores() / 1000.0) + " vCPU");
                    else if (e.property("requests") != null && e.property("requests").field("cpu") instanceof Value.Cpu c) parts.add(c.millicores() + "m CPU");
                    if (e.value("memory") instanceof Value.Size m) parts.add(size(m.mib()));
                    else if (e.property("requests") != null && e.property("requests").field("memory") instanceof Value.Size m) parts.add(size(m.mib()));
                    parts.add(replicas(e));
                }
                case "database" -> {
                    if (e.string("engine") != null) parts.add(e.string("engine"));
                    if (e.string("class") != null) parts.add(e.string("class"));
                    if (e.flag("multi-az")) parts.add("Multi-AZ");
                }
                case "cache" -> {
                    if (e.string("engine") != null) parts.add(e.string("engine"));
                    if (e.string("class") != null) parts.add(e.string("class"));
                    if (e.value("nodes") instanceof Value.IntValue n && n.value() > 1) parts.add("×" + n.value());
                }
                case "loadbalancer" -> {
                    String t = e.string("type") == null ? "application" : e.string("type");
                    parts.add(switch (t) { case "network" -> "NLB"; case "classic" -> "Classic LB"; default -> "ALB"; });
                    parts.add(e.string("scheme") == null ? "internet-facing" : e.string("scheme"));
                }
                case "apigateway" -> parts.add((e.string("type") == null ? "REST" : e.string("type").toUpperCase(Locale.ROOT)) + " API");
                case "queue" -> parts.add(e.flag("fifo") ? "SQS FIFO" : "SQS");
                case "topic" -> parts.add(e.flag("fifo") ? "SNS FIFO" : "SNS");
                case "eventbus" -> parts.add("EventBridge");
                case "table" -> parts.add("DynamoDB");
                case "search" -> parts.add(e.string("class") != null ? "OpenSearch " + e.string("class") : "OpenSearch");
                case "bucket" -> parts.add("minio".equals(e.string("type")) ? "MinIO" : "S3");
                case "function" -> parts.add("Lambda");
                case "external" -> parts.add(e.string("type") == null ? "external" : e.string("type"));
                case "nat" -> parts.add("NAT gateway");
                case "nodegroup" -> {
                    if (e.value("instance") instanceof Value.ListValue l) parts.add(l.text());
                    Property s = e.property("size");
                    if (s != null && s.field("desired") != null) parts.add("×" + s.field("desired").text());
                }
                default -> parts.add(e.kind());
            }
            return String.join(" · ", parts);
        }

        static String replicas(Element s) {
            Property r = s.property("replicas");
            if (r == null || r.field("desired") == null) return "×1";
            String d = r.field("desired").text();
            Value min = r.field("min"), max = r.field("max");
            if (min == null && max == null) return "×" + d;
            return "×" + d + " (" + (min == null ? d : min.text()) + "–" + (max == null ? d : max.text()) + ")";
        }

        static String trim(double d) {
            return d == Math.rint(d) ? Long.toString((long) d) : java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        }

        static String size(long mib) {
            return mib % 1024 == 0 ? mib / 1024 + " GB" : mib + " MiB";
        }

        Diagram.Node node(Element e, String key, String group, String extraDetail) {
            String d = detail(e);
            if (extraDetail != null) d = d.isEmpty() ? extraDetail : d + " · " + extraDetail;
            return new Diagram.Node(id(key), e.name(), e.name(), d, Icons.of(a, e), group, mark(e.name()));
        }

        // ---- dependencies ------------------------------------------------------------------------

        Diagram dependencies() {
            Set<String> nodeKinds = new TreeSet<>(Schema.nodeKinds());
            Map<String, String> groupOf = grouping();
            for (Element e : a.allElements()) {
                if (!nodeKinds.contains(e.kind()) || !show(e.name())) continue;
                nodes.add(node(e, e.name(), groupOf.get(e.name()), null));
            }
            Set<String> present = new TreeSet<>();
            for (Diagram.Node n : nodes) present.add(n.element());
            for (ArchGraph.DepEdge e : sortedEdges()) {
                if (!present.contains(e.from()) || !present.contains(e.to())) continue;
                Diagram.EdgeStyle style = e.dependency() == null ? Diagram.EdgeStyle.ROUTE : e.async() ? Diagram.EdgeStyle.ASYNC : Diagram.EdgeStyle.SYNC;
                edges.add(new Diagram.Edge(id(e.from()), id(e.to()), edgeLabel(e), style));
            }
            return diagram("dependencies", List.of("solid arrow: synchronous call", "dashed arrow: asynchronous (events, queues)",
                    "bold arrow: load balancer or API route"));
        }

        List<ArchGraph.DepEdge> sortedEdges() {
            List<ArchGraph.DepEdge> out = new ArrayList<>(graph.dependencies().edgeSet());
            Map<String, Integer> order = new HashMap<>();
            int i = 0;
            for (Element e : a.allElements()) order.put(e.name(), i++);
            out.sort((x, y) -> {
                int c = Integer.compare(order.getOrDefault(x.from(), -1), order.getOrDefault(y.from(), -1));
                if (c != 0) return c;
                c = Integer.compare(order.getOrDefault(x.to(), -1), order.getOrDefault(y.to(), -1));
                return c != 0 ? c : Boolean.compare(x.async(), y.async());
            });
            return out;
        }

        String edgeLabel(ArchGraph.DepEdge e) {
            List<String> parts = new ArrayList<>();
            if (e.dependency() != null) {
                if (e.dependency().value("protocol") != null) parts.add(e.dependency().value("protocol").text().toUpperCase(Locale.ROOT));
                else if (e.async()) parts.add("async");
            } else {
                Element from = a.element(e.from());
                if (from != null) {
                    List<String> paths = new ArrayList<>();
                    for (Property r : from.all("route")) {
                        if (r.field("target") != null && r.field("target").text().equals(e.to()) && r.field("path") != null) paths.add(r.field("path").text());
                    }
                    if (!paths.isEmpty()) parts.add(paths.size() > 2 ? paths.get(0) + " +" + (paths.size() - 1) : String.join(" ", paths));
                }
            }
            List<Integer> ports = Ports.of(a, e);
            if (!ports.isEmpty()) parts.add(":" + (ports.size() > 1 ? ports.get(0) + "-" + ports.get(ports.size() - 1) : ports.get(0)));
            return String.join(" ", parts);
        }

        /** Services grouped by cluster (default) or by a tag's value; other nodes stay ungrouped. */
        Map<String, String> grouping() {
            Map<String, String> out = new HashMap<>();
            String by = o.groupBy() == null ? "cluster" : o.groupBy();
            if (by.equals("none")) return out;
            if (by.equals("cluster")) {
                for (Element c : a.elementsOfKind("cluster")) {
                    List<Element> members = a.elementsOfKind("service").stream().filter(s -> c.name().equals(s.string("cluster")) && show(s.name())).toList();
                    if (members.isEmpty()) continue;
                    String gid = id("cluster:" + c.name());
                    groups.add(new Diagram.Group(gid, "cluster " + c.name() + " · " + clusterType(c), Diagram.Style.CLUSTER, null));
                    for (Element s : members) out.put(s.name(), gid);
                }
                return out;
            }
            if (!by.startsWith("tag:")) throw new BadView("--group-by takes cluster, tag:KEY or none, not '" + by + "'");
            String key = by.substring(4);
            Map<String, List<String>> byValue = new TreeMap<>();
            for (Element e : a.allElements()) {
                String value = tags(e).get(key);
                if (value != null) byValue.computeIfAbsent(value, k -> new ArrayList<>()).add(e.name());
            }
            if (byValue.isEmpty()) throw new BadView("no element carries a tag '" + key + "' to group by");
            for (Map.Entry<String, List<String>> g : byValue.entrySet()) {
                String gid = id("tag:" + key + "=" + g.getKey());
                groups.add(new Diagram.Group(gid, key + ": " + g.getKey(), Diagram.Style.GENERIC, null));
                for (String n : g.getValue()) out.putIfAbsent(n, gid);
            }
            return out;
        }

        static String clusterType(Element c) {
            String t = c.string("type") == null ? "ecs" : c.string("type");
            return switch (t) { case "eks" -> "EKS"; case "swarm" -> "Docker Swarm"; case "beanstalk" -> "Elastic Beanstalk"; default -> "ECS"; };
        }

        // ---- network -------------------------------------------------------------------------------

        Diagram network() {
            String cloud = id("group:cloud");
            groups.add(new Diagram.Group(cloud, "AWS Cloud", Diagram.Style.CLOUD, null));
            String region = id("group:region");
            groups.add(new Diagram.Group(region, a.region() == null ? "region" : a.region(), Diagram.Style.REGION, cloud));
            Map<String, String> subnetGroup = new HashMap<>();
            for (Element net : a.elementsOfKind("network")) {
                String vpc = id("vpc:" + net.name());
                Value cidr = net.value("cidr");
                groups.add(new Diagram.Group(vpc, "VPC " + net.name() + (cidr != null ? " " + cidr.text() : ""), Diagram.Style.VPC, region));
                Map<String, List<Element>> byZone = new TreeMap<>();
                boolean anyPublic = false;
                for (Element c : net.children()) {
                    if (!c.kind().equals("subnet")) continue;
                    byZone.computeIfAbsent(c.string("zone") == null ? "(no zone)" : c.string("zone"), k -> new ArrayList<>()).add(c);
                    anyPublic |= "public".equals(c.string("tier"));
                }
                if (anyPublic) {
                    nodes.add(new Diagram.Node(id("igw:" + net.name()), null, "internet gateway", "", Icons.INTERNET_GATEWAY, vpc, Diagram.Mark.NONE));
                }
                for (Map.Entry<String, List<Element>> z : byZone.entrySet()) {
                    String zone = id("zone:" + net.name() + ":" + z.getKey());
                    groups.add(new Diagram.Group(zone, z.getKey(), Diagram.Style.ZONE, vpc));
                    List<Element> subs = new ArrayList<>(z.getValue());
                    subs.sort((x, y) -> Boolean.compare(!"public".equals(x.string("tier")), !"public".equals(y.string("tier"))));
                    for (Element s : subs) {
                        boolean pub = "public".equals(s.string("tier"));
                        String sg = id("subnet:" + s.name());
                        groups.add(new Diagram.Group(sg, (pub ? "public " : "private ") + s.name() + (s.value("cidr") != null ? " " + s.value("cidr").text() : ""),
                                pub ? Diagram.Style.PUBLIC_SUBNET : Diagram.Style.PRIVATE_SUBNET, zone));
                        subnetGroup.put(s.name(), sg);
                    }
                }
                for (Element c : net.children()) {
                    if (c.kind().equals("nat") && show(c.name())) {
                        String in = subnetGroup.getOrDefault(c.string("subnet"), vpc);
                        nodes.add(node(c, c.name(), in, null));
                    }
                }
            }
            Set<String> regional = Set.of("bucket", "queue", "topic", "eventbus", "table", "apigateway", "cloudmap");
            String outside = null;
            for (Element e : a.allElements()) {
                if (!show(e.name()) || e.kind().equals("nat") || e.kind().equals("subnet")) continue;
                List<String> subs = e.refs("subnets");
                if (e.kind().equals("nodegroup") || Schema.nodeKinds().contains(e.kind())) {
                    if (!subs.isEmpty()) {
                        for (String s : subs) nodes.add(node(e, e.name() + "@" + s, subnetGroup.getOrDefault(s, region), null));
                    } else if (e.kind().equals("external")) {
                        if (outside == null) outside = "outside";
                        nodes.add(node(e, e.name(), null, null));
                    } else if (regional.contains(e.kind()) || e.kind().equals("function")) {
                        nodes.add(node(e, e.name(), region, null));
                    } else {
                        nodes.add(node(e, e.name(), region, "no subnets declared"));
                    }
                }
            }
            stack(subnetGroup);
            return diagram("network", List.of("an element in several subnets is drawn in each: one box per zone it runs in"));
        }

        /**
         * Layout hints: in each zone the subnets stack top to bottom in the order declared (public
         * first), and a subnet's boxes wrap after three, as on AWS reference diagrams.
         */
        void stack(Map<String, String> subnetGroup) {
            Map<String, List<Diagram.Node>> in = new LinkedHashMap<>();
            for (Diagram.Node n : nodes) if (n.group() != null) in.computeIfAbsent(n.group(), k -> new ArrayList<>()).add(n);
            Map<String, List<String>> zoneSubnets = new LinkedHashMap<>();
            for (Diagram.Group g : groups) {
                if (g.style() == Diagram.Style.PUBLIC_SUBNET || g.style() == Diagram.Style.PRIVATE_SUBNET) {
                    zoneSubnets.computeIfAbsent(g.parent(), k -> new ArrayList<>()).add(g.id());
                }
            }
            for (List<Diagram.Node> ns : in.values()) {
                for (int i = 0; i + WRAP < ns.size(); i++) edges.add(new Diagram.Edge(ns.get(i).id(), ns.get(i + WRAP).id(), "", Diagram.EdgeStyle.HIDDEN));
            }
            for (List<String> subs : zoneSubnets.values()) {
                List<Diagram.Node> prev = null;
                for (String sub : subs) {
                    List<Diagram.Node> ns = in.get(sub);
                    if (ns == null) continue;
                    if (prev != null) edges.add(new Diagram.Edge(prev.get(prev.size() - 1).id(), ns.get(0).id(), "", Diagram.EdgeStyle.HIDDEN));
                    prev = ns;
                }
            }
        }

        static final int WRAP = 3;

        // ---- security ------------------------------------------------------------------------------

        Diagram security() {
            Map<String, String> cidrNodes = new TreeMap<>();
            for (Element sg : a.elementsOfKind("securitygroup")) {
                List<String> members = graph.membersOf(sg.name()).stream().filter(this::show).toList();
                if (o.focus() != null || o.tag() != null) {
                    if (members.isEmpty()) continue;
                }
                String d = members.isEmpty() ? "no members" : members.size() <= 4 ? String.join(", ", members)
                        : String.join(", ", members.subList(0, 3)) + " and " + (members.size() - 3) + " more";
                List<String> egressAll = new ArrayList<>();
                for (Property p : sg.all("egress")) {
                    if (p.field("to") instanceof Value.ListValue to && to.items().stream().anyMatch(v -> v instanceof Value.Cidr c && c.prefix() == 0)) {
                        // 'all' may be written with 0-65535, which names no ports of its own
                        boolean named = p.field("ports") != null && !p.field("protocol").text().equals("all");
                        egressAll.add("egress " + p.field("protocol").text() + (named ? " " + p.field("ports").text() : "") + " to anywhere");
                    }
                }
                if (!egressAll.isEmpty()) d = d + " · " + String.join(", ", egressAll);
                // outlined for findings about the group's own rules, not its members' other findings
                nodes.add(new Diagram.Node(id(sg.name()), sg.name(), sg.name(), d, null, null, mark(sg.name())));
            }
            Set<String> present = new TreeSet<>();
            for (Diagram.Node n : nodes) present.add(n.element());
            for (Element sg : a.elementsOfKind("securitygroup")) {
                if (!present.contains(sg.name())) continue;
                for (Property p : sg.all("ingress")) {
                    if (!(p.field("from") instanceof Value.ListValue from)) continue;
                    int lo = 0, hi = 65535;
                    if (p.field("ports") instanceof Value.Ports pr) { lo = pr.from(); hi = pr.to(); }
                    String proto = p.field("protocol").text();
                    String ports = p.field("ports") != null ? p.field("ports").text() : "all";
                    for (Value src : from.items()) {
                        String label = proto.equals("all") ? "all traffic" : proto + " " + ports;
                        if (src instanceof Value.Cidr c) {
                            String nid = cidrNodes.computeIfAbsent(c.text(), k -> id("cidr:" + k));
                            edges.add(new Diagram.Edge(nid, id(sg.name()), label, Diagram.EdgeStyle.FLOW));
                            continue;
                        }
                        String source = src.text().equals("self") ? sg.name() : src.text();
                        if (!present.contains(source)) continue;
                        Diagram.EdgeStyle style = Diagram.EdgeStyle.FLOW;
                        if (!proto.equals("icmp")) {
                            TreeSet<Integer> used = new TreeSet<>();
                            boolean unknown = false;
                            for (String t : graph.membersOf(sg.name())) {
                                if (!graph.dependencies().containsVertex(t)) continue;
                                for (ArchGraph.DepEdge e : graph.dependencies().incomingEdgesOf(t)) {
                                    if (!graph.groupsOf(e.from()).contains(source)) continue;
                                    List<Integer> ps = Ports.of(a, e);
                                    if (ps.isEmpty()) unknown = true;
                                    for (int port : ps) if (port >= lo && port <= hi) used.add(port);
                                }
                            }
                            if (!unknown && used.isEmpty()) {
                                style = Diagram.EdgeStyle.FLOW_UNNEEDED;
                                label += " (no dependency needs it)";
                            } else if (!unknown && hi - lo + 1 > used.size()) {
                                style = Diagram.EdgeStyle.FLOW_WIDE;
                                label += " (used: " + Ports.ranges(used) + ")";
                            }
                        }
                        edges.add(new Diagram.Edge(id(source), id(sg.name()), label, style));
                    }
                }
            }
            List<Diagram.Node> cidrs = new ArrayList<>();
            for (Map.Entry<String, String> c : cidrNodes.entrySet()) {
                boolean any = c.getKey().endsWith("/0");
                cidrs.add(new Diagram.Node(c.getValue(), null, any ? "anywhere " + c.getKey() : c.getKey(), "", any ? Icons.INTERNET : "General/Client", null, Diagram.Mark.NONE));
            }
            nodes.addAll(0, cidrs);
            return diagram("security", List.of("box: a security group and its members", "arrow: traffic a rule admits (source to group)",
                    "red: admitted, but no declared dependency needs it", "orange: admits more ports than the dependencies use"));
        }


        // ---- deployment ----------------------------------------------------------------------------

        Diagram deployment() {
            Map<String, String> clusterGroup = new HashMap<>();
            for (Element c : a.elementsOfKind("cluster")) {
                String gid = id("cluster:" + c.name());
                List<String> caps = new ArrayList<>();
                for (Property p : c.all("capacity")) {
                    String s = p.field("provider").text();
                    if (p.field("weight") != null) s += " w" + p.field("weight").text();
                    if (p.field("base") != null) s += " base " + p.field("base").text();
                    caps.add(s);
                }
                groups.add(new Diagram.Group(gid, "cluster " + c.name() + " · " + clusterType(c) + (caps.isEmpty() ? "" : " · " + String.join(", ", caps)),
                        Diagram.Style.CLUSTER, null));
                clusterGroup.put(c.name(), gid);
                for (Element n : c.children()) {
                    if (n.kind().equals("nodegroup") && show(n.name())) nodes.add(node(n, n.name(), gid, null));
                }
            }
            Set<String> kinds = Set.of("service", "function", "database", "cache", "search", "loadbalancer", "apigateway");
            for (Element e : a.allElements()) {
                if (!kinds.contains(e.kind()) || !show(e.name())) continue;
                String extra = null;
                if (e.kind().equals("service")) {
                    List<String> x = new ArrayList<>();
                    if (e.string("image") != null) {
                        String img = e.string("image");
                        int slash = img.lastIndexOf('/');
                        x.add(slash >= 0 ? img.substring(slash + 1) : img);
                    }
                    x.add(deploy(e));
                    extra = String.join(" · ", x);
                }
                nodes.add(node(e, e.name(), e.kind().equals("service") ? clusterGroup.get(e.string("cluster")) : null, extra));
            }
            Set<String> present = new TreeSet<>();
            for (Diagram.Node n : nodes) if (n.element() != null) present.add(n.element());
            for (ArchGraph.DepEdge e : sortedEdges()) {
                if (e.dependency() != null || !present.contains(e.from()) || !present.contains(e.to())) continue;
                edges.add(new Diagram.Edge(id(e.from()), id(e.to()), edgeLabel(e), Diagram.EdgeStyle.ROUTE));
            }
            return diagram("deployment", List.of("arrow: load balancer or API route", "×N (min–max): desired tasks and the autoscaling range"));
        }

        static String deploy(Element s) {
            Property d = s.property("deploy");
            if (d == null) return "rolling (defaults)";
            String strategy = d.field("strategy") == null ? "rolling" : d.field("strategy").text();
            List<String> x = new ArrayList<>();
            x.add(strategy);
            if (d.field("canary") != null) x.add("canary " + d.field("canary").text());
            if (d.field("linear") != null) x.add("linear " + d.field("linear").text());
            if (d.field("every") != null) x.add("every " + d.field("every").text());
            if (d.field("circuit-breaker") instanceof Value.BoolValue b && b.value()) x.add("circuit breaker");
            if (d.field("rollback") instanceof Value.BoolValue b && b.value()) x.add("rollback");
            return String.join(" ", x);
        }
    }
}
