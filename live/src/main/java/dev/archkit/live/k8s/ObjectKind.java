package dev.archkit.live.k8s;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;

import java.util.Arrays;
import java.util.Optional;

/**
 * The namespaced kinds drift reads from a cluster: those {@code archkit k8s} writes and the
 * Kubernetes API serves without custom resources. Each is listed per namespace.
 */
public enum ObjectKind {
    DEPLOYMENT("Deployment", "deployments.apps", Deployment.class),
    SERVICE("Service", "services", Service.class),
    INGRESS("Ingress", "ingresses.networking.k8s.io", Ingress.class),
    HORIZONTAL_POD_AUTOSCALER("HorizontalPodAutoscaler", "horizontalpodautoscalers.autoscaling", HorizontalPodAutoscaler.class),
    NETWORK_POLICY("NetworkPolicy", "networkpolicies.networking.k8s.io", NetworkPolicy.class),
    POD_DISRUPTION_BUDGET("PodDisruptionBudget", "poddisruptionbudgets.policy", PodDisruptionBudget.class),
    SERVICE_ACCOUNT("ServiceAccount", "serviceaccounts", ServiceAccount.class);

    private final String kind;
    private final String resource;
    private final Class<? extends HasMetadata> type;

    ObjectKind(String kind, String resource, Class<? extends HasMetadata> type) {
        this.kind = kind;
        this.resource = resource;
        this.type = type;
    }

    /** The kind as Kubernetes writes it ("Deployment"). */
    public String kind() { return kind; }

    /** The resource as RBAC names it ("deployments.apps"): what a Role must allow to get and list. */
    public String resource() { return resource; }

    Class<? extends HasMetadata> type() { return type; }

    /** The kind drift reads that this object is, if any. */
    public static Optional<ObjectKind> of(HasMetadata object) {
        return Arrays.stream(values()).filter(k -> k.type.isInstance(object)).findFirst();
    }
}
