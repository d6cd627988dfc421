package dev.archkit.live.drift;

import dev.archkit.facts.Facts;
import dev.archkit.facts.Names;
import dev.archkit.facts.Scaling;
import dev.archkit.facts.ServiceFacts;
import dev.archkit.model.Architecture;
import dev.archkit.model.Value;
import dev.archkit.model.view.Capacity;
import dev.archkit.model.view.Cluster;
import dev.archkit.model.view.Database;
import dev.archkit.model.view.Endpoint;
import dev.archkit.model.view.Kind;
import dev.archkit.model.view.LoadBalancer;
import dev.archkit.model.view.Nat;
import dev.archkit.model.view.Network;
import dev.archkit.model.view.NodeGroup;
import dev.archkit.model.view.Role;
import dev.archkit.model.view.Route;
import dev.archkit.model.view.SecurityGroup;
import dev.archkit.model.view.Service;
import dev.archkit.model.view.Subnet;
import dev.archkit.model.view.Task;
import dev.archkit.model.view.Typed;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The inventory a faithful deployment of a view would show: every element under the names and
 * tags {@code archkit terraform} gives it, security groups with exactly the declared rules.
 * Drift of a model against its own expected inventory is empty; the shipped example snapshots
 * start from it. Ids are derived from names, so the result is the same on every run. Names,
 * ports, runtimes and scaling come from the facts layer.
 *
 * <p>Over 300 lines: one short method per resource kind of {@link Inventory} (network and routes,
 * groups, clusters, services and scaling, roles, load balancers and target groups, databases),
 * each the mirror of its Terraform emitter; split by kind, each part would need the same names,
 * tags and ids passed around.
 */
public final class Expected {
    private final Architecture a;
    private final Facts facts;
    private final Names names;
    private final String region;
    private final List<Inventory.Vpc> vpcs = new ArrayList<>();
    private final List<Inventory.Subnet> subnets = new ArrayList<>();
    private final List<Inventory.NatGateway> nats = new ArrayList<>();
    private final List<Inventory.VpcEndpoint> endpoints = new ArrayList<>();
    private final List<Inventory.RouteTable> routeTables = new ArrayList<>();

    private Expected(Facts facts) {
        this.facts = facts;
        this.a = facts.architecture();
        this.names = facts.names();
        this.region = a.region() == null ? "us-east-1" : a.region();
        for (Network net : Typed.networks(a)) network(net);
    }

    static String id(String prefix, String name) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
            return prefix + "-0" + HexFormat.of().formatHex(d).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Inventory of(Architecture view) {
        return of(Facts.of(view));
    }

    /** The expected inventory of the view the facts were derived from. */
    public static Inventory of(Facts facts) {
        return new Expected(facts).inventory();
    }

    private Inventory inventory() {
        List<Inventory.SecurityGroup> sgs = new ArrayList<>();
        for (SecurityGroup sg : Typed.securityGroups(a)) sgs.add(securityGroup(sg));
        List<Inventory.Cluster> clusters = new ArrayList<>();
        List<Inventory.EksCluster> eks = new ArrayList<>();
        for (Cluster c : Typed.clusters(a)) {
            if (c.type() == Cluster.Type.ECS) clusters.add(ecsCluster(c));
            else if (c.type() == Cluster.Type.EKS) eks.add(eksCluster(c));
        }
        List<Inventory.Service> services = new ArrayList<>();
        List<Inventory.ScalableTarget> targets = new ArrayList<>();
        List<Inventory.DiscoveryService> discovery = new ArrayList<>();
        for (ServiceFacts sf : facts.services()) {
            Cluster c = ecsCluster(sf);
            if (c == null) continue;
            Service s = sf.service();
            String cluster = aws(c.name());
            services.add(service(sf, c, cluster));
            if (sf.scaling().autoscaled()) targets.add(scalableTarget(s, sf.scaling(), cluster));
            s.discovery().ifPresent(ns -> discovery.add(new Inventory.DiscoveryService(id("srv", s.name()), s.name(), id("ns", ns))));
        }
        List<Inventory.Role> roles = new ArrayList<>();
        for (Role r : Typed.roles(a)) roles.add(role(r));
        List<Inventory.LoadBalancer> lbs = new ArrayList<>();
        List<Inventory.TargetGroup> tgs = new ArrayList<>();
        for (LoadBalancer lb : Typed.loadBalancers(a)) {
            if (lb.type() == LoadBalancer.Type.CLASSIC) continue;
            Inventory.LoadBalancer live = loadBalancer(lb);
            lbs.add(live);
            tgs.addAll(targetGroups(lb, live.arn()));
        }
        List<Inventory.Database> dbs = new ArrayList<>();
        for (Database db : Typed.databases(a)) dbs.addAll(databases(db));
        return new Inventory(Inventory.VERSION, region, clusters, services, vpcs, subnets, sgs, nats, lbs, tgs, targets, discovery, dbs, roles, eks,
                List.of()).withRouting(endpoints, routeTables)
                .withNetworkAcls(NaclDrift.expected(a, n -> id("vpc", aws(n)), this::subnetId, n -> id("acl", aws(n)), this::tags)).sorted();
    }

