package dev.archkit.gen.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.archkit.model.Architecture;
import dev.archkit.model.Dependency;
import dev.archkit.model.Secrets;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The manifests read back into fabric8's typed model (every field known to it: no property lands
 * in a catch-all), and held together: selectors match their pods, Services select Deployments,
 * probes name container ports, NetworkPolicies admit exactly the declared callers on the declared
 * ports, kustomizations list what exists, and no secret value is written.
 */
class K8sManifestsTest {
    static final ObjectMapper MAPPER = Yaml.mapper();
    static final Map<String, Class<? extends HasMetadata>> KINDS = Map.of(
            "Deployment", Deployment.class, "Service", Service.class, "NetworkPolicy", NetworkPolicy.class,
            "HorizontalPodAutoscaler", HorizontalPodAutoscaler.class, "PodDisruptionBudget", PodDisruptionBudget.class,
            "ServiceAccount", ServiceAccount.class, "Ingress", Ingress.class, "Namespace", Namespace.class);

    /** One overlay's objects, by kind, read from the files the overlay's kustomization reaches. */
    record Objects(List<HasMetadata> all) {
        <T> List<T> of(Class<T> c) { return all.stream().filter(c::isInstance).map(c::cast).toList(); }
    }

    static Objects read(Map<String, String> files, String kustomization) throws Exception {
        List<HasMetadata> out = new ArrayList<>();
        collect(files, kustomization, out);
        return new Objects(out);
    }

    private static void collect(Map<String, String> files, String kustomization, List<HasMetadata> out) throws Exception {
        assertThat(files).as("%s exists", kustomization).containsKey(kustomization);
        String dir = kustomization.substring(0, kustomization.length() - "kustomization.yaml".length());
        for (JsonNode res : MAPPER.readTree(files.get(kustomization)).get("resources")) {
            String path = normalize(dir + res.asText());
            if (path.endsWith(".yaml")) {
                assertThat(files).as("%s lists %s", kustomization, path).containsKey(path);
                out.add(object(path, files.get(path)));
            } else {
                collect(files, path + "/kustomization.yaml", out);
            }
        }
    }

    static String normalize(String path) {
        List<String> parts = new ArrayList<>();
        for (String p : path.split("/")) {
            if (p.equals("..")) parts.remove(parts.size() - 1);
            else if (!p.isEmpty() && !p.equals(".")) parts.add(p);
        }
        return String.join("/", parts);
    }

    static HasMetadata object(String where, String yaml) throws Exception {
        JsonNode tree = MAPPER.readTree(yaml);
        Class<? extends HasMetadata> type = KINDS.get(tree.get("kind").asText());
        Class<? extends HasMetadata> as = type == null ? GenericKubernetesResource.class : type;
        HasMetadata o = MAPPER.treeToValue(tree, as);
        if (type != null) assertNoUnknownFields(where, o, new IdentityHashMap<>());
        JsonNode again = MAPPER.valueToTree(o);
        assertThat(again).as("%s reads back to the same document", where).isEqualTo(tree);
        return o;
    }

    /** Every property of a typed object is one of its model's fields: nothing lands in additionalProperties. */
    static void assertNoUnknownFields(String where, Object o, IdentityHashMap<Object, Boolean> seen) throws Exception {
        if (o == null || seen.put(o, true) != null) return;
        if (o instanceof Collection<?> c) {
            for (Object x : c) assertNoUnknownFields(where, x, seen);
            return;
        }
        if (o instanceof Map<?, ?> m) {
            for (Object x : m.values()) assertNoUnknownFields(where, x, seen);
            return;
        }
        if (!o.getClass().getName().startsWith("io.fabric8.kubernetes.api.model")) return;
        for (Method g : o.getClass().getMethods()) {
            if (g.getParameterCount() != 0 || Modifier.isStatic(g.getModifiers()) || !g.getName().startsWith("get")) continue;
            if (g.getDeclaringClass() == Object.class) continue;
            Object v = g.invoke(o);
            if (g.getName().equals("getAdditionalProperties")) {
                assertThat((Map<?, ?>) v).as("%s: fields unknown to %s", where, o.getClass().getSimpleName()).isNullOrEmpty();
            } else {
                assertNoUnknownFields(where, v, seen);
            }
        }
    }

