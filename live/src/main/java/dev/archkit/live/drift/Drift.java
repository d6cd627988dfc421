package dev.archkit.live.drift;

import dev.archkit.model.Architecture;
import dev.archkit.model.Element;
import dev.archkit.model.Location;
import dev.archkit.model.Property;
import dev.archkit.model.Value;
import dev.archkit.facts.graph.ArchGraph;
import dev.archkit.facts.graph.Ports;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Compares one view of an architecture (the whole of it, or one environment) with an
 * {@link Inventory}. Live resources are matched to elements by an explicit mapping first, then by
 * the tag {@code archkit:element} (and {@code archkit:environment}), then by the name
 * {@code archkit terraform} gives them: the element's name, prefixed with "ENV-" in an
 * environment, shortened with a hash where AWS limits names (load balancers and target groups: 32
 * characters; IAM roles: 64). Nothing is called missing when its kind could not be read: it is
 * unknown, and the report is incomplete.
 */
public final class Drift {

    public record Report(String environment, List<DriftItem> items, List<Ignored> ignored, List<Inventory.Unreadable> unreadable) {
        public boolean incomplete() { return !unreadable.isEmpty() || items.stream().anyMatch(i -> i.change() == DriftItem.Change.UNKNOWN); }
        public long drifts() { return items.stream().filter(i -> i.change() != DriftItem.Change.UNKNOWN).count(); }
    }

    public record Ignored(DriftItem item, String reason, Location at) { }

    private Drift() { }

    public static Report compare(Architecture view, Inventory inv, List<DriftRules.Mapping> mappings, List<DriftRules.Ignore> ignores) {
        Run r = new Run(view, inv.withDefaults(), mappings);
        r.run();
        List<DriftItem> kept = new ArrayList<>();
        List<Ignored> ignored = new ArrayList<>();
        for (DriftItem i : r.items) {
            DriftRules.Ignore hit = null;
            for (DriftRules.Ignore ig : ignores) if (ig.matches(i)) { hit = ig; break; }
            if (hit == null) kept.add(i);
            else ignored.add(new Ignored(i, hit.reason(), hit.at()));
        }
        Collections.sort(kept);
        return new Report(view.environment(), List.copyOf(kept), List.copyOf(ignored), inv.withDefaults().unreadable());
    }

    /** A scaling target as a number (shared with {@link Expected}). */
    static double scalingTarget(dev.archkit.model.Value v) {
        return Run.number(v);
    }

    private static final class Run {
        final Architecture a;
        final Inventory inv;
        final Map<String, String> mapped = new HashMap<>();
        final List<DriftItem> items = new ArrayList<>();
        final Set<String> unreadable = new HashSet<>();      // "service.Operation"
        final Map<String, String> sgIds = new HashMap<>();   // element -> live id
        final Map<String, String> sgNames = new HashMap<>(); // live id -> element
        final Map<String, String> subnetNames = new HashMap<>();
        final Set<String> vpcIds = new TreeSet<>();
        final Set<String> clusterNames = new TreeSet<>();
        final Set<Object> matched = Collections.newSetFromMap(new java.util.IdentityHashMap<>());

        Run(Architecture a, Inventory inv, List<DriftRules.Mapping> mappings) {
            this.a = a;
            this.inv = inv;
            for (DriftRules.Mapping m : mappings) mapped.put(m.kind() + ":" + m.name(), m.live());
            for (Inventory.Unreadable u : inv.unreadable()) if (u.resource() == null) unreadable.add(u.service() + "." + u.operation());
        }

        String aws(String e) { return dev.archkit.facts.Naming.awsName(a, e); }

        boolean cannotRead(String... ops) {
            for (String op : ops) if (unreadable.contains(op)) return true;
            return false;
        }

        String reasonFor(String... ops) {
            for (Inventory.Unreadable u : inv.unreadable()) {
                for (String op : ops) if ((u.service() + "." + u.operation()).equals(op)) return u.service() + " " + u.operation() + ": " + u.reason();
            }
            return "not read";
        }

        boolean tagged(Map<String, String> tags, String element) {
            if (tags == null) return false;
            if (!element.equals(tags.get("archkit:element"))) return false;
            String env = tags.get("archkit:environment");
            return env == null || env.equals(a.environment());
        }

