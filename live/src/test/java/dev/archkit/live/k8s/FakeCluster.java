package dev.archkit.live.k8s;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.http.RecordedRequest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

/**
 * fabric8's Kubernetes mock server holding a set of objects, served the way an API server lists
 * them: in pages of {@code pageSize} with continue tokens, with the fields a server defaults
 * added (see {@link #served}). A kind can be made to fail (a status code) or to hang (longer
 * than the reader's timeout). Expectations answer GET only: any other verb gets the mock's 404,
 * and {@link #requests()} lets a test assert that none was sent.
 */
final class FakeCluster implements AutoCloseable {
    static final String TOKEN = "s3cret-token-never-printed";
    static final ObjectMapper JSON = new ObjectMapper().setSerializationInclusion(JsonInclude.Include.NON_NULL);

    private static final Map<ObjectKind, String> PATHS = new EnumMap<>(Map.of(
            ObjectKind.DEPLOYMENT, "/apis/apps/v1/namespaces/%s/deployments",
            ObjectKind.SERVICE, "/api/v1/namespaces/%s/services",
            ObjectKind.INGRESS, "/apis/networking.k8s.io/v1/namespaces/%s/ingresses",
            ObjectKind.HORIZONTAL_POD_AUTOSCALER, "/apis/autoscaling/v2/namespaces/%s/horizontalpodautoscalers",
            ObjectKind.NETWORK_POLICY, "/apis/networking.k8s.io/v1/namespaces/%s/networkpolicies",
            ObjectKind.POD_DISRUPTION_BUDGET, "/apis/policy/v1/namespaces/%s/poddisruptionbudgets",
            ObjectKind.SERVICE_ACCOUNT, "/api/v1/namespaces/%s/serviceaccounts"));

    final KubernetesMockServer server = new KubernetesMockServer(false);
    private final List<RecordedRequest> taken = new ArrayList<>();

    FakeCluster() {
        server.init();
    }

    /** The objects, as a server would list them; kinds in {@code failing} answer that status, in {@code hanging} after {@code hangSeconds}. */
    void serve(List<HasMetadata> objects, int pageSize, Map<ObjectKind, Integer> failing, Map<ObjectKind, Integer> hanging) {
        Map<ObjectKind, Map<String, List<ObjectNode>>> byKind = new EnumMap<>(ObjectKind.class);
        TreeSet<String> namespaces = new TreeSet<>();
        for (HasMetadata o : objects) {
            ObjectKind k = ObjectKind.of(o).orElse(null);
            if (k == null) continue;
            namespaces.add(o.getMetadata().getNamespace());
            byKind.computeIfAbsent(k, x -> new LinkedHashMap<>()).computeIfAbsent(o.getMetadata().getNamespace(), x -> new ArrayList<>()).add(served(o));
        }
        for (String ns : namespaces) {
            for (ObjectKind k : ObjectKind.values()) {
                String path = PATHS.get(k).formatted(ns);
                if (failing.containsKey(k)) {
                    int code = failing.get(k);
                    server.expect().get().withPath(path + "?limit=" + pageSize).andReturn(code, status(code, k, ns)).always();
                    continue;
                }
                List<ObjectNode> items = byKind.getOrDefault(k, Map.of()).getOrDefault(ns, List.of());
                int pages = Math.max(1, (items.size() + pageSize - 1) / pageSize);
                for (int p = 0; p < pages; p++) {
                    String query = p == 0 ? "?limit=" + pageSize : "?continue=" + token(k, ns, p) + "&limit=" + pageSize;
                    ObjectNode list = list(k, items.subList(p * pageSize, Math.min(items.size(), (p + 1) * pageSize)), p + 1 < pages ? token(k, ns, p + 1) : null);
                    if (hanging.containsKey(k)) server.expect().get().delay(hanging.get(k), TimeUnit.SECONDS).withPath(path + query).andReturn(200, list).always();
                    else server.expect().get().withPath(path + query).andReturn(200, list).always();
                }
            }
        }
    }

    /** Page {@code p} of a list fails with {@code code}, after the pages before it were served. */
    void failPage(ObjectKind k, String ns, int p, int pageSize, int code) {
        server.expect().get().withPath(PATHS.get(k).formatted(ns) + "?continue=" + token(k, ns, p) + "&limit=" + pageSize).andReturn(code, status(code, k, ns)).always();
    }

