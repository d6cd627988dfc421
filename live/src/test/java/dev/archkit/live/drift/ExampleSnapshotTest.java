package dev.archkit.live.drift;

import dev.archkit.lang.ModelBuilder;
import dev.archkit.model.Architecture;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The snapshot shipped with the open-market example: what a faithful deployment shows, with the
 * drifts a real account accumulates. It is built here, so it stays consistent with the model;
 * -Darchkit.updateGolden=true rewrites it.
 */
class ExampleSnapshotTest {

    /** Whether a live name is the name archkit gives an element (its architecture's and environment's prefix aside). */
    static boolean is(String live, String element) {
        return live.equals(element) || live.endsWith("-" + element);
    }

    static final Path FILE = Path.of("..", "examples", "drift", "open-market.live.json");

    static Inventory withDrift(Architecture a) {
        Inventory e = Expected.of(a);
        List<Inventory.Service> services = new ArrayList<>();
        for (Inventory.Service s : e.services()) {
            if (is(s.name(), "review-service")) continue;                       // deleted by hand
            if (is(s.name(), "order-service")) {                                 // scaled past its autoscaling maximum
                s = new Inventory.Service(s.name(), s.cluster(), s.arn(), 25, s.launchType(), s.strategy(), s.subnets(), s.securityGroups(), s.publicIp(),
                        s.circuitBreaker(), s.rollback(), s.task(), s.targetGroups(), s.registries(), s.tags());
            }
            if (is(s.name(), "product-service")) {                               // a hotfix deployed outside the pipeline
                Inventory.TaskDefinition t = s.task();
                Inventory.Container c = t.containers().get(0);
                Inventory.Container hot = new Inventory.Container(c.name(), c.image().replace(":latest", ":hotfix-2611"), c.ports(), c.environment(),
                        c.secrets(), c.logGroup(), c.healthCheck());
                s = new Inventory.Service(s.name(), s.cluster(), s.arn(), s.desiredCount(), s.launchType(), s.strategy(), s.subnets(), s.securityGroups(),
                        s.publicIp(), s.circuitBreaker(), s.rollback(), new Inventory.TaskDefinition(t.family(), t.revision() + 14, t.cpu(), "2048",
                        t.cpuArchitecture(), t.taskRole(), t.executionRole(), List.of(hot)), s.targetGroups(), s.registries(), s.tags());
            }
            services.add(s);
        }
        String cluster = e.clusters().get(0).name();
        services.add(new Inventory.Service("debug-shell", cluster, "arn:aws:ecs:" + e.region() + ":123456789012:service/" + cluster + "/debug-shell",
                1, "FARGATE", List.of(), services.get(0).subnets(), services.get(0).securityGroups(), true, false, false,
                new Inventory.TaskDefinition("debug-shell", 3, "256", "512", "X86_64", null, null,
                        List.of(new Inventory.Container("shell", "public.ecr.aws/amazonlinux/amazonlinux:2023", List.of(), List.of(), List.of(), null, false))),
                List.of(), 0, null));
        List<Inventory.SecurityGroup> sgs = new ArrayList<>();
        for (Inventory.SecurityGroup g : e.securityGroups()) {
            if (is(g.name(), "doa-market-data-sg")) {                            // opened "for a quick look" and never closed
                List<Inventory.SgRule> rules = new ArrayList<>(g.rules());
                rules.add(new Inventory.SgRule(false, "tcp", 5432, 5432, "0.0.0.0/0", null, "temporary access"));
                g = new Inventory.SecurityGroup(g.id(), g.name(), g.vpcId(), rules, g.tags());
            }
            sgs.add(g);
        }
        List<Inventory.Database> dbs = new ArrayList<>();
        for (Inventory.Database d : e.databases()) {
            dbs.add(d.identifier().startsWith("open-market-products-db") ? new Inventory.Database(d.identifier(), d.engine(), "db.r6g.xlarge", d.multiAz(), d.storage(),
                    d.publiclyAccessible(), d.vpcId(), d.tags()) : d);
        }
        // the snapshot was taken with a role that may not read IAM
        List<Inventory.Unreadable> unread = List.of(new Inventory.Unreadable("iam", "GetRole", null,
                "AccessDenied: User: arn:aws:sts::123456789012:assumed-role/auditor/ci is not authorized to perform: iam:GetRole"));
        return new Inventory(e.version(), e.region(), e.clusters(), services, e.vpcs(), e.subnets(), sgs, e.natGateways(), e.loadBalancers(),
                e.targetGroups(), e.scalableTargets(), e.discoveryServices(), dbs, List.of(), e.eksClusters(), unread)
                .withRouting(e.vpcEndpoints(), e.routeTables()).sorted();
    }