        /** Whether a live resource is the element's: by mapping, tag, or name. */
        boolean is(String kind, String element, String liveName, String liveId, Map<String, String> tags, int limit) {
            String m = mapped.get(kind + ":" + element);
            if (m != null) return m.equals(liveName) || m.equals(liveId);
            if (tagged(tags, element)) return true;
            String n = limit > 0 ? dev.archkit.facts.Naming.limit(aws(element), limit) : aws(element);
            return n.equals(liveName) || (tags != null && n.equals(tags.get("Name")));
        }

        void missing(Element e, String... ops) {
            if (cannotRead(ops)) items.add(new DriftItem(DriftItem.Change.UNKNOWN, e.kind(), e.name(), null, null, null, e.location(), reasonFor(ops)));
            else items.add(new DriftItem(DriftItem.Change.MISSING, e.kind(), e.name(), null, null, null, e.location(),
                    "looked for " + expectedName(e)));
        }

        String expectedName(Element e) {
            String m = mapped.get(e.kind() + ":" + e.name());
            if (m != null) return "'" + m + "' (mapped)";
            return "tag archkit:element=" + e.name() + " or name '" + aws(e.name()) + "'";
        }

        void changed(Element e, Location at, String attribute, Object model, Object live) {
            if (String.valueOf(model).equals(String.valueOf(live))) return;
            items.add(new DriftItem(DriftItem.Change.CHANGED, e.kind(), e.name(), attribute, String.valueOf(model), String.valueOf(live),
                    at == null ? e.location() : at, null));
        }

        Location at(Element e, String property) {
            Property p = e.property(property);
            return p == null ? e.location() : p.location();
        }

        void extra(String kind, String name, String note) {
            items.add(new DriftItem(DriftItem.Change.EXTRA, kind, name, null, null, null, a.location(), note));
        }

        void run() {
            networks();
            securityGroups();
            nats();
            clusters();
            roles();
            services();
            loadBalancers();
            databases();
            eks();
            extras();
        }

        // ---- network --------------------------------------------------------------------------

        void networks() {
            for (Element net : a.elementsOfKind("network")) {
                Inventory.Vpc vpc = null;
                for (Inventory.Vpc v : inv.vpcs()) if (is("network", net.name(), null, v.id(), v.tags(), 0)) { vpc = v; break; }
                if (vpc == null) {
                    missing(net, "ec2.DescribeVpcs");
                } else {
                    matched.add(vpc);
                    vpcIds.add(vpc.id());
                    changed(net, net.location(), "CIDR", net.value("cidr").text(), vpc.cidr());
                }
                for (Element s : net.children()) {
                    if (!s.kind().equals("subnet")) continue;
                    Inventory.Subnet live = null;
                    for (Inventory.Subnet x : inv.subnets()) if (is("subnet", s.name(), null, x.id(), x.tags(), 0)) { live = x; break; }
                    if (live == null) {
                        missing(s, "ec2.DescribeSubnets");
                        continue;
                    }
                    matched.add(live);
                    subnetNames.put(live.id(), s.name());
                    changed(s, s.location(), "CIDR", s.value("cidr").text(), live.cidr());
                    changed(s, s.location(), "zone", s.string("zone"), live.zone());
                }
            }
        }

        // ---- security groups ------------------------------------------------------------------