    /** The ECS cluster a service runs in, or null when it does not run on ECS (or names no ECS cluster). */
    static Cluster ecsCluster(ServiceFacts sf) {
        if (!sf.ecs()) return null;
        return sf.cluster().filter(c -> c.type() == Cluster.Type.ECS).orElse(null);
    }

    private String aws(String name) {
        return names.aws(name);
    }

    private Map<String, String> tags(String element) {
        Map<String, String> t = new TreeMap<>();
        t.put("Name", aws(element));
        t.put("archkit:element", element);
        t.put("archkit:architecture", a.name());
        if (a.environment() != null) t.put("archkit:environment", a.environment());
        return t;
    }

    private String subnetId(String subnet) { return id("subnet", aws(subnet)); }

    /** The VPC of an element's network, as the facts layer places it (written, by its subnets, or the only one). */
    /** The VPC id of an element's network (by the element, not its name: a group and a node may share one). */
    private String vpcOf(dev.archkit.model.Element element) {
        return facts.network(element).map(n -> id("vpc", aws(n.name()))).orElse(null);
    }

    private String sgId(String group) { return id("sg", aws(group)); }

    private void network(Network net) {
        String vpc = id("vpc", aws(net.name()));
        vpcs.add(new Inventory.Vpc(vpc, net.cidr().map(Value::text).orElse(null), tags(net.name())));
        for (Subnet s : net.subnets()) {
            subnets.add(new Inventory.Subnet(subnetId(s.name()), vpc, s.cidr().map(Value::text).orElse(null), s.zone(), false, tags(s.name())));
        }
        for (Nat n : net.nats()) nats.add(new Inventory.NatGateway(id("nat", aws(n.name())), subnetId(n.subnet()), "available", tags(n.name())));
        routing(net, vpc);
    }