    /** Every inventory of an architecture's environments in one account (names carry the environment). */
    static Inventory merged(Architecture a) {
        Inventory m = null;
        for (dev.archkit.model.Environment env : a.environments()) {
            Inventory e = Expected.of(a.forEnvironment(env.name()));
            m = m == null ? e : new Inventory(e.version(), e.region(), cat(m.clusters(), e.clusters()), cat(m.services(), e.services()), cat(m.vpcs(), e.vpcs()),
                    cat(m.subnets(), e.subnets()), cat(m.securityGroups(), e.securityGroups()), cat(m.natGateways(), e.natGateways()),
                    cat(m.loadBalancers(), e.loadBalancers()), cat(m.targetGroups(), e.targetGroups()), cat(m.scalableTargets(), e.scalableTargets()),
                    cat(m.discoveryServices(), e.discoveryServices()), cat(m.databases(), e.databases()), cat(m.roles(), e.roles()),
                    cat(m.eksClusters(), e.eksClusters()), List.of()).withRouting(cat(m.vpcEndpoints(), e.vpcEndpoints()), cat(m.routeTables(), e.routeTables()));
        }
        return m;
    }

    static <T> List<T> cat(List<T> a, List<T> b) {
        List<T> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    static Inventory with(Inventory e, List<Inventory.Service> services, List<Inventory.SecurityGroup> sgs, List<Inventory.NatGateway> nats,
                          List<Inventory.EksCluster> eks) {
        return new Inventory(e.version(), e.region(), e.clusters(), services, e.vpcs(), e.subnets(), sgs, nats, e.loadBalancers(), e.targetGroups(),
                e.scalableTargets(), e.discoveryServices(), e.databases(), e.roles(), eks, e.unreadable(), e.vpcEndpoints(), e.routeTables(),
                e.networkAcls()).sorted();
    }

    static Inventory.Service scaled(Inventory.Service s, int desired) {
        return new Inventory.Service(s.name(), s.cluster(), s.arn(), desired, s.launchType(), s.strategy(), s.subnets(), s.securityGroups(), s.publicIp(),
                s.circuitBreaker(), s.rollback(), s.task(), s.targetGroups(), s.registries(), s.tags());
    }

    /** fintech: payment-service scaled past its maximum by hand, SSH opened on the tasks, the second NAT gateway deleted to save money. */
    static Inventory fintech(Architecture a) {
        Inventory e = Expected.of(a);
        List<Inventory.Service> services = e.services().stream().map(s -> is(s.name(), "payment-service") ? scaled(s, 60) : s).toList();
        List<Inventory.SecurityGroup> sgs = e.securityGroups().stream().map(g -> {
            if (!is(g.name(), "task-sg")) return g;
            List<Inventory.SgRule> rules = new ArrayList<>(g.rules());
            rules.add(new Inventory.SgRule(false, "tcp", 22, 22, "0.0.0.0/0", null, "debugging"));
            return new Inventory.SecurityGroup(g.id(), g.name(), g.vpcId(), rules, g.tags());
        }).toList();
        List<Inventory.NatGateway> nats = e.natGateways().stream().filter(n -> !"nat-c".equals(n.tags().get("archkit:element"))).toList();
        return with(e, services, sgs, nats, e.eksClusters());
    }

    /** tutorial: scaled down to one task to save money, and the circuit breaker switched off. */
    static Inventory tutorial(Architecture a) {
        Inventory e = Expected.of(a);
        List<Inventory.Service> services = e.services().stream().map(s -> new Inventory.Service(s.name(), s.cluster(), s.arn(), 1, s.launchType(), s.strategy(),
                s.subnets(), s.securityGroups(), s.publicIp(), false, false, s.task(), s.targetGroups(), s.registries(), s.tags())).toList();
        return with(e, services, e.securityGroups(), e.natGateways(), e.eksClusters());
    }

    /** eks-platform (all environments in one account): prod's node group grown to m5.large and six nodes, dev's cluster a version ahead. */
    static Inventory eks(Architecture a) {
        Inventory e = merged(a);
        List<Inventory.EksCluster> eks = e.eksClusters().stream().map(c -> {
            if (is(c.name(), "dev-main")) return new Inventory.EksCluster(c.name(), "1.30", c.nodeGroups());
            if (!is(c.name(), "prod-main")) return c;
            return new Inventory.EksCluster(c.name(), c.version(), c.nodeGroups().stream()
                    .map(n -> new Inventory.NodeGroup(n.name(), List.of("m5.large"), 4, 2, 6, n.capacityType())).toList());
        }).toList();
        return with(e, e.services(), e.securityGroups(), e.natGateways(), eks);
    }

    /**
     * tutorial-service-endpoints: the logs endpoint's private DNS switched off, and app-c's route
     * table replaced by hand with one that sends everything to a NAT gateway the model does not
     * have (and so no longer holds the S3 gateway endpoint).
     */
    static Inventory endpoints(Architecture a) {
        Inventory e = Expected.of(a);
        List<Inventory.VpcEndpoint> eps = e.vpcEndpoints().stream().map(x -> !"logs".equals(x.tags().get("archkit:element")) ? x
                : new Inventory.VpcEndpoint(x.id(), x.vpcId(), x.serviceName(), x.type(), x.state(), x.subnets(), x.routeTables(), x.securityGroups(), false,
                x.tags())).toList();
        String appC = e.subnets().stream().filter(s -> "app-c".equals(s.tags().get("archkit:element"))).findFirst().orElseThrow().id();
        List<Inventory.RouteTable> tables = new ArrayList<>();
        for (Inventory.RouteTable t : e.routeTables()) {
            if (!t.subnets().contains(appC)) { tables.add(t); continue; }
            tables.add(new Inventory.RouteTable(t.id(), t.vpcId(), t.main(), List.of(), t.routes(), t.tags()));   // left behind, without its subnet
            tables.add(new Inventory.RouteTable("rtb-0c0ffee0c0ffee000", t.vpcId(), false, List.of(appC),
                    List.of(t.routes().get(0), new Inventory.Route("0.0.0.0/0", "nat-0f1e2d3c4b5a69788", "active")), Map.of("Name", "app-c-debug")));
        }
        return e.withRouting(eps, tables).sorted();
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"fintech", "tutorial-service", "eks-platform", "tutorial-service-endpoints"})
    void theOtherExamplesSnapshotsAreCurrent(String name) throws Exception {
        Architecture a = ModelBuilder.build(Path.of("..", "examples", name + ".arch")).architecture();
        Inventory inv = switch (name) {
            case "fintech" -> fintech(a);
            case "tutorial-service" -> tutorial(a);
            case "tutorial-service-endpoints" -> endpoints(a);
            default -> eks(a);
        };
        Path file = Path.of("..", "examples", "drift", name + ".live.json");
        String text = inv.toJson();
        if (Boolean.getBoolean("archkit.updateGolden")) Files.writeString(file, text);
        assertThat(text).isEqualTo(Files.readString(file));
        List<String> messages = new ArrayList<>();
        List<Architecture> views = a.environments().isEmpty() ? List.of(a)
                : a.environments().stream().map(env -> a.forEnvironment(env.name())).toList();
        for (Architecture v : views) {
            for (DriftItem i : Drift.compare(v, inv, List.of(), List.of()).items()) messages.add(i.message());
        }
        switch (name) {
            case "fintech" -> assertThat(messages).contains("service 'payment-service' desired count: model 2-50, live 60 (outside the autoscaling range)",
                    "securitygroup 'task-sg' ingress: model no such rule, live tcp 22 from 0.0.0.0/0 (live admits traffic the model does not declare)")
                    .anySatisfy(m -> assertThat(m).startsWith("nat 'nat-c' is in the model but not live"));
            case "tutorial-service" -> assertThat(messages).contains("service 'my-service' desired count: model 3, live 1",
                    "service 'my-service' deployment circuit breaker: model true, live false");
            case "tutorial-service-endpoints" -> assertThat(messages).containsExactlyInAnyOrder("endpoint 'logs' private DNS: model on, live off",
                    "subnet 'app-c' default route: model none, live nat nat-0f1e2d3c4b5a69788",
                    "endpoint 's3' subnets routed to it: model app-a, app-c, public-a, public-c, live app-a, public-a, public-c");
            default -> assertThat(messages).contains("cluster 'main' Kubernetes version: model 1.29, live 1.30",
                    "nodegroup 'workers' instance types: model [t3.medium], live [m5.large]", "nodegroup 'workers' max size: model 2, live 6");
        }
    }