        void securityGroups() {
            Map<String, Inventory.SecurityGroup> live = new LinkedHashMap<>();
            for (Element sg : a.elementsOfKind("securitygroup")) {
                for (Inventory.SecurityGroup g : inv.securityGroups()) {
                    if (is("securitygroup", sg.name(), g.name(), g.id(), g.tags(), 0)) {
                        live.put(sg.name(), g);
                        sgIds.put(sg.name(), g.id());
                        sgNames.put(g.id(), sg.name());
                        matched.add(g);
                        break;
                    }
                }
                if (!live.containsKey(sg.name())) missing(sg, "ec2.DescribeSecurityGroups");
            }
            for (Map.Entry<String, Inventory.SecurityGroup> en : live.entrySet()) {
                Element sg = a.element(en.getKey());
                for (Inventory.SgRule r : en.getValue().rules()) {
                    if (!declared(sg, r)) {
                        items.add(new DriftItem(DriftItem.Change.CHANGED, "securitygroup", sg.name(), r.egress() ? "egress" : "ingress",
                                "no such rule", ruleText(r), sg.location(), "live admits traffic the model does not declare"));
                    }
                }
            }
            // every declared dependency must still be admitted live
            ArchGraph g = new ArchGraph(a);
            for (ArchGraph.DepEdge e : g.dependencies().edgeSet()) {
                List<Integer> ports = Ports.of(a, e);
                for (String t : g.groupsOf(e.to())) {
                    Inventory.SecurityGroup lt = live.get(t);
                    if (lt == null) continue;
                    for (String s : g.groupsOf(e.from())) {
                        String sid = sgIds.get(s);
                        if (sid == null) continue;
                        for (int p : ports) {
                            // drift only where the model admits the call and the live group does not
                            if (g.admits(t, s, p) && !admits(lt, sid, p)) {
                                Location at = e.dependency() != null ? e.dependency().location() : e.location();
                                items.add(new DriftItem(DriftItem.Change.CHANGED, "securitygroup", t, "ingress",
                                        "tcp " + p + " from " + s, "not admitted", at == null || !at.isKnown() ? a.element(t).location() : at,
                                        e.from() + " -> " + e.to() + " is declared but blocked live"));
                            }
                        }
                    }
                }
            }
        }

        /** Whether one of the model's rules admits a live rule (same direction, protocol, a range that covers it, the same peer). */
        boolean declared(Element sg, Inventory.SgRule r) {
            for (Property p : sg.all(r.egress() ? "egress" : "ingress")) {
                String proto = p.field("protocol").text();
                boolean all = proto.equals("all");
                if (!all && !proto.equals(r.protocol())) continue;
                int lo = 0, hi = 65535;
                if (p.field("ports") instanceof Value.Ports pr) { lo = pr.from(); hi = pr.to(); }
                if (!r.protocol().equals("-1") && (r.from() < lo || r.to() > hi)) continue;
                if (r.protocol().equals("-1") && !all) continue;
                if (!(p.field(r.egress() ? "to" : "from") instanceof Value.ListValue peers)) continue;
                for (Value v : peers.items()) {
                    if (v instanceof Value.Cidr c && r.cidr() != null && covers(c, r.cidr())) return true;
                    String peer = v.text().equals("self") ? sg.name() : v.text();
                    if (r.peerGroup() != null && r.peerGroup().equals(sgIds.get(peer))) return true;
                }
            }
            return false;
        }

        static boolean covers(Value.Cidr c, String cidr) {
            if (c.text().equals(cidr)) return true;
            if (c.prefix() == 0) return cidr.contains(":") == c.ipv6();
            try {
                String[] p = cidr.split("/");
                java.math.BigInteger addr = new java.math.BigInteger(1, java.net.InetAddress.getByName(p[0]).getAddress());
                int prefix = Integer.parseInt(p[1]);
                int bits = c.bits();
                if (prefix < c.prefix()) return false;
                return addr.shiftRight(bits - c.prefix()).equals(c.network().shiftRight(bits - c.prefix()));
            } catch (Exception e) {
                return false;
            }
        }

        static boolean admits(Inventory.SecurityGroup g, String sourceId, int port) {
            for (Inventory.SgRule r : g.rules()) {
                if (r.egress()) continue;
                boolean proto = r.protocol().equals("-1") || (r.protocol().equals("tcp") && port >= r.from() && port <= r.to());
                if (!proto) continue;
                if (sourceId.equals(r.peerGroup()) || "0.0.0.0/0".equals(r.cidr())) return true;
            }
            return false;
        }

        String ruleText(Inventory.SgRule r) {
            String peer = r.cidr() != null ? r.cidr() : sgNames.getOrDefault(r.peerGroup(), r.peerGroup());
            String ports = r.protocol().equals("-1") ? "all" : r.protocol() + " " + (r.from() == r.to() ? Integer.toString(r.from()) : r.from() + "-" + r.to());
            return ports + (r.egress() ? " to " : " from ") + peer;
        }

        void nats() {
            for (Element n : a.elementsOfKind("nat")) {
                Inventory.NatGateway live = null;
                for (Inventory.NatGateway x : inv.natGateways()) {
                    if (!"deleted".equals(x.state()) && is("nat", n.name(), null, x.id(), x.tags(), 0)) { live = x; break; }
                }
                if (live == null) { missing(n, "ec2.DescribeNatGateways"); continue; }
                matched.add(live);
                changed(n, n.location(), "subnet", n.string("subnet"), subnetNames.getOrDefault(live.subnetId(), live.subnetId()));
            }
        }