    @Test
    void prodOverlayHoldsTogether() throws Exception {
        Map<String, String> files = K8sGoldenTest.prod().files();
        Objects objects = read(files, "overlays/prod/kustomization.yaml");
        assertThat(objects.of(Deployment.class)).extracting(d -> d.getMetadata().getName())
                .containsExactlyInAnyOrder("api-gateway", "auth-service", "user-service", "prometheus", "grafana");
        for (Deployment d : objects.of(Deployment.class)) {
            for (var t : d.getSpec().getTemplate().getSpec().getTopologySpreadConstraints()) assertThat(t.getWhenUnsatisfiable()).isEqualTo("DoNotSchedule");
        }
        holdsTogether(objects);
        assertThat(objects.of(HorizontalPodAutoscaler.class)).isEmpty();    // the seed declares no scaling policy
        assertThat(objects.of(PodDisruptionBudget.class)).isEmpty();        // nor a floor of two
    }

    @Test
    void edgeCasesHoldTogether() throws Exception {
        Objects objects = read(K8sGoldenTest.edgeCases().files(), "base/kustomization.yaml");
        holdsTogether(objects);
        assertThat(objects.of(HorizontalPodAutoscaler.class)).extracting(h -> h.getSpec().getScaleTargetRef().getName()).containsExactly("api");
        assertThat(objects.of(PodDisruptionBudget.class)).extracting(p -> p.getMetadata().getName() + " " + p.getSpec().getMaxUnavailable().getIntVal())
                .as("from two pods on, and the worker's declared budget").containsExactlyInAnyOrder("api 1", "admin 1", "node-agent 1", "worker 1");
        Deployment agent = objects.of(Deployment.class).stream().filter(d -> name(d).equals("Deployment node-agent")).findFirst().orElseThrow();
        assertThat(agent.getSpec().getTemplate().getSpec().getHostNetwork()).isTrue();
        assertThat(agent.getSpec().getTemplate().getSpec().getContainers().get(0).getSecurityContext().getPrivileged()).isTrue();
        assertThat(objects.of(ServiceAccount.class)).extracting(a -> a.getMetadata().getAnnotations().get(IdentityFactory.ROLE_ARN))
                .containsExactly("arn:aws:iam::123456789012:role/shop-api-role");
        Deployment api = objects.of(Deployment.class).stream().filter(d -> name(d).equals("Deployment api")).findFirst().orElseThrow();
        assertThat(api.getSpec().getReplicas()).as("the HPA owns the count").isNull();
        assertThat(api.getSpec().getTemplate().getSpec().getServiceAccountName()).isEqualTo("api");
    }

    static void holdsTogether(Objects objects) {
        List<Deployment> deployments = objects.of(Deployment.class);
        for (HorizontalPodAutoscaler h : objects.of(HorizontalPodAutoscaler.class)) {
            assertThat(deployments).extracting(d -> d.getMetadata().getName()).as("%s scales a Deployment", name(h)).contains(h.getSpec().getScaleTargetRef().getName());
        }
        for (PodDisruptionBudget p : objects.of(PodDisruptionBudget.class)) {
            assertThat(deployments).as("%s selects a Deployment's pods", name(p)).anyMatch(d ->
                    d.getSpec().getTemplate().getMetadata().getLabels().entrySet().containsAll(p.getSpec().getSelector().getMatchLabels().entrySet()));
        }
        for (Deployment d : deployments) {
            Map<String, String> labels = d.getSpec().getTemplate().getMetadata().getLabels();
            assertThat(labels).as("%s: the selector matches the pod template", name(d)).containsAllEntriesOf(d.getSpec().getSelector().getMatchLabels());
            for (var t : d.getSpec().getTemplate().getSpec().getTopologySpreadConstraints()) {
                assertThat(labels).as("%s: the spread counts its own pods", name(d)).containsAllEntriesOf(t.getLabelSelector().getMatchLabels());
            }
            Container c = d.getSpec().getTemplate().getSpec().getContainers().get(0);
            Set<String> portNames = new HashSet<>();
            c.getPorts().forEach(p -> portNames.add(p.getName()));
            for (Probe p : new Probe[] {c.getLivenessProbe(), c.getReadinessProbe(), c.getStartupProbe()}) {
                if (p != null) assertThat(portNames).as("%s: a probe names a container port", name(d)).contains(p.getHttpGet().getPort().getStrVal());
            }
        }
        for (Service s : objects.of(Service.class)) {
            List<Deployment> selected = deployments.stream().filter(d -> d.getMetadata().getNamespace().equals(s.getMetadata().getNamespace())
                    && d.getSpec().getTemplate().getMetadata().getLabels().entrySet().containsAll(s.getSpec().getSelector().entrySet())).toList();
            assertThat(selected).as("%s selects one Deployment", name(s)).hasSize(1);
            Set<String> portNames = new HashSet<>();
            selected.get(0).getSpec().getTemplate().getSpec().getContainers().get(0).getPorts().forEach(p -> portNames.add(p.getName()));
            s.getSpec().getPorts().forEach(p -> assertThat(portNames).as("%s targets a container port", name(s)).contains(p.getTargetPort().getStrVal()));
        }
        for (Ingress i : objects.of(Ingress.class)) {
            for (var rule : i.getSpec().getRules()) {
                for (var path : rule.getHttp().getPaths()) {
                    var backend = path.getBackend().getService();
                    Service s = objects.of(Service.class).stream().filter(x -> x.getMetadata().getName().equals(backend.getName())
                            && x.getMetadata().getNamespace().equals(i.getMetadata().getNamespace())).findFirst().orElseThrow();
                    assertThat(s.getSpec().getPorts()).extracting(p -> p.getPort()).contains(backend.getPort().getNumber());
                }
            }
        }
    }

