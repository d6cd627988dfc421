package dev.archkit.live.k8s;

import dev.archkit.facts.Facts;
import dev.archkit.gen.k8s.Manifests;
import dev.archkit.lang.ModelBuilder;
import dev.archkit.live.drift.Drift;
import dev.archkit.live.drift.DriftItem;
import dev.archkit.live.drift.DriftReport;
import dev.archkit.model.Architecture;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.mockwebserver.http.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Drift of Kubernetes workloads against fabric8's mock API server, read through a kubeconfig. */
class WorkloadDriftTest {

    static final Path EKS = Path.of("..", "examples", "eks-platform.arch");
    static final Path EDGE = Path.of("..", "generators", "src", "test", "resources", "k8s", "edge-cases.arch");
    static final String NS = "elice-devops-dev";

    @TempDir
    Path dir;

    final FakeCluster cluster = new FakeCluster();

    @AfterEach
    void onlyGetWasSent() throws InterruptedException {
        List<RecordedRequest> requests = cluster.requests();
        cluster.close();
        assertThat(requests).allSatisfy(r -> assertThat(r.getMethod()).as(r.getPath()).isEqualTo("GET"));
    }

    static Facts facts(Path file, String env) {
        var r = ModelBuilder.build(file);
        assertThat(r.diagnostics()).noneMatch(d -> d.isError());
        Architecture a = r.architecture();
        return Facts.of(env == null ? a : a.forEnvironment(env));
    }

    static List<Manifests.Manifest> expected(Facts facts) {
        Manifests.Result r = Manifests.of(facts);
        assertThat(r.errors()).isEmpty();
        return r.manifests();
    }

    static List<HasMetadata> objects(List<Manifests.Manifest> ms) {
        return new ArrayList<>(ms.stream().map(Manifests.Manifest::object).toList());
    }

    Drift.Report drift(Facts facts, List<HasMetadata> live, int pageSize, Map<ObjectKind, Integer> failing, Map<ObjectKind, Integer> hanging) throws Exception {
        cluster.serve(live, pageSize, failing, hanging);
        List<Manifests.Manifest> expected = expected(facts);
        Kubeconfig.Target target = Kubeconfig.load(cluster.kubeconfig(dir), null);
        ClusterInventory inv = new ClusterReader(target, new ClusterReader.Options(pageSize, 3, 0)).read(WorkloadDrift.namespaces(expected));
        return WorkloadDrift.compare(facts, expected, inv, List.of());
    }

    Drift.Report drift(Facts facts, List<HasMetadata> live) throws Exception {
        return drift(facts, live, 250, Map.of(), Map.of());
    }

    @Test
    void aClusterThatRunsWhatArchkitWroteHasNoDrift() throws Exception {
        for (Facts f : List.of(facts(EKS, "dev"), facts(EDGE, null))) {
            Drift.Report r = drift(f, objects(expected(f)));
            assertThat(r.items()).as(f.architecture().name()).isEmpty();
            assertThat(r.incomplete()).isFalse();
            assertThat(r.notChecked()).extracting(Drift.NotChecked::kind).containsAnyOf("Namespace");
            cluster.server.clearExpectations();
        }
    }

    @Test
    void theEdgeCasesCoverEveryKindRead() {
        assertThat(expected(facts(EDGE, null))).extracting(m -> ObjectKind.of(m.object()).orElse(null))
                .containsAll(List.of(ObjectKind.values()));
    }