        // ---- ECS ------------------------------------------------------------------------------

        final Map<String, Inventory.Cluster> clusters = new HashMap<>();

        void clusters() {
            for (Element c : a.elementsOfKind("cluster")) {
                if (!(c.string("type") == null || "ecs".equals(c.string("type")))) continue;
                Inventory.Cluster live = null;
                for (Inventory.Cluster x : inv.clusters()) if (is("cluster", c.name(), x.name(), x.arn(), x.tags(), 0)) { live = x; break; }
                if (live == null) { missing(c, "ecs.ListClusters", "ecs.DescribeClusters"); continue; }
                matched.add(live);
                clusters.put(c.name(), live);
                clusterNames.add(live.name());
                changed(c, at(c, "insights"), "Container Insights", c.flag("insights") ? "enabled" : "disabled", live.insights() ? "enabled" : "disabled");
            }
        }

        void services() {
            for (Element s : a.elementsOfKind("service")) {
                String cluster = s.string("cluster");
                Inventory.Cluster lc = cluster == null ? null : clusters.get(cluster);
                if (lc == null) continue;   // the cluster is missing, unknown, or not ECS: reported there
                Inventory.Service live = null;
                for (Inventory.Service x : inv.services()) {
                    if (x.cluster().equals(lc.name()) && is("service", s.name(), x.name(), x.arn(), x.tags(), 0)) { live = x; break; }
                }
                if (live == null) { missing(s, "ecs.ListServices", "ecs.DescribeServices"); continue; }
                matched.add(live);
                service(s, live, lc);
            }
        }