    /**
     * The route tables and endpoints of a network, as {@code archkit terraform} makes them: the
     * VPC's main table with only the local route; one table shared by the public subnets that route
     * to the internet gateway, one of its own for every other subnet, each with the subnet's
     * default route (the route fact); each gateway endpoint a route in all of them; interface
     * endpoints in their subnets behind their groups.
     */
    private void routing(Network net, String vpc) {
        String cidr = net.cidr().map(Value::text).orElse(null);
        Inventory.Route local = new Inventory.Route(cidr, "local", "active");
        routeTables.add(new Inventory.RouteTable(id("rtb", aws(net.name()) + "-main"), vpc, true, List.of(), List.of(local), Map.of()));
        List<String> gateways = new ArrayList<>();
        for (Endpoint ep : net.endpoints()) if (ep.type() == Endpoint.Type.GATEWAY && ep.service() != null) gateways.add(id("vpce", aws(ep.name())));
        Map<String, List<String>> tables = new java.util.LinkedHashMap<>();   // table -> subnets
        Map<String, String> defaults = new java.util.HashMap<>();             // table -> its default route's target
        Map<String, Map<String, String>> tableTags = new java.util.HashMap<>();
        for (Subnet s : net.subnets()) {
            Route r = facts.route(s);
            boolean shared = s.isPublic() && r.target() == Route.Target.IGW;
            String table = id("rtb", aws(shared ? net.name() + "-public" : s.name()));
            tables.computeIfAbsent(table, k -> new ArrayList<>()).add(subnetId(s.name()));
            tableTags.putIfAbsent(table, tags(shared ? net.name() : s.name()));
            switch (r.target()) {
                case IGW -> defaults.put(table, id("igw", aws(net.name())));
                case NAT -> r.nat().ifPresent(n -> defaults.put(table, id("nat", aws(n))));
                case NONE -> { }
            }
        }
        Map<String, List<String>> endpointTables = new java.util.HashMap<>();
        for (Map.Entry<String, List<String>> t : tables.entrySet()) {
            List<Inventory.Route> routes = new ArrayList<>(List.of(local));
            String target = defaults.get(t.getKey());
            if (target != null) routes.add(new Inventory.Route("0.0.0.0/0", target, "active"));
            for (String g : gateways) {
                routes.add(new Inventory.Route(id("pl", g), g, "active"));
                endpointTables.computeIfAbsent(g, k -> new ArrayList<>()).add(t.getKey());
            }
            routeTables.add(new Inventory.RouteTable(t.getKey(), vpc, false, t.getValue(), routes, tableTags.get(t.getKey())));
        }
        for (Endpoint ep : net.endpoints()) {
            if (ep.service() == null) continue;
            String id = id("vpce", aws(ep.name()));
            String service = "com.amazonaws." + region + "." + ep.service();
            if (ep.type() == Endpoint.Type.GATEWAY) {
                endpoints.add(new Inventory.VpcEndpoint(id, vpc, service, "Gateway", "available", List.of(), endpointTables.getOrDefault(id, List.of()),
                        List.of(), false, tags(ep.name())));
            } else {
                endpoints.add(new Inventory.VpcEndpoint(id, vpc, service, "Interface", "available", ep.subnets().names().stream().map(this::subnetId).toList(),
                        List.of(), ep.securityGroups().names().stream().map(this::sgId).toList(), ep.privateDns(), tags(ep.name())));
            }
        }
    }

    private Inventory.SecurityGroup securityGroup(SecurityGroup sg) {
        List<Inventory.SgRule> rules = new ArrayList<>();
        for (List<SecurityGroup.Rule> dir : List.of(sg.ingress(), sg.egress())) {
            for (SecurityGroup.Rule r : dir) {
                boolean all = r.protocol() == SecurityGroup.IpProtocol.ALL;
                String proto = all ? "-1" : r.protocol().id();
                int lo = all ? -1 : r.ports().from(), hi = all ? -1 : r.ports().to();
                boolean egress = r.direction() == SecurityGroup.Direction.EGRESS;
                for (SecurityGroup.Peer p : r.peers()) {
                    String cidr = p instanceof SecurityGroup.CidrPeer c ? c.cidr().text() : null;
                    String peer = p instanceof SecurityGroup.GroupPeer g ? sgId(g.group()) : p instanceof SecurityGroup.SelfPeer ? sgId(sg.name()) : null;
                    String list = p instanceof SecurityGroup.PrefixListPeer pl ? id("pl", pl.awsManaged() ? pl.list() : aws(pl.list())) : null;
                    rules.add(new Inventory.SgRule(egress, proto, lo, hi, cidr, peer, list, r.description().orElse(null)));
                }
            }
        }
        String vpc = sg.network().map(n -> id("vpc", aws(n))).orElse(vpcOf(sg.element()));
        return new Inventory.SecurityGroup(sgId(sg.name()), aws(sg.name()), vpc, rules, tags(sg.name()));
    }

    static List<Inventory.Strategy> strategy(List<Capacity> capacity) {
        List<Inventory.Strategy> out = new ArrayList<>();
        for (Capacity c : capacity) out.add(new Inventory.Strategy(AwsWords.provider(c.provider()), (int) c.weightOr(1), (int) c.baseOr(0)));
        return out;
    }

    private Inventory.Cluster ecsCluster(Cluster c) {
        String name = aws(c.name());
        return new Inventory.Cluster(name, "arn:aws:ecs:" + region + ":" + AwsWords.ACCOUNT + ":cluster/" + name, c.insights(), strategy(c.capacity()),
                tags(c.name()));
    }

