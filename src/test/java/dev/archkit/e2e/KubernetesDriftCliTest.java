package dev.archkit.e2e;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.archkit.facts.Facts;
import dev.archkit.gen.k8s.Manifests;
import dev.archkit.lang.ModelBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.http.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static dev.archkit.e2e.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

/** 'archkit drift --kubeconfig' end to end against fabric8's Kubernetes mock API server: exit codes, bad kubeconfigs, no credential printed. */
class KubernetesDriftCliTest {

    static final String ARCH = "examples/eks-platform.arch";
    static final String TOKEN = "k8s-bearer-token-that-must-not-leak";
    static final ObjectMapper JSON = new ObjectMapper().setSerializationInclusion(JsonInclude.Include.NON_NULL);
    /** The list path of each kind drift reads, as fabric8's client asks for it. */
    static final Map<String, String> PATHS = Map.of(
            "Deployment", "/apis/apps/v1/namespaces/%s/deployments", "Service", "/api/v1/namespaces/%s/services",
            "Ingress", "/apis/networking.k8s.io/v1/namespaces/%s/ingresses",
            "HorizontalPodAutoscaler", "/apis/autoscaling/v2/namespaces/%s/horizontalpodautoscalers",
            "NetworkPolicy", "/apis/networking.k8s.io/v1/namespaces/%s/networkpolicies",
            "PodDisruptionBudget", "/apis/policy/v1/namespaces/%s/poddisruptionbudgets", "ServiceAccount", "/api/v1/namespaces/%s/serviceaccounts");

    final KubernetesMockServer server = new KubernetesMockServer(false);

    @TempDir
    Path dir;

    KubernetesDriftCliTest() {
        server.init();
    }

    @AfterEach
    void nothingButGet() throws InterruptedException {
        List<RecordedRequest> all = new ArrayList<>();
        RecordedRequest r;
        while ((r = server.takeRequest(10, TimeUnit.MILLISECONDS)) != null) all.add(r);
        server.destroy();
        assertThat(all).allSatisfy(q -> assertThat(q.getMethod()).as(q.getPath()).isEqualTo("GET"));
    }

    /** Serves the objects 'archkit k8s' writes for prod, but for {@code drop} (by name), with {@code failing} kinds answering 403. */
    void serve(String drop, String failing) {
        var facts = Facts.of(ModelBuilder.build(Path.of(ARCH)).architecture().forEnvironment("prod"));
        Map<String, List<HasMetadata>> byPath = new LinkedHashMap<>();
        for (Manifests.Manifest m : Manifests.of(facts).manifests()) {
            HasMetadata o = m.object();
            if (!PATHS.containsKey(o.getKind())) continue;
            for (String kind : PATHS.keySet()) byPath.computeIfAbsent(PATHS.get(kind).formatted(o.getMetadata().getNamespace()), k -> new ArrayList<>());
            if (!o.getMetadata().getName().equals(drop)) byPath.get(PATHS.get(o.getKind()).formatted(o.getMetadata().getNamespace())).add(o);
        }
        byPath.forEach((path, items) -> {
            if (failing != null && path.endsWith(failing)) {
                server.expect().get().withPath(path + "?limit=250").andReturn(403, Map.of("kind", "Status", "apiVersion", "v1", "status", "Failure",
                        "code", 403, "reason", "Forbidden", "message", "forbidden: User \"reader\" cannot list resource")).always();
            } else {
                server.expect().get().withPath(path + "?limit=250").andReturn(200, Map.of("kind", "List", "apiVersion", "v1",
                        "metadata", Map.of(), "items", items.stream().map(JSON::valueToTree).toList())).always();
            }
        });
    }

    Path kubeconfig() throws Exception {
        Path file = dir.resolve("config");
        Files.writeString(file, """
                apiVersion: v1
                kind: Config
                current-context: prod
                contexts:
                - name: prod
                  context: {cluster: eks, user: reader}
                clusters:
                - name: eks
                  cluster: {server: '%s'}
                users:
                - name: reader
                  user: {token: %s}
                """.formatted(server.url("/"), TOKEN));
        return file;
    }

    @Test
    void exitCodesSayCleanDriftedOrIncompleteAndNoCredentialIsPrinted() throws Exception {
        String kc = kubeconfig().toString();
        serve(null, null);
        CliTest.Run clean = run("drift", ARCH, "--env", "prod", "--kubeconfig", kc);
        assertThat(clean.code()).as(clean.out() + clean.err()).isZero();
        assertThat(clean.out()).contains("no drift between examples/eks-platform.arch and the cluster of context prod at " + server.url("/"));
        assertThat(clean.err()).contains("reading the cluster of context prod at");

        server.clearExpectations();
        serve("grafana", null);
        CliTest.Run drifted = run("drift", ARCH, "--env", "prod", "--kubeconfig", kc, "--context", "prod");
        assertThat(drifted.code()).as(drifted.out()).isEqualTo(1);
        assertThat(drifted.out()).contains("missing: Deployment 'elice-devops-prod/grafana' is in the model but not live");

        server.clearExpectations();
        serve("grafana", "/deployments");
        CliTest.Run incomplete = run("drift", ARCH, "--env", "prod", "--kubeconfig", kc, "--format", "json");
        assertThat(incomplete.code()).as("incomplete wins over drift").isEqualTo(3);
        assertThat(incomplete.out()).contains("\"incomplete\" : true").contains("forbidden (403)").doesNotContain("\"change\" : \"missing\", \"kind\" : \"Deployment\"");
        for (CliTest.Run r : List.of(clean, drifted, incomplete)) assertThat(r.out() + r.err()).doesNotContain(TOKEN);
    }

    @Test
    void aBadKubeconfigSaysWhatToDo() throws Exception {
        server.expect().get().withPath("/never").andReturn(200, "").once();
        CliTest.Run missing = run("drift", ARCH, "--env", "prod", "--kubeconfig", dir.resolve("nope").toString());
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("no such kubeconfig").contains("aws eks update-kubeconfig");

        Path bad = dir.resolve("bad");
        Files.writeString(bad, "apiVersion: v1\ncontexts:\n  - name: [unclosed\n");
        CliTest.Run malformed = run("drift", ARCH, "--env", "prod", "--kubeconfig", bad.toString());
        assertThat(malformed.code()).isEqualTo(2);
        assertThat(malformed.err()).containsPattern(java.util.regex.Pattern.quote(bad.toString()) + ":\\d+:\\d+: not a kubeconfig: malformed YAML");

        CliTest.Run unknown = run("drift", ARCH, "--env", "prod", "--kubeconfig", kubeconfig().toString(), "--context", "staging");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("no context 'staging' in the kubeconfig").contains("--context NAME (it has prod)").doesNotContain(TOKEN);

        CliTest.Run noEnv = run("drift", ARCH, "--kubeconfig", kubeconfig().toString());
        assertThat(noEnv.code()).isEqualTo(2);
        assertThat(noEnv.err()).contains("has environments (dev, stg, prod)").contains("--env NAME");

        CliTest.Run mixed = run("drift", ARCH, "--env", "prod", "--kubeconfig", kubeconfig().toString(), "--snapshot", "x.json");
        assertThat(mixed.code()).isEqualTo(2);
        assertThat(mixed.err()).contains("run the two comparisons separately");

        CliTest.Run noEks = run("drift", "examples/tutorial-service.arch", "--kubeconfig", kubeconfig().toString());
        assertThat(noEks.code()).isEqualTo(2);
        assertThat(noEks.err()).contains("runs no service on EKS");
    }
}