        void service(Element s, Inventory.Service live, Inventory.Cluster lc) {
            Property rep = s.property("replicas");
            long desired = rep != null && rep.field("desired") instanceof Value.IntValue d ? d.value() : 1;
            Long min = rep != null && rep.field("min") instanceof Value.IntValue m ? m.value() : null;
            Long max = rep != null && rep.field("max") instanceof Value.IntValue m ? m.value() : null;
            Location repAt = at(s, "replicas");
            if (min != null || max != null) {
                long lo = min == null ? desired : min, hi = max == null ? desired : max;
                if (live.desiredCount() < lo || live.desiredCount() > hi) {
                    items.add(new DriftItem(DriftItem.Change.CHANGED, "service", s.name(), "desired count", lo + "-" + hi, Integer.toString(live.desiredCount()),
                            repAt, "outside the autoscaling range"));
                }
            } else {
                changed(s, repAt, "desired count", desired, live.desiredCount());
            }
            Inventory.TaskDefinition td = live.task();
            if (td == null) {
                items.add(new DriftItem(DriftItem.Change.UNKNOWN, "service", s.name(), "task definition", null, null, s.location(),
                        reasonForResource("DescribeTaskDefinition", live.name())));
            } else {
                if (s.value("cpu") instanceof Value.Cpu c) changed(s, at(s, "cpu"), "CPU units", c.ecsUnits(), td.cpu());
                if (s.value("memory") instanceof Value.Size m) changed(s, at(s, "memory"), "memory (MiB)", m.mib(), td.memory());
                Inventory.Container main = null;
                for (Inventory.Container c : td.containers()) if (c.name().equals(s.name())) main = c;
                if (main == null && !td.containers().isEmpty()) main = td.containers().get(0);
                if (main != null) {
                    if (s.string("image") != null) changed(s, at(s, "image"), "image", s.string("image"), main.image());
                    if (s.value("port") instanceof Value.ListValue pl) {
                        List<Integer> ports = new ArrayList<>();
                        for (Value v : pl.items()) ports.add((int) ((Value.IntValue) v).value());
                        changed(s, at(s, "port"), "container ports", ports, main.ports());
                    }
                }
                String arch = "arm64".equals(s.string("arch")) ? "ARM64" : "X86_64";
                if (td.cpuArchitecture() != null) changed(s, at(s, "arch"), "CPU architecture", arch, td.cpuArchitecture());
            }
            changed(s, at(s, "subnets"), "subnets", new TreeSet<>(s.refs("subnets")), names(live.subnets(), subnetNames));
            changed(s, at(s, "securitygroups"), "security groups", new TreeSet<>(s.refs("securitygroups")), names(live.securityGroups(), sgNames));
            changed(s, at(s, "public-ip"), "public IP", s.flag("public-ip"), live.publicIp());
            Property dep = s.property("deploy");
            boolean cb = dep != null && dep.field("circuit-breaker") instanceof Value.BoolValue b && b.value();
            boolean blueGreen = dep != null && dep.field("strategy") != null && dep.field("strategy").text().equals("blue-green");
            if (!blueGreen) changed(s, at(s, "deploy"), "deployment circuit breaker", cb, live.circuitBreaker());
            // autoscaling
            if (min != null || max != null || !s.all("scale").isEmpty()) {
                String rid = "service/" + lc.name() + "/" + live.name();
                Inventory.ScalableTarget t = null;
                for (Inventory.ScalableTarget x : inv.scalableTargets()) if (x.resourceId().equals(rid)) t = x;
                if (t == null) {
                    if (cannotRead("applicationautoscaling.DescribeScalableTargets")) {
                        items.add(new DriftItem(DriftItem.Change.UNKNOWN, "service", s.name(), "autoscaling", null, null, repAt, reasonFor("applicationautoscaling.DescribeScalableTargets")));
                    } else {
                        items.add(new DriftItem(DriftItem.Change.CHANGED, "service", s.name(), "autoscaling", "min " + (min == null ? desired : min) + " max " + (max == null ? desired : max),
                                "none", repAt, "no scalable target " + rid));
                    }
                } else {
                    matched.add(t);
                    changed(s, repAt, "autoscaling min", min == null ? desired : min, t.min());
                    changed(s, repAt, "autoscaling max", max == null ? desired : max, t.max());
                    for (Property p : s.all("scale")) {
                        String metric = switch (p.field("metric").text()) {
                            case "cpu" -> "ECSServiceAverageCPUUtilization";
                            case "memory" -> "ECSServiceAverageMemoryUtilization";
                            default -> "ALBRequestCountPerTarget";
                        };
                        double target = number(p.field("target"));
                        Inventory.Policy lp = null;
                        for (Inventory.Policy x : t.policies()) if (metric.equals(x.metric())) lp = x;
                        if (lp == null) changed(s, p.location(), "scaling on " + p.field("metric").text(), "target " + trim(target), "none");
                        else changed(s, p.location(), "scaling target for " + p.field("metric").text(), trim(target), trim(lp.target()));
                    }
                }
            }
            if (s.string("discovery") != null) {
                boolean found = inv.discoveryServices().stream().anyMatch(d -> d.name().equals(s.name()));
                if (!found && cannotRead("servicediscovery.ListServices")) {
                    items.add(new DriftItem(DriftItem.Change.UNKNOWN, "service", s.name(), "service discovery", null, null, at(s, "discovery"), reasonFor("servicediscovery.ListServices")));
                } else {
                    changed(s, at(s, "discovery"), "Cloud Map registration", s.string("discovery"), found ? s.string("discovery") : "none");
                }
            }
        }

        String reasonForResource(String op, String resource) {
            for (Inventory.Unreadable u : inv.unreadable()) if (u.operation().equals(op) && resource.equals(u.resource())) return u.service() + " " + op + ": " + u.reason();
            return "not read";
        }

        static TreeSet<String> names(List<String> ids, Map<String, String> names) {
            TreeSet<String> out = new TreeSet<>();
            for (String id : ids) out.add(names.getOrDefault(id, id));
            return out;
        }

        static double number(Value v) {
            if (v instanceof Value.NumberValue n) return n.value();
            if (v instanceof Value.IntValue i) return i.value();
            if (v instanceof Value.Percent p) return p.value();
            return Double.parseDouble(v.text().replace("%", ""));
        }

        static String trim(double d) {
            return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
        }

        // ---- IAM ------------------------------------------------------------------------------