    @Test
    void aChangedImageAndReplicasAreReportedFieldByFieldAtTheirLines() throws Exception {
        Facts f = facts(EKS, "dev");
        List<HasMetadata> live = objects(expected(f));
        Deployment d = (Deployment) live.stream().filter(o -> o instanceof Deployment && o.getMetadata().getName().equals("order-service")).findFirst().orElseThrow();
        String image = d.getSpec().getTemplate().getSpec().getContainers().get(0).getImage();
        live.set(live.indexOf(d), new DeploymentBuilder(d).editSpec().withReplicas(4)
                .editTemplate().editSpec().editFirstContainer().withImage(image + "-hotfix").endContainer().endSpec().endTemplate().endSpec().build());
        Drift.Report r = drift(f, live);
        assertThat(r.items()).extracting(DriftItem::change, DriftItem::kind, DriftItem::name, DriftItem::attribute, DriftItem::expected, DriftItem::actual)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(DriftItem.Change.CHANGED, "Deployment", NS + "/order-service", "spec.replicas", "1", "4"),
                        org.assertj.core.groups.Tuple.tuple(DriftItem.Change.CHANGED, "Deployment", NS + "/order-service",
                                "spec.template.spec.containers[order-service].image", image, image + "-hotfix"));
        var service = f.architecture().element("order-service");
        var view = new dev.archkit.model.view.Service(service);
        assertThat(r.items()).extracting(i -> i.at().line()).containsExactlyInAnyOrder(view.replicas().at().line(), view.imageAt().line());
        assertThat(r.incomplete()).isFalse();
    }

    @Test
    void aDeletedDeploymentIsMissingAndAnExtraLabelledObjectIsExtra() throws Exception {
        Facts f = facts(EKS, "dev");
        List<HasMetadata> live = objects(expected(f));
        live.removeIf(o -> o instanceof Deployment && o.getMetadata().getName().equals("payment-service"));
        live.add(new DeploymentBuilder().withNewMetadata().withName("debug-shell").withNamespace(NS)
                .withLabels(Map.of(WorkloadDrift.MANAGED_BY, "archkit", WorkloadDrift.PART_OF, "elice-devops")).endMetadata()
                .withNewSpec().withReplicas(1).endSpec().build());
        live.add(new DeploymentBuilder().withNewMetadata().withName("someone-elses").withNamespace(NS)
                .withLabels(Map.of(WorkloadDrift.MANAGED_BY, "helm")).endMetadata().withNewSpec().endSpec().build());
        Drift.Report r = drift(f, live);
        assertThat(r.items()).extracting(DriftItem::change, DriftItem::kind, DriftItem::name).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(DriftItem.Change.MISSING, "Deployment", NS + "/payment-service"),
                org.assertj.core.groups.Tuple.tuple(DriftItem.Change.EXTRA, "Deployment", NS + "/debug-shell"));
        assertThat(r.items()).filteredOn(i -> i.change() == DriftItem.Change.MISSING).extracting(DriftItem::at)
                .containsExactly(f.architecture().element("payment-service").location());
        assertThat(r.items()).filteredOn(i -> i.change() == DriftItem.Change.EXTRA).extracting(DriftItem::at)
                .containsExactly(f.architecture().location());
    }

    @Test
    void requestsLimitsProbesPortsAutoscalingAndPolicyRulesAreCompared() throws Exception {
        Facts f = facts(EDGE, null);
        List<HasMetadata> live = new ArrayList<>();
        for (HasMetadata o : objects(expected(f))) {
            if (o instanceof Deployment d && d.getMetadata().getName().equals("api")) {
                o = new DeploymentBuilder(d).editSpec().editTemplate().editSpec().editFirstContainer()
                        .editResources().addToLimits("memory", new io.fabric8.kubernetes.api.model.Quantity("2Gi")).endResources()
                        .editReadinessProbe().withPeriodSeconds(30).endReadinessProbe()
                        .addNewPort().withName("debug").withContainerPort(5005).endPort()
                        .endContainer().endSpec().endTemplate().endSpec().build();
            } else if (o instanceof io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler h) {
                o = new io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscalerBuilder(h).editSpec().withMaxReplicas(50).endSpec().build();
            } else if (o instanceof io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy p && p.getMetadata().getName().equals("api")) {
                o = new io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyBuilder(p).editSpec()
                        .addNewIngress().addNewFrom().withNewIpBlock().withCidr("0.0.0.0/0").endIpBlock().endFrom().endIngress().endSpec().build();
            }
            live.add(o);
        }
        Drift.Report r = drift(f, live);
        assertThat(r.items()).extracting(DriftItem::kind, DriftItem::attribute, DriftItem::expected, DriftItem::actual).contains(
                org.assertj.core.groups.Tuple.tuple("Deployment", "spec.template.spec.containers[api].resources.limits.memory", "1Gi", "2Gi"),
                org.assertj.core.groups.Tuple.tuple("Deployment", "spec.template.spec.containers[api].readinessProbe.periodSeconds", "5", "30"),
                org.assertj.core.groups.Tuple.tuple("HorizontalPodAutoscaler", "spec.maxReplicas", "10", "50"));
        assertThat(r.items()).anySatisfy(i -> assertThat(i.attribute()).isEqualTo("spec.template.spec.containers[api].ports[debug]"));
        assertThat(r.items()).anySatisfy(i -> {
            assertThat(i.kind()).isEqualTo("NetworkPolicy");
            assertThat(i.attribute()).startsWith("spec.ingress[");
            assertThat(i.expected()).isEqualTo("absent");
            assertThat(i.actual()).contains("0.0.0.0/0");
        });
        assertThat(r.items()).allMatch(i -> i.change() == DriftItem.Change.CHANGED);
        assertThat(r.items()).hasSize(5);
    }

    @Test
    void everyPageOfAPagedListIsRead() throws Exception {
        Facts f = facts(EKS, "dev");
        Drift.Report r = drift(f, objects(expected(f)), 2, Map.of(), Map.of());
        assertThat(r.items()).isEmpty();
        long deploymentPages = cluster.requests().stream().filter(q -> q.getPath().contains("/deployments")).count();
        long deployments = expected(f).stream().filter(m -> m.object() instanceof Deployment).count();
        assertThat(deploymentPages).isEqualTo((deployments + 1) / 2).isGreaterThan(2);
        assertThat(cluster.requests()).anySatisfy(q -> assertThat(q.getPath()).contains("continue=deployment-" + NS + "-1&limit=2"));
    }

    @Test
    void aListThatFailsPartWayKeepsItsPagesAndMakesTheRestUnknown() throws Exception {
        Facts f = facts(EKS, "dev");
        cluster.failPage(ObjectKind.DEPLOYMENT, NS, 2, 2, 500);
        Drift.Report r = drift(f, objects(expected(f)), 2, Map.of(), Map.of());
        long deployments = expected(f).stream().filter(m -> m.object() instanceof Deployment).count();
        assertThat(r.items()).allMatch(i -> i.change() == DriftItem.Change.UNKNOWN && i.kind().equals("Deployment"));
        assertThat(r.items()).hasSize((int) deployments - 4);
        assertThat(r.items()).allSatisfy(i -> assertThat(i.note()).contains("server error (500)").contains("after 4 read"));
        assertThat(r.incomplete()).isTrue();
    }

    @Test
    void aForbiddenKindIsUnknownNeverMissingAndTheOtherKindsAreStillCompared() throws Exception {
        Facts f = facts(EKS, "dev");
        List<HasMetadata> live = objects(expected(f));
        live.removeIf(o -> o instanceof io.fabric8.kubernetes.api.model.Service && o.getMetadata().getName().equals("auth-service"));
        Drift.Report r = drift(f, live, 250, Map.of(ObjectKind.DEPLOYMENT, 403), Map.of());
        assertThat(r.items()).filteredOn(i -> i.kind().equals("Deployment"))
                .isNotEmpty().allSatisfy(i -> {
                    assertThat(i.change()).isEqualTo(DriftItem.Change.UNKNOWN);
                    assertThat(i.note()).contains("forbidden (403)").contains("cannot list resource");
                });
        assertThat(r.items()).filteredOn(i -> i.change() == DriftItem.Change.MISSING).extracting(DriftItem::name).containsExactly(NS + "/auth-service");
        assertThat(r.incomplete()).isTrue();
        assertThat(r.unreadable()).extracting(u -> u.operation()).containsExactly("list deployments.apps");
        String text = DriftReport.text(List.of(r), "eks-platform.arch", "the cluster", "the cluster");
        assertThat(text).contains("Incomplete: some of the cluster could not be read").contains("(incomplete)").doesNotContain(FakeCluster.TOKEN);
        assertThat(DriftReport.json(List.of(r))).doesNotContain(FakeCluster.TOKEN);
    }

    @Test
    void refusedCredentialsStopTheReadAfterTheFirstList() throws Exception {
        Facts f = facts(EKS, "dev");
        Drift.Report r = drift(f, objects(expected(f)), 250, Map.of(ObjectKind.DEPLOYMENT, 401), Map.of());
        assertThat(r.items()).isNotEmpty().allSatisfy(i -> {
            assertThat(i.change()).isEqualTo(DriftItem.Change.UNKNOWN);
            assertThat(i.note()).contains("unauthorized (401)");
        });
        // the client asks once more after a 401 (to refresh an exec or OIDC token); no other list is asked
        assertThat(cluster.requests()).isNotEmpty().allSatisfy(q -> assertThat(q.getPath()).startsWith("/apis/apps/v1/namespaces/" + NS + "/deployments?"));
        assertThat(r.unreadable()).hasSize(ObjectKind.values().length);
    }

    @Test
    void aListThatTimesOutIsUnknown() throws Exception {
        Facts f = facts(EKS, "dev");
        Drift.Report r = drift(f, objects(expected(f)), 250, Map.of(), Map.of(ObjectKind.SERVICE, 10));
        assertThat(r.items()).isNotEmpty().allSatisfy(i -> {
            assertThat(i.change()).isEqualTo(DriftItem.Change.UNKNOWN);
            assertThat(i.kind()).isEqualTo("Service");
            assertThat(i.note()).contains("timed out");
        });
        assertThat(r.incomplete()).isTrue();
    }
}