    /** A kubeconfig naming this server, with a bearer token that must never be printed. */
    Path kubeconfig(Path dir) {
        Path file = dir.resolve("kubeconfig");
        try {
            Files.writeString(file, """
                    apiVersion: v1
                    kind: Config
                    current-context: prod
                    contexts:
                    - name: prod
                      context: {cluster: eks-prod, user: reader}
                    - name: other
                      context: {cluster: eks-prod, user: reader}
                    clusters:
                    - name: eks-prod
                      cluster: {server: '%s'}
                    users:
                    - name: reader
                      user: {token: %s}
                    """.formatted(server.url("/"), TOKEN));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** Every request the server received so far. */
    List<RecordedRequest> requests() throws InterruptedException {
        RecordedRequest r;
        while ((r = server.takeRequest(10, TimeUnit.MILLISECONDS)) != null) taken.add(r);
        return List.copyOf(taken);
    }

    @Override
    public void close() {
        server.destroy();
    }

    private static String token(ObjectKind k, String ns, int page) {
        return k.name().toLowerCase() + "-" + ns + "-" + page;
    }

    private static ObjectNode list(ObjectKind k, List<ObjectNode> items, String next) {
        ObjectNode list = JSON.createObjectNode();
        list.put("kind", k.kind() + "List");
        list.put("apiVersion", items.isEmpty() ? "v1" : items.get(0).path("apiVersion").asText());
        ObjectNode meta = list.putObject("metadata");
        meta.put("resourceVersion", "4711");
        if (next != null) meta.put("continue", next);
        ArrayNode arr = list.putArray("items");
        items.forEach(arr::add);
        return list;
    }

    private static Map<String, Object> status(int code, ObjectKind k, String ns) {
        String reason = code == 403 ? "Forbidden" : code >= 500 ? "InternalError" : "Unknown";
        String message = code == 403
                ? k.resource() + " is forbidden: User \"reader\" cannot list resource \"" + k.resource() + "\" in the namespace \"" + ns + "\""
                : "etcdserver: request timed out";
        return Map.of("apiVersion", "v1", "kind", "Status", "status", "Failure", "code", code, "reason", reason, "message", message);
    }

    /**
     * An object as the API server returns it after it was applied: identity and bookkeeping in
     * its metadata, annotations of other tools, a status, and the fields the server defaults
     * (a Deployment's strategy, a container's pull policy, a Service's clusterIP and protocols,
     * quantities in canonical form).
     */
    static ObjectNode served(HasMetadata o) {
        ObjectNode n = JSON.valueToTree(o);
        ObjectNode meta = (ObjectNode) n.get("metadata");
        meta.put("uid", "0d4f" + Integer.toHexString(o.getMetadata().getName().hashCode()));
        meta.put("resourceVersion", "4711");
        meta.put("creationTimestamp", "2026-11-30T09:00:00Z");
        meta.with("annotations").put("kubectl.kubernetes.io/last-applied-configuration", "{}");
        switch (o.getKind()) {
            case "Deployment" -> {
                ObjectNode spec = (ObjectNode) n.get("spec");
                spec.putObject("strategy").put("type", "RollingUpdate").putObject("rollingUpdate").put("maxSurge", "25%").put("maxUnavailable", "25%");
                spec.put("revisionHistoryLimit", 10).put("progressDeadlineSeconds", 600);
                meta.with("annotations").put("deployment.kubernetes.io/revision", "3");
                if (!(spec.path("template").path("spec") instanceof ObjectNode pod)) break;
                pod.put("restartPolicy", "Always").put("dnsPolicy", "ClusterFirst").put("schedulerName", "default-scheduler");
                for (var c : pod.withArray("containers")) {
                    ObjectNode container = (ObjectNode) c;
                    container.put("imagePullPolicy", "IfNotPresent").put("terminationMessagePath", "/dev/termination-log");
                    for (var p : container.withArray("ports")) ((ObjectNode) p).put("protocol", "TCP");
                    canonical(container.path("resources").path("requests"));
                    canonical(container.path("resources").path("limits"));
                    for (String probe : List.of("livenessProbe", "readinessProbe", "startupProbe")) {
                        if (container.has(probe)) ((ObjectNode) container.get(probe)).put("successThreshold", 1);
                    }
                }
                n.putObject("status").put("replicas", 1).put("readyReplicas", 1);
            }
            case "Service" -> {
                ObjectNode spec = (ObjectNode) n.get("spec");
                spec.put("clusterIP", "172.20.14.7").put("sessionAffinity", "None").put("internalTrafficPolicy", "Cluster");
                spec.putArray("ipFamilies").add("IPv4");
                if (!spec.has("type")) spec.put("type", "ClusterIP");
                for (var p : spec.withArray("ports")) ((ObjectNode) p).put("protocol", "TCP");
            }
            case "NetworkPolicy" -> {
                for (var rule : n.path("spec").withArray("ingress")) for (var p : rule.withArray("ports")) ((ObjectNode) p).put("protocol", "TCP");
            }
            default -> { }
        }
        return n;
    }

    /** 1000m as 1, 1024Mi as 1Gi: how the API server writes quantities back. */
    private static void canonical(com.fasterxml.jackson.databind.JsonNode q) {
        if (!(q instanceof ObjectNode o)) return;
        o.fields().forEachRemaining(e -> {
            String v = e.getValue().asText();
            if (v.equals("1000m")) e.setValue(o.textNode("1"));
            else if (v.equals("1024Mi")) e.setValue(o.textNode("1Gi"));
        });
    }
}