        void roles() {
            for (Element r : a.elementsOfKind("role")) {
                Inventory.Role live = null;
                for (Inventory.Role x : inv.roles()) if (is("role", r.name(), x.name(), x.arn(), x.tags(), 64)) { live = x; break; }
                if (live == null) {
                    // roles are read through the task definitions that use them: unread when those could not be read
                    if (cannotRead("iam.GetRole", "ecs.DescribeServices", "ecs.ListServices")) missing(r, "iam.GetRole", "ecs.DescribeServices", "ecs.ListServices");
                    else missing(r);
                    continue;
                }
                matched.add(live);
                TreeSet<String> modelAllow = new TreeSet<>(), liveAllow = new TreeSet<>();
                for (Property p : r.all("allow")) if (p.field("actions") instanceof Value.ListValue l) for (Value v : l.items()) modelAllow.add(v.text());
                for (Inventory.Statement st : live.statements()) if ("Allow".equals(st.effect())) liveAllow.addAll(st.actions());
                changed(r, r.location(), "allowed actions", modelAllow, liveAllow);
                TreeSet<String> modelManaged = new TreeSet<>(), liveManaged = new TreeSet<>();
                for (Property p : r.all("managed")) {
                    String n = p.value().text();
                    modelManaged.add(n.contains("/") ? n.substring(n.lastIndexOf('/') + 1) : n);
                }
                for (String arn : live.managed()) liveManaged.add(arn.substring(arn.lastIndexOf('/') + 1));
                changed(r, r.location(), "managed policies", modelManaged, liveManaged);
            }
        }

        // ---- load balancers -------------------------------------------------------------------

        void loadBalancers() {
            for (Element lb : a.elementsOfKind("loadbalancer")) {
                if ("classic".equals(lb.string("type"))) continue;
                Inventory.LoadBalancer live = null;
                for (Inventory.LoadBalancer x : inv.loadBalancers()) if (is("loadbalancer", lb.name(), x.name(), x.arn(), null, 32)) { live = x; break; }
                if (live == null) { missing(lb, "elasticloadbalancingv2.DescribeLoadBalancers"); continue; }
                matched.add(live);
                changed(lb, at(lb, "scheme"), "scheme", lb.string("scheme") == null ? "internet-facing" : lb.string("scheme"), live.scheme());
                changed(lb, at(lb, "type"), "type", lb.string("type") == null ? "application" : lb.string("type"), live.type());
                TreeSet<String> model = new TreeSet<>(), got = new TreeSet<>();
                for (Property l : lb.all("listener")) model.add(l.field("protocol").text().toUpperCase(Locale.ROOT) + " " + l.field("port").text());
                for (Inventory.Listener l : live.listeners()) got.add(l.protocol() + " " + l.port());
                if (!live.listeners().isEmpty() || !cannotRead("elasticloadbalancingv2.DescribeListeners")) changed(lb, lb.location(), "listeners", model, got);
                TreeSet<String> paths = new TreeSet<>(), livePaths = new TreeSet<>();
                for (Property r : lb.all("route")) paths.add(r.field("path").text());
                for (Inventory.Listener l : live.listeners()) for (Inventory.ListenerRule r : l.rules()) livePaths.addAll(r.paths());
                if (!paths.isEmpty() && !cannotRead("elasticloadbalancingv2.DescribeRules")) changed(lb, lb.location(), "routes", paths, livePaths);
                Property hc = lb.property("health");
                for (Property r : lb.all("route")) {
                    String target = r.field("target").text();
                    String tgName = dev.archkit.facts.Naming.limit(aws(lb.name() + "-" + target), 32);
                    Inventory.TargetGroup tg = null;
                    for (Inventory.TargetGroup x : inv.targetGroups()) if (x.name().equals(tgName)) tg = x;
                    if (tg == null) continue;
                    matched.add(tg);
                    if (r.field("port") instanceof Value.IntValue p) changed(lb, r.location(), "target group port for " + target, p.value(), tg.port());
                    String path = r.field("health") != null ? r.field("health").text() : hc != null ? hc.field("path").text() : null;
                    if (path != null && tg.healthPath() != null) changed(lb, r.location(), "health check path for " + target, path, tg.healthPath());
                    if (lb.value("deregistration") instanceof Value.Duration d && tg.deregistrationDelay() != null) {
                        changed(lb, at(lb, "deregistration"), "deregistration delay (s) for " + target, d.millis() / 1000, tg.deregistrationDelay());
                    }
                }
            }
        }

        // ---- data -----------------------------------------------------------------------------