    /** Every NetworkPolicy admits exactly the declared synchronous callers of its pods, on the declared ports. */
    @Test
    void networkPoliciesAdmitExactlyTheDeclaredCalls() throws Exception {
        Architecture prod = K8sGoldenTest.load(K8sGoldenTest.EXAMPLE).forEnvironment("prod");
        Objects objects = read(K8sGoldenTest.prod().files(), "overlays/prod/kustomization.yaml");
        Set<String> admitted = new TreeSet<>(), declared = new TreeSet<>();
        for (NetworkPolicy p : objects.of(NetworkPolicy.class)) {
            if (p.getMetadata().getName().equals(NetworkPolicies.DEFAULT_DENY)) {
                assertThat(p.getSpec().getPodSelector().getMatchLabels()).isNullOrEmpty();
                assertThat(p.getSpec().getIngress()).isEmpty();
                continue;
            }
            String callee = p.getSpec().getPodSelector().getMatchLabels().get(Workload.NAME_LABEL);
            for (NetworkPolicyIngressRule r : p.getSpec().getIngress()) {
                for (NetworkPolicyPeer peer : r.getFrom()) {
                    String caller = peer.getPodSelector() != null ? peer.getPodSelector().getMatchLabels().get(Workload.NAME_LABEL) : "ingress-alb";
                    for (var port : r.getPorts()) admitted.add(caller + " -> " + callee + ":" + port.getPort().getIntVal());
                }
            }
        }
        for (Dependency d : prod.dependencies()) {
            if (d.async()) continue;
            boolean onEks = objects.of(Deployment.class).stream().anyMatch(x -> x.getMetadata().getName().equals(d.to()));
            if (!onEks) continue;
            String port = d.property("port").value().text();
            declared.add(d.from() + " -> " + d.to() + ":" + port);
        }
        assertThat(admitted).isEqualTo(declared);
    }

    @Test
    void noSecretValueIsWritten() throws Exception {
        Map<String, String> files = K8sGoldenTest.prod().files();
        for (var f : files.entrySet()) {
            assertThat(f.getValue()).as(f.getKey()).doesNotContain("minio123").doesNotContain("elice_admin");
        }
        for (Deployment d : read(files, "overlays/prod/kustomization.yaml").of(Deployment.class)) {
            for (var e : d.getSpec().getTemplate().getSpec().getContainers().get(0).getEnv()) {
                if (e.getValue() != null) assertThat(Secrets.looksSecret(e.getName(), e.getValue())).as(e.getName()).isFalse();
            }
        }
    }

    static String name(HasMetadata o) { return o.getKind() + " " + o.getMetadata().getName(); }

    static IntOrString port(int p) { return new IntOrString(p); }
}
