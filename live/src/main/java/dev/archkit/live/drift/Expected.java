package dev.archkit.live.drift;

import dev.archkit.model.Architecture;
import dev.archkit.model.Element;
import dev.archkit.model.Property;
import dev.archkit.model.Value;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The inventory a faithful deployment of a view would show: every element under the names and
 * tags {@code archkit terraform} gives it, security groups with exactly the declared rules.
 * Drift of a model against its own expected inventory is empty; the shipped example snapshots
 * start from it. Ids are derived from names, so the result is the same on every run.
 */
public final class Expected {
    private Expected() { }

    static final String ACCOUNT = "123456789012";

    static String id(String prefix, String name) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
            return prefix + "-0" + HexFormat.of().formatHex(d).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Inventory of(Architecture a) {
        String region = a.region() == null ? "us-east-1" : a.region();
        String env = a.environment();
        java.util.function.Function<String, String> aws = n -> dev.archkit.facts.Naming.awsName(a, n);
        java.util.function.Function<String, Map<String, String>> tags = n -> {
            Map<String, String> t = new TreeMap<>();
            t.put("Name", aws.apply(n));
            t.put("archkit:element", n);
            t.put("archkit:architecture", a.name());
            if (env != null) t.put("archkit:environment", env);
            return t;
        };
        List<Inventory.Vpc> vpcs = new ArrayList<>();
        List<Inventory.Subnet> subnets = new ArrayList<>();
        List<Inventory.NatGateway> nats = new ArrayList<>();
        for (Element net : a.elementsOfKind("network")) {
            String vpc = id("vpc", aws.apply(net.name()));
            vpcs.add(new Inventory.Vpc(vpc, net.value("cidr").text(), tags.apply(net.name())));
            for (Element c : net.children()) {
                if (c.kind().equals("subnet")) {
                    subnets.add(new Inventory.Subnet(id("subnet", aws.apply(c.name())), vpc, c.value("cidr").text(), c.string("zone"), false, tags.apply(c.name())));
                } else if (c.kind().equals("nat")) {
                    nats.add(new Inventory.NatGateway(id("nat", aws.apply(c.name())), id("subnet", aws.apply(c.string("subnet"))), "available", tags.apply(c.name())));
                }
            }
        }
        String onlyVpc = vpcs.size() == 1 ? vpcs.get(0).id() : null;
        List<Inventory.SecurityGroup> sgs = new ArrayList<>();
        for (Element sg : a.elementsOfKind("securitygroup")) {
            String sid = id("sg", aws.apply(sg.name()));
            List<Inventory.SgRule> rules = new ArrayList<>();
            for (String dir : List.of("ingress", "egress")) {
                for (Property p : sg.all(dir)) {
                    String proto = p.field("protocol").text();
                    int lo = 0, hi = 65535;
                    if (p.field("ports") instanceof Value.Ports pr) { lo = pr.from(); hi = pr.to(); }
                    if (proto.equals("all")) { proto = "-1"; lo = -1; hi = -1; }
                    if (!(p.field(dir.equals("ingress") ? "from" : "to") instanceof Value.ListValue peers)) continue;
                    for (Value v : peers.items()) {
                        String cidr = v instanceof Value.Cidr ? v.text() : null;
                        String peer = cidr != null ? null : id("sg", aws.apply(v.text().equals("self") ? sg.name() : v.text()));
                        rules.add(new Inventory.SgRule(dir.equals("egress"), proto, lo, hi, cidr, peer,
                                p.field("description") == null ? null : p.field("description").text()));
                    }
                }
            }
            String vpc = sg.string("network") != null ? id("vpc", aws.apply(sg.string("network"))) : onlyVpc;
            sgs.add(new Inventory.SecurityGroup(sid, aws.apply(sg.name()), vpc, rules, tags.apply(sg.name())));
        }
        List<Inventory.Cluster> clusters = new ArrayList<>();
        List<Inventory.EksCluster> eks = new ArrayList<>();
        for (Element c : a.elementsOfKind("cluster")) {
            String type = c.string("type") == null ? "ecs" : c.string("type");
            if (type.equals("ecs")) {
                List<Inventory.Strategy> st = new ArrayList<>();
                for (Property p : c.all("capacity")) st.add(strategy(p));
                clusters.add(new Inventory.Cluster(aws.apply(c.name()), "arn:aws:ecs:" + region + ":" + ACCOUNT + ":cluster/" + aws.apply(c.name()),
                        c.flag("insights"), st, tags.apply(c.name())));
            } else if (type.equals("eks")) {
                List<Inventory.NodeGroup> ngs = new ArrayList<>();
                for (Element n : c.children()) {
                    if (!n.kind().equals("nodegroup")) continue;
                    Property size = n.property("size");
                    int desired = size != null && size.field("desired") instanceof Value.IntValue dv ? (int) dv.value() : 1;
                    int min = size != null && size.field("min") instanceof Value.IntValue mv ? (int) mv.value() : desired;
                    int max = size != null && size.field("max") instanceof Value.IntValue xv ? (int) xv.value() : desired;
                    List<String> types = new ArrayList<>();
                    if (n.value("instance") instanceof Value.ListValue l) for (Value v : l.items()) types.add(v.text());
                    ngs.add(new Inventory.NodeGroup(aws.apply(n.name()), types, desired, min, max, "spot".equals(n.string("capacity")) ? "SPOT" : "ON_DEMAND"));
                }
                eks.add(new Inventory.EksCluster(aws.apply(c.name()), c.string("version"), ngs));
            }
        }
        List<Inventory.Service> services = new ArrayList<>();
        List<Inventory.ScalableTarget> targets = new ArrayList<>();
        List<Inventory.DiscoveryService> discovery = new ArrayList<>();
        List<Inventory.Role> roles = new ArrayList<>();
        for (Element s : a.elementsOfKind("service")) {
            Element c = s.string("cluster") == null ? null : a.element(s.string("cluster"));
            if (c == null || !(c.string("type") == null || "ecs".equals(c.string("type")))) continue;
            String cluster = aws.apply(c.name());
            Property rep = s.property("replicas");
            int desired = rep != null && rep.field("desired") instanceof Value.IntValue dv ? (int) dv.value() : 1;
            List<Integer> ports = new ArrayList<>();
            if (s.value("port") instanceof Value.ListValue pl) for (Value v : pl.items()) ports.add((int) ((Value.IntValue) v).value());
            List<String> env2 = new ArrayList<>();
            for (Property p : s.all("env")) env2.add(p.field("name").text());
            List<String> secrets = new ArrayList<>();
            for (Property p : s.all("secret")) secrets.add(p.field("name").text());
            List<Inventory.Container> containers = new ArrayList<>();
            containers.add(new Inventory.Container(s.name(), s.string("image"), ports, env2, secrets,
                    s.property("logs") != null ? "/ecs/" + aws.apply(s.name()) : null, s.has("health")));
            String roleArn = s.string("role") == null ? null : "arn:aws:iam::" + ACCOUNT + ":role/" + dev.archkit.facts.Naming.limit(aws.apply(s.string("role")), 64);
            String execArn = "arn:aws:iam::" + ACCOUNT + ":role/" + dev.archkit.facts.Naming.limit(aws.apply(s.string("execution-role") == null ? "ecs-task-execution" : s.string("execution-role")), 64);
            Inventory.TaskDefinition td = new Inventory.TaskDefinition(aws.apply(s.name()), 1,
                    s.value("cpu") instanceof Value.Cpu cpu ? Long.toString(cpu.ecsUnits()) : "256",
                    s.value("memory") instanceof Value.Size m ? Long.toString(m.mib()) : "512",
                    "arm64".equals(s.string("arch")) ? "ARM64" : "X86_64", roleArn, execArn, containers);
            List<Inventory.Strategy> st = new ArrayList<>();
            for (Property p : s.all("capacity")) st.add(strategy(p));
            Property dep = s.property("deploy");
            boolean cb = dep != null && dep.field("circuit-breaker") instanceof Value.BoolValue b && b.value();
            boolean rb = dep != null && dep.field("rollback") instanceof Value.BoolValue b2 && b2.value();
            services.add(new Inventory.Service(aws.apply(s.name()), cluster, "arn:aws:ecs:" + region + ":" + ACCOUNT + ":service/" + cluster + "/" + aws.apply(s.name()),
                    desired, st.isEmpty() && c.all("capacity").isEmpty() ? "FARGATE" : null, st,
                    s.refs("subnets").stream().map(x -> id("subnet", aws.apply(x))).toList(),
                    s.refs("securitygroups").stream().map(x -> id("sg", aws.apply(x))).toList(),
                    s.flag("public-ip"), cb, rb, td, List.of(), s.string("discovery") != null ? 1 : 0, tags.apply(s.name())));
            boolean autoscaled = rep != null && (rep.field("min") != null || rep.field("max") != null);
            if (autoscaled || !s.all("scale").isEmpty()) {
                int min = rep != null && rep.field("min") instanceof Value.IntValue mv ? (int) mv.value() : desired;
                int max = rep != null && rep.field("max") instanceof Value.IntValue xv ? (int) xv.value() : desired;
                List<Inventory.Policy> pols = new ArrayList<>();
                for (Property p : s.all("scale")) {
                    String metric = switch (p.field("metric").text()) {
                        case "cpu" -> "ECSServiceAverageCPUUtilization";
                        case "memory" -> "ECSServiceAverageMemoryUtilization";
                        default -> "ALBRequestCountPerTarget";
                    };
                    pols.add(new Inventory.Policy(aws.apply(s.name()) + "-" + p.field("metric").text(), metric, Drift.scalingTarget(p.field("target"))));
                }
                targets.add(new Inventory.ScalableTarget("service/" + cluster + "/" + aws.apply(s.name()), min, max, pols));
            }
            if (s.string("discovery") != null) discovery.add(new Inventory.DiscoveryService(id("srv", s.name()), s.name(), id("ns", s.string("discovery"))));
        }
        for (Element r : a.elementsOfKind("role")) {
            List<Inventory.Statement> st = new ArrayList<>();
            for (String eff : List.of("allow", "deny")) {
                for (Property p : r.all(eff)) {
                    List<String> actions = new ArrayList<>(), resources = new ArrayList<>();
                    if (p.field("actions") instanceof Value.ListValue l) for (Value v : l.items()) actions.add(v.text());
                    if (p.field("on") instanceof Value.ListValue l) for (Value v : l.items()) resources.add(v.text());
                    st.add(new Inventory.Statement(eff.equals("allow") ? "Allow" : "Deny", actions, resources));
                }
            }
            List<String> managed = new ArrayList<>();
            for (Property m : r.all("managed")) {
                String n = m.value().text();
                managed.add(n.startsWith("arn:") ? n : "arn:aws:iam::aws:policy/" + (n.equals("AmazonECSTaskExecutionRolePolicy") ? "service-role/" : "") + n);
            }
            String name = dev.archkit.facts.Naming.limit(aws.apply(r.name()), 64);
            roles.add(new Inventory.Role(name, "arn:aws:iam::" + ACCOUNT + ":role/" + name, List.of("ecs-tasks.amazonaws.com"), st, managed, tags.apply(r.name())));
        }
        List<Inventory.LoadBalancer> lbs = new ArrayList<>();
        List<Inventory.TargetGroup> tgs = new ArrayList<>();
        for (Element lb : a.elementsOfKind("loadbalancer")) {
            if ("classic".equals(lb.string("type"))) continue;
            String name = dev.archkit.facts.Naming.limit(aws.apply(lb.name()), 32);
            String arn = "arn:aws:elasticloadbalancing:" + region + ":" + ACCOUNT + ":loadbalancer/" + ("network".equals(lb.string("type")) ? "net/" : "app/") + name + "/0123456789abcdef";
            List<Inventory.Listener> listeners = new ArrayList<>();
            List<Inventory.ListenerRule> rules = new ArrayList<>();
            int prio = 100;
            for (Property r : lb.all("route")) {
                String tg = dev.archkit.facts.Naming.limit(aws.apply(lb.name() + "-" + r.field("target").text()), 32);
                rules.add(new Inventory.ListenerRule(Integer.toString(r.field("priority") instanceof Value.IntValue p ? (int) p.value() : prio), List.of(r.field("path").text()), List.of(tg)));
                prio += 10;
            }
            boolean placed = false;
            for (Property l : lb.all("listener")) {
                boolean redirect = l.field("redirect") != null;
                listeners.add(new Inventory.Listener(arn.replace(":loadbalancer/", ":listener/") + "/" + l.field("port").text(),
                        (int) ((Value.IntValue) l.field("port")).value(), l.field("protocol").text().toUpperCase(Locale.ROOT),
                        !redirect && !placed ? rules : List.of()));
                if (!redirect) placed = true;
            }
            List<String> lbSubnets = lb.refs("subnets").stream().map(x -> id("subnet", aws.apply(x))).toList();
            lbs.add(new Inventory.LoadBalancer(name, arn, lb.string("type") == null ? "application" : lb.string("type"),
                    lb.string("scheme") == null ? "internet-facing" : lb.string("scheme"), onlyVpc, lbSubnets,
                    lb.refs("securitygroups").stream().map(x -> id("sg", aws.apply(x))).toList(), listeners));
            Property hc = lb.property("health");
            for (Property r : lb.all("route")) {
                String target = r.field("target").text();
                Element te = a.element(target);
                int port = r.field("port") instanceof Value.IntValue p ? (int) p.value()
                        : te != null && te.value("port") instanceof Value.ListValue pl && !pl.items().isEmpty() ? (int) ((Value.IntValue) pl.items().get(0)).value() : 80;
                String tgName = dev.archkit.facts.Naming.limit(aws.apply(lb.name() + "-" + target), 32);
                String path = r.field("health") != null ? r.field("health").text() : hc != null ? hc.field("path").text() : "/";
                Integer dereg = lb.value("deregistration") instanceof Value.Duration d ? (int) (d.millis() / 1000) : 300;
                tgs.add(new Inventory.TargetGroup(tgName, "arn:aws:elasticloadbalancing:" + region + ":" + ACCOUNT + ":targetgroup/" + tgName + "/0123456789abcdef",
                        port, "network".equals(lb.string("type")) ? "TCP" : "HTTP", "ip", path, dereg, List.of(arn)));
            }
        }
        List<Inventory.Database> dbs = new ArrayList<>();
        for (Element db : a.elementsOfKind("database")) {
            String engine = db.string("engine") == null ? "postgres" : db.string("engine");
            String ident = dev.archkit.facts.Naming.limit(aws.apply(db.name()).toLowerCase(Locale.ROOT), 63);
            int storage = db.value("storage") instanceof Value.Size st ? (int) (st.mib() / 1024) : 20;
            if (engine.startsWith("aurora")) {
                long replicas = db.value("replicas") instanceof Value.IntValue r ? r.value() : 0;
                long n = 1 + Math.max(replicas, db.flag("multi-az") ? 1 : 0);
                for (int i = 0; i < n; i++) {
                    dbs.add(new Inventory.Database(ident + "-" + i, engine, db.string("class"), false, 1, db.flag("public"), onlyVpc, tags.apply(db.name())));
                }
            } else {
                dbs.add(new Inventory.Database(ident, engine, db.string("class"), db.flag("multi-az"), storage, db.flag("public"), onlyVpc, tags.apply(db.name())));
            }
        }
        return new Inventory(Inventory.VERSION, region, clusters, services, vpcs, subnets, sgs, nats, lbs, tgs, targets, discovery, dbs, roles, eks, List.of()).sorted();
    }

    static Inventory.Strategy strategy(Property p) {
        String provider = p.field("provider").text().equals("fargate-spot") ? "FARGATE_SPOT" : p.field("provider").text().toUpperCase(Locale.ROOT);
        int w = p.field("weight") instanceof Value.IntValue wv ? (int) wv.value() : 1;
        int b = p.field("base") instanceof Value.IntValue bv ? (int) bv.value() : 0;
        return new Inventory.Strategy(provider, w, b);
    }
}