        void databases() {
            for (Element db : a.elementsOfKind("database")) {
                String engine = db.string("engine") == null ? "postgres" : db.string("engine");
                String id = dev.archkit.facts.Naming.limit(aws(db.name()).toLowerCase(Locale.ROOT), 63);
                List<Inventory.Database> live = new ArrayList<>();
                for (Inventory.Database x : inv.databases()) {
                    boolean mine = tagged(x.tags(), db.name()) || x.identifier().equals(id) || (engine.startsWith("aurora") && x.identifier().startsWith(id + "-"))
                            || x.identifier().equals(mapped.get("database:" + db.name()));
                    if (mine) live.add(x);
                }
                if (live.isEmpty()) { missing(db, "rds.DescribeDBInstances"); continue; }
                matched.addAll(live);
                Inventory.Database first = live.get(0);
                if (db.string("class") != null) changed(db, at(db, "class"), "instance class", db.string("class"), first.instanceClass());
                if (!engine.startsWith("aurora")) {
                    changed(db, at(db, "multi-az"), "Multi-AZ", db.flag("multi-az"), first.multiAz());
                    if (db.value("storage") instanceof Value.Size st) changed(db, at(db, "storage"), "storage (GB)", st.mib() / 1024, first.storage());
                } else {
                    long replicas = db.value("replicas") instanceof Value.IntValue r ? r.value() : 0;
                    changed(db, at(db, "replicas"), "instances", 1 + Math.max(replicas, db.flag("multi-az") ? 1 : 0), live.size());
                }
                changed(db, at(db, "public"), "publicly accessible", db.flag("public"), first.publiclyAccessible());
            }
        }

        void eks() {
            for (Element c : a.elementsOfKind("cluster")) {
                if (!"eks".equals(c.string("type"))) continue;
                Inventory.EksCluster live = null;
                for (Inventory.EksCluster x : inv.eksClusters()) if (is("cluster", c.name(), x.name(), null, null, 0)) live = x;
                if (live == null) { missing(c, "eks.ListClusters", "eks.DescribeCluster"); continue; }
                matched.add(live);
                if (c.string("version") != null) changed(c, at(c, "version"), "Kubernetes version", c.string("version"), live.version());
                for (Element n : c.children()) {
                    if (!n.kind().equals("nodegroup")) continue;
                    Inventory.NodeGroup ng = null;
                    for (Inventory.NodeGroup x : live.nodeGroups()) if (x.name().equals(aws(n.name()))) ng = x;
                    if (ng == null) { missing(n, "eks.ListNodegroups", "eks.DescribeNodegroup"); continue; }
                    List<String> types = new ArrayList<>();
                    if (n.value("instance") instanceof Value.ListValue l) for (Value v : l.items()) types.add(v.text());
                    changed(n, at(n, "instance"), "instance types", types, ng.instanceTypes());
                    Property size = n.property("size");
                    if (size != null && size.field("min") instanceof Value.IntValue mn) changed(n, size.location(), "min size", mn.value(), ng.min());
                    if (size != null && size.field("max") instanceof Value.IntValue mx) changed(n, size.location(), "max size", mx.value(), ng.max());
                }
            }
        }

        // ---- extras ---------------------------------------------------------------------------

        /** Live resources in the architecture's own clusters and VPCs that no element accounts for. */
        void extras() {
            for (Inventory.Service s : inv.services()) {
                if (clusterNames.contains(s.cluster()) && !matched.contains(s)) extra("service", s.name(), "in cluster " + s.cluster());
            }
            for (Inventory.SecurityGroup g : inv.securityGroups()) {
                if (vpcIds.contains(g.vpcId()) && !matched.contains(g) && !g.name().equals("default")) extra("securitygroup", g.name(), g.id() + " in " + g.vpcId());
            }
            for (Inventory.LoadBalancer lb : inv.loadBalancers()) {
                if (vpcIds.contains(lb.vpcId()) && !matched.contains(lb)) extra("loadbalancer", lb.name(), "in " + lb.vpcId());
            }
            for (Inventory.Database d : inv.databases()) {
                if (vpcIds.contains(d.vpcId()) && !matched.contains(d)) extra("database", d.identifier(), "in " + d.vpcId());
            }
            for (Inventory.Subnet s : inv.subnets()) {
                if (vpcIds.contains(s.vpcId()) && !matched.contains(s)) extra("subnet", s.id(), s.cidr() + " in " + s.vpcId());
            }
        }
    }
}