    private Inventory.EksCluster eksCluster(Cluster c) {
        List<Inventory.NodeGroup> ngs = new ArrayList<>();
        for (NodeGroup n : c.nodeGroups()) {
            NodeGroup.Size size = n.size();
            ngs.add(new Inventory.NodeGroup(aws(n.name()), n.instanceTypes(), (int) size.desired(), (int) size.min(), (int) size.max(),
                    n.purchase() == NodeGroup.Purchase.SPOT ? "SPOT" : "ON_DEMAND"));
        }
        return new Inventory.EksCluster(aws(c.name()), c.version().orElse(null), ngs);
    }

    private Inventory.Service service(ServiceFacts sf, Cluster c, String cluster) {
        Service s = sf.service();
        List<String> env = s.env().stream().map(Task.EnvVar::name).toList();
        List<String> secrets = s.secrets().stream().map(Task.Secret::name).toList();
        Inventory.Container container = new Inventory.Container(s.name(), s.image().map(Value.StringValue::value).orElse(null), s.ports(), env, secrets,
                s.logs().isPresent() ? "/ecs/" + aws(s.name()) : null, s.health().isPresent());
        String roleArn = s.role().map(r -> AwsWords.roleArn(names.role(r))).orElse(null);
        String execArn = AwsWords.roleArn(names.role(s.executionRole().orElse(AwsWords.DEFAULT_EXECUTION_ROLE)));
        Inventory.TaskDefinition td = new Inventory.TaskDefinition(aws(s.name()), 1,
                s.cpu().map(cpu -> Long.toString(cpu.ecsUnits())).orElse("256"), s.memory().map(m -> Long.toString(m.mib())).orElse("512"),
                AwsWords.cpuArchitecture(s.arch()), roleArn, execArn, List.of(container));
        Optional<Task.Deploy> deploy = s.deploy();
        boolean cb = deploy.map(Task.Deploy::circuitBreaker).orElse(false);
        boolean rb = deploy.map(Task.Deploy::rollback).orElse(false);
        String name = aws(s.name());
        return new Inventory.Service(name, cluster, "arn:aws:ecs:" + region + ":" + AwsWords.ACCOUNT + ":service/" + cluster + "/" + name,
                (int) sf.scaling().desired(), facts.capacity(s).isEmpty() ? "FARGATE" : null, strategy(s.capacity()),
                s.subnets().names().stream().map(this::subnetId).toList(), s.securityGroups().names().stream().map(this::sgId).toList(),
                s.publicIp(), cb, rb, td, List.of(), s.discovery().isPresent() ? 1 : 0, tags(s.name()));
    }

    private Inventory.ScalableTarget scalableTarget(Service s, Scaling scaling, String cluster) {
        List<Inventory.Policy> pols = new ArrayList<>();
        for (Task.Scaling p : s.scaling()) {
            pols.add(new Inventory.Policy(aws(s.name()) + "-" + p.metric().id(), AwsWords.metric(p.metric()), p.target()));
        }
        return new Inventory.ScalableTarget("service/" + cluster + "/" + aws(s.name()), (int) scaling.min(), (int) scaling.max(), pols);
    }

    private Inventory.Role role(Role r) {
        List<Inventory.Statement> st = new ArrayList<>();
        for (Role.Effect effect : List.of(Role.Effect.ALLOW, Role.Effect.DENY)) {
            for (Role.Statement s : r.statements()) {
                if (s.effect() == effect) st.add(new Inventory.Statement(effect == Role.Effect.ALLOW ? "Allow" : "Deny", s.actions(), s.resources()));
            }
        }
        List<String> managed = r.managed().stream().map(AwsWords::managedPolicyArn).toList();
        String name = names.role(r.name());
        return new Inventory.Role(name, AwsWords.roleArn(name), List.of("ecs-tasks.amazonaws.com"), st, managed, tags(r.name()));
    }

