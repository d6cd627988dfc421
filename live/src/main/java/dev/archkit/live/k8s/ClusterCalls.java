package dev.archkit.live.k8s;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesResourceList;
import io.fabric8.kubernetes.api.model.ListOptions;
import io.fabric8.kubernetes.client.KubernetesClient;

/**
 * The only calls archkit makes to a Kubernetes API server: one page of a list of one kind in one
 * namespace (an HTTP GET). {@code LayeringTest} fails the build on any other operation of
 * fabric8's client (create, edit, patch, delete, watch, exec, ...) anywhere in archkit.
 */
final class ClusterCalls {
    private ClusterCalls() { }

    static KubernetesResourceList<? extends HasMetadata> page(KubernetesClient client, ObjectKind kind, String namespace, ListOptions options) {
        return switch (kind) {
            case DEPLOYMENT -> client.apps().deployments().inNamespace(namespace).list(options);
            case SERVICE -> client.services().inNamespace(namespace).list(options);
            case INGRESS -> client.network().v1().ingresses().inNamespace(namespace).list(options);
            case HORIZONTAL_POD_AUTOSCALER -> client.autoscaling().v2().horizontalPodAutoscalers().inNamespace(namespace).list(options);
            case NETWORK_POLICY -> client.network().v1().networkPolicies().inNamespace(namespace).list(options);
            case POD_DISRUPTION_BUDGET -> client.policy().v1().podDisruptionBudget().inNamespace(namespace).list(options);
            case SERVICE_ACCOUNT -> client.serviceAccounts().inNamespace(namespace).list(options);
        };
    }
}