    @Test
    void theShippedSnapshotIsCurrentAndShowsItsDrifts() throws Exception {
        var r = ModelBuilder.build(Path.of("..", "examples", "open-market.arch"));
        Architecture a = r.architecture();
        String text = withDrift(a).toJson();
        if (Boolean.getBoolean("archkit.updateGolden")) Files.writeString(FILE, text);
        assertThat(text).isEqualTo(Files.readString(FILE));
        Drift.Report rep = Drift.compare(a, Inventory.fromJson(FILE.toString(), text), List.of(), List.of());
        assertThat(rep.items()).extracting(DriftItem::message).contains(
                "service 'review-service' is in the model but not live (looked for tag archkit:element=review-service or name 'open-market-review-service')",
                "service 'order-service' desired count: model 4-20, live 25 (outside the autoscaling range)",
                "service 'debug-shell' runs live but is not in the model (in cluster open-market-doa-market-cluster)",
                "securitygroup 'doa-market-data-sg' ingress: model no such rule, live tcp 5432 from 0.0.0.0/0 (live admits traffic the model does not declare)",
                "database 'products-db' instance class of open-market-products-db-0: model db.r6g.large, live db.r6g.xlarge",
                "database 'products-db' instance class of open-market-products-db-1: model db.r6g.large, live db.r6g.xlarge");
        assertThat(rep.items()).filteredOn(i -> i.kind().equals("role")).allMatch(i -> i.change() == DriftItem.Change.UNKNOWN);
        assertThat(rep.incomplete()).isTrue();
    }
}