    private Inventory.LoadBalancer loadBalancer(LoadBalancer lb) {
        String name = names.loadBalancer(lb.name());
        boolean network = lb.type() == LoadBalancer.Type.NETWORK;
        String arn = "arn:aws:elasticloadbalancing:" + region + ":" + AwsWords.ACCOUNT + ":loadbalancer/" + (network ? "net/" : "app/") + name + "/0123456789abcdef";
        List<Inventory.ListenerRule> rules = new ArrayList<>();
        int prio = 100;
        for (LoadBalancer.Route r : lb.routes()) {
            String tg = names.targetGroup(lb.name(), r.target());
            rules.add(new Inventory.ListenerRule(Long.toString(r.priority().orElse((long) prio)), List.of(r.path()), List.of(tg)));
            prio += 10;
        }
        List<Inventory.Listener> listeners = new ArrayList<>();
        boolean placed = false;
        for (LoadBalancer.Listener l : lb.listeners()) {
            boolean redirect = l.redirect().isPresent();
            listeners.add(new Inventory.Listener(arn.replace(":loadbalancer/", ":listener/") + "/" + l.port(), l.port(),
                    l.protocol().id().toUpperCase(Locale.ROOT), !redirect && !placed ? rules : List.of()));
            if (!redirect) placed = true;
        }
        return new Inventory.LoadBalancer(name, arn, lb.type().id(), lb.scheme().id(), vpcOf(lb.element()), lb.subnets().names().stream().map(this::subnetId).toList(),
                lb.securityGroups().names().stream().map(this::sgId).toList(), listeners);
    }

    /**
     * The target groups of a load balancer, as {@code archkit terraform} makes them: one per
     * service forwarded to (by a route, then by a listener's default), on the route's port or the
     * port the service listens on, none without a port or for a target that is not a service.
     */
    private List<Inventory.TargetGroup> targetGroups(LoadBalancer lb, String lbArn) {
        Map<String, Inventory.TargetGroup> byName = new java.util.LinkedHashMap<>();
        String lbPath = lb.health().map(LoadBalancer.HealthCheck::path).orElse("/");
        for (LoadBalancer.Route r : lb.routes()) {
            if (!Kind.SERVICE.is(a.element(r.target()))) continue;
            long port = r.port().orElse((long) facts.listenPort(r.target()));
            if (port > 0) byName.putIfAbsent(names.targetGroup(lb.name(), r.target()), targetGroup(lb, r.target(), (int) port, r.health().orElse(lbPath), lbArn));
        }
        for (LoadBalancer.Listener l : lb.listeners()) {
            String target = l.forward().orElse(null);
            if (target == null || !Kind.SERVICE.is(a.element(target))) continue;
            int port = facts.listenPort(target);
            if (port > 0) byName.putIfAbsent(names.targetGroup(lb.name(), target), targetGroup(lb, target, port, lbPath, lbArn));
        }
        return new ArrayList<>(byName.values());
    }

    private Inventory.TargetGroup targetGroup(LoadBalancer lb, String target, int port, String path, String lbArn) {
        String name = names.targetGroup(lb.name(), target);
        int dereg = lb.deregistration().map(d -> (int) (d.millis() / 1000)).orElse(300);
        return new Inventory.TargetGroup(name, "arn:aws:elasticloadbalancing:" + region + ":" + AwsWords.ACCOUNT + ":targetgroup/" + name + "/0123456789abcdef",
                port, lb.type() == LoadBalancer.Type.NETWORK ? "TCP" : "HTTP", "ip", path, dereg, List.of(lbArn));
    }

    /** One instance, or for Aurora one per writer and reader. */
    private List<Inventory.Database> databases(Database db) {
        String engine = db.engine().map(Database.Engine::id).orElse("postgres");
        String ident = names.dbIdentifier(db.name());
        String cls = db.instanceClass().orElse(null);
        List<Inventory.Database> out = new ArrayList<>();
        if (db.engine().map(Database.Engine::isAurora).orElse(false)) {
            long n = instances(db);
            for (int i = 0; i < n; i++) out.add(new Inventory.Database(ident + "-" + i, engine, cls, false, 1, db.isPublic(), vpcOf(db.element()), tags(db.name())));
        } else {
            int storage = db.storage().map(st -> (int) (st.mib() / 1024)).orElse(20);
            out.add(new Inventory.Database(ident, engine, cls, db.multiAz(), storage, db.isPublic(), vpcOf(db.element()), tags(db.name())));
        }
        return out;
    }

    /** Aurora instances: the writer and its readers, at least one reader when Multi-AZ. */
    static long instances(Database db) {
        return 1 + Math.max(db.replicas(), db.multiAz() ? 1 : 0);
    }
}
