package dev.archkit.live.drift;

import dev.archkit.lang.ModelBuilder;
import dev.archkit.model.Architecture;
import dev.archkit.model.Environment;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DriftTest {

    static final Path EXAMPLES = Path.of("..", "examples");

    static Architecture load(String name) {
        var r = ModelBuilder.build(EXAMPLES.resolve(name + ".arch"));
        assertThat(r.diagnostics()).noneMatch(d -> d.isError());
        return r.architecture();
    }

    /** A model compared with what a faithful deployment of it shows has no drift, in every environment. */
    @TestFactory
    Stream<DynamicTest> aFaithfulDeploymentHasNoDrift() {
        List<DynamicTest> out = new ArrayList<>();
        for (String ex : List.of("fintech", "eks-platform", "tutorial-service", "open-market")) {
            Architecture a = load(ex);
            List<String> envs = a.environments().isEmpty() ? java.util.Collections.singletonList(null) : a.environments().stream().map(Environment::name).toList();
            for (String env : envs) {
                out.add(DynamicTest.dynamicTest(ex + (env == null ? "" : " " + env), () -> {
                    Architecture view = env == null ? a : a.forEnvironment(env);
                    Inventory live = Expected.of(view);
                    Drift.Report r = Drift.compare(view, live, List.of(), List.of());
                    assertThat(r.items()).extracting(DriftItem::message).isEmpty();
                    // and the snapshot text reads back to the same inventory
                    assertThat(Inventory.fromJson("x", live.toJson()).toJson()).isEqualTo(live.toJson());
                }));
            }
        }
        return out.stream();
    }

    static Inventory mutate(Inventory i, java.util.function.UnaryOperator<List<Inventory.Service>> services) {
        return new Inventory(i.version(), i.region(), i.clusters(), services.apply(new ArrayList<>(i.services())), i.vpcs(), i.subnets(), i.securityGroups(),
                i.natGateways(), i.loadBalancers(), i.targetGroups(), i.scalableTargets(), i.discoveryServices(), i.databases(), i.roles(), i.eksClusters(), i.unreadable());
    }

    @Test
    void missingExtraAndChangedAreFoundAndLinkedToTheArchLine() {
        Architecture a = load("tutorial-service");
        Inventory live = Expected.of(a);
        Inventory.Service s = live.services().get(0);
        Inventory.Service changed = new Inventory.Service(s.name(), s.cluster(), s.arn(), 5, s.launchType(), s.strategy(), s.subnets(), s.securityGroups(),
                s.publicIp(), false, false, new Inventory.TaskDefinition(s.task().family(), 2, "2048", s.task().memory(), "X86_64", null, s.task().executionRole(),
                List.of(new Inventory.Container("my-service", "public.ecr.aws/nginx/nginx:1.25", List.of(80), List.of(), List.of(), null, false))),
                s.targetGroups(), s.registries(), s.tags());
        Inventory.Service extra = new Inventory.Service("debug-shell", s.cluster(), s.arn() + "x", 1, "FARGATE", List.of(), List.of(), List.of(), false, false, false,
                null, List.of(), 0, null);
        Drift.Report r = Drift.compare(a, mutate(live, l -> List.of(changed, extra)), List.of(), List.of());
        assertThat(r.items()).extracting(i -> i.at().line() + ":" + i.at().column() + " " + i.message()).contains(
                "53:5 service 'my-service' desired count: model 3, live 5",
                "50:5 service 'my-service' CPU units: model 1024, live 2048",
                "49:5 service 'my-service' image: model public.ecr.aws/nginx/nginx:1.27, live public.ecr.aws/nginx/nginx:1.25",
                "58:5 service 'my-service' deployment circuit breaker: model true, live false",
                "6:14 service 'debug-shell' runs live but is not in the model (in cluster ecs-tutorial-cluster)".replace("ecs-tutorial-cluster", s.cluster()));
        Drift.Report gone = Drift.compare(a, mutate(live, l -> List.of()), List.of(), List.of());
        assertThat(gone.items()).singleElement().satisfies(i -> {
            assertThat(i.change()).isEqualTo(DriftItem.Change.MISSING);
            assertThat(i.message()).startsWith("service 'my-service' is in the model but not live");
        });
    }

    @Test
    void whatCouldNotBeReadIsUnknownNeverMissing() {
        Architecture a = load("tutorial-service");
        Inventory live = Expected.of(a);
        Inventory unread = new Inventory(live.version(), live.region(), live.clusters(), List.of(), live.vpcs(), live.subnets(), List.of(),
                live.natGateways(), live.loadBalancers(), live.targetGroups(), live.scalableTargets(), live.discoveryServices(), live.databases(), live.roles(),
                live.eksClusters(), List.of(new Inventory.Unreadable("ecs", "ListServices", null, "AccessDeniedException: not authorized"),
                new Inventory.Unreadable("ec2", "DescribeSecurityGroups", null, "throttled after 5 attempts")));
        Drift.Report r = Drift.compare(a, unread, List.of(), List.of());
        assertThat(r.items()).noneMatch(i -> i.change() == DriftItem.Change.MISSING);
        assertThat(r.items()).filteredOn(i -> i.change() == DriftItem.Change.UNKNOWN).extracting(DriftItem::name).contains("my-service", "lb-sg", "service-sg");
        assertThat(r.incomplete()).isTrue();
    }

    @Test
    void securityGroupRulesWiderLiveOrBlockingADependencyAreDrift() {
        Architecture a = load("tutorial-service");
        Inventory live = Expected.of(a);
        List<Inventory.SecurityGroup> sgs = new ArrayList<>();
        for (Inventory.SecurityGroup g : live.securityGroups()) {
            if (ExampleSnapshotTest.is(g.name(), "service-sg")) {
                // someone opened SSH to the world and removed the load balancer's rule
                sgs.add(new Inventory.SecurityGroup(g.id(), g.name(), g.vpcId(), List.of(new Inventory.SgRule(false, "tcp", 22, 22, "0.0.0.0/0", null, null),
                        new Inventory.SgRule(true, "-1", -1, -1, "0.0.0.0/0", null, null)), g.tags()));
            } else sgs.add(g);
        }
        Inventory changed = new Inventory(live.version(), live.region(), live.clusters(), live.services(), live.vpcs(), live.subnets(), sgs,
                live.natGateways(), live.loadBalancers(), live.targetGroups(), live.scalableTargets(), live.discoveryServices(), live.databases(), live.roles(),
                live.eksClusters(), List.of());
        Drift.Report r = Drift.compare(a, changed, List.of(), List.of());
        assertThat(r.items()).extracting(DriftItem::message).contains(
                "securitygroup 'service-sg' ingress: model no such rule, live tcp 22 from 0.0.0.0/0 (live admits traffic the model does not declare)",
                "securitygroup 'service-sg' ingress: model tcp 80 from lb-sg, live not admitted (tutorial-alb -> my-service is declared but blocked live)");
    }

    @Test
    void ignoresNeedReasonsAndMappingsMatchBrownfieldNames(@TempDir Path dir) throws Exception {
        Architecture a = load("tutorial-service");
        Inventory live = Expected.of(a);
        Inventory renamed = mutate(live, l -> List.of(new Inventory.Service("legacy-web", l.get(0).cluster(), l.get(0).arn(), 7, l.get(0).launchType(), l.get(0).strategy(),
                l.get(0).subnets(), l.get(0).securityGroups(), l.get(0).publicIp(), l.get(0).circuitBreaker(), l.get(0).rollback(), l.get(0).task(), l.get(0).targetGroups(),
                l.get(0).registries(), null)));
        Path map = dir.resolve("m.drift-map");
        Files.writeString(map, "# brownfield\nservice:my-service = legacy-web\n");
        Path ign = dir.resolve("a.driftignore");
        Files.writeString(ign, "changed:service:my-service:desired* \"scaled up by hand for the launch week\"\n");
        Drift.Report r = Drift.compare(a, renamed, DriftRules.mappings(map), DriftRules.ignores(ign));
        assertThat(r.items()).isEmpty();
        assertThat(r.ignored()).singleElement().satisfies(i -> assertThat(i.reason()).isEqualTo("scaled up by hand for the launch week"));
        Files.writeString(ign, "\n  changed:service:my-service\n");
        assertThatThrownBy(() -> DriftRules.ignores(ign)).hasMessage(ign + ":2:30: every ignore entry needs a reason in quotes, of at least 10 characters (say why this drift is acceptable)");
        Files.writeString(ign, "moved:service:x \"because of the migration\"\n");
        assertThatThrownBy(() -> DriftRules.ignores(ign)).hasMessageContaining(":1:1: 'moved' is not one of missing, extra, changed, unknown or *");
        Files.writeString(map, "service my-service legacy\n");
        assertThatThrownBy(() -> DriftRules.mappings(map)).hasMessage(map + ":1:1: expected KIND:NAME = LIVE-NAME-OR-ID");
    }

    @Test
    void snapshotsReadBackAndBadOnesAreExplained() {
        assertThatThrownBy(() -> Inventory.fromJson("s.json", "{ \"region\": ")).hasMessageStartingWith("s.json:1:").hasMessageContaining("not a valid snapshot");
        assertThatThrownBy(() -> Inventory.fromJson("s.json", "{}")).hasMessageContaining("not an archkit snapshot");
        assertThatThrownBy(() -> Inventory.fromJson("s.json", "{\"version\": 9, \"region\": \"us-east-1\"}")).hasMessageContaining("snapshot format 9");
    }
}
