package dev.archkit.gen.k8s;

import dev.archkit.facts.Facts;
import dev.archkit.model.Secrets;
import dev.archkit.model.view.Settings;
import dev.archkit.model.view.Task;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Secrets by reference, through the External Secrets Operator: an ExternalSecret per service and
 * store names the AWS Secrets Manager secrets or SSM parameters, and the operator keeps a
 * Kubernetes Secret of the same name in step; the Deployment reads keys of that Secret. No
 * value is ever written. A variable the model writes in plain text but that looks like a secret
 * is read from Secrets Manager under ARCH-ENV-service/NAME, and a note says to store it there.
 */
final class ExternalSecrets {
    static final String API_VERSION = "external-secrets.io/v1";
    static final String SECRETS_MANAGER_STORE = "aws-secretsmanager", PARAMETER_STORE = "aws-parameterstore";

    private ExternalSecrets() { }

    /** The Kubernetes Secret a service's secrets from one store land in. */
    static String targetName(Workload w, Task.SecretStore store) {
        return w.name() + "-" + store.id();
    }

    static String storeName(Task.SecretStore store) {
        return store == Task.SecretStore.SSM ? PARAMETER_STORE : SECRETS_MANAGER_STORE;
    }

    /** The ExternalSecrets of a service, one per store it reads from, by store. */
    static Map<Task.SecretStore, GenericKubernetesResource> of(Facts facts, Workload w, List<String> notes) {
        Map<Task.SecretStore, List<Map<String, Object>>> data = new EnumMap<>(Task.SecretStore.class);
        for (Task.EnvVar e : w.service().env()) {
            if (!Secrets.looksSecret(e.name(), e.value())) continue;
            String key = facts.names().aws(w.name()) + "/" + e.name();
            notes.add(w.name() + ": " + e.name() + " is written in plain text in the model; the manifests read it from Secrets Manager secret " + key);
            data.computeIfAbsent(Task.SecretStore.SECRETS_MANAGER, k -> new ArrayList<>()).add(entry(e.name(), key));
        }
        for (Task.Secret s : w.service().secrets()) {
            Task.SecretStore store = s.store() == null ? Task.SecretStore.SECRETS_MANAGER : s.store();
            data.computeIfAbsent(store, k -> new ArrayList<>()).add(entry(s.name(), s.ref()));
        }
        Map<Task.SecretStore, GenericKubernetesResource> out = new EnumMap<>(Task.SecretStore.class);
        data.forEach((store, entries) -> {
            Map<String, Object> spec = new LinkedHashMap<>();
            spec.put("refreshInterval", "1h");
            spec.put("secretStoreRef", Map.of("kind", "ClusterSecretStore", "name", storeName(store)));
            spec.put("target", Map.of("name", targetName(w, store), "creationPolicy", "Owner"));
            spec.put("data", entries);
            out.put(store, new GenericKubernetesResourceBuilder().withApiVersion(API_VERSION).withKind("ExternalSecret")
                    .withNewMetadata().withName(targetName(w, store)).withNamespace(w.namespace()).withLabels(w.labels()).endMetadata()
                    .withAdditionalProperties(Map.of("spec", spec)).build());
        });
        return out;
    }

    /** The ClusterSecretStore for one AWS store, in the architecture's region, authenticated as the operator's own IRSA role. */
    static GenericKubernetesResource store(Facts facts, Task.SecretStore store) {
        Optional<String> region = new Settings(facts.architecture()).region();
        Map<String, Object> aws = new LinkedHashMap<>();
        aws.put("service", store == Task.SecretStore.SSM ? "ParameterStore" : "SecretsManager");
        region.ifPresent(r -> aws.put("region", r));
        return new GenericKubernetesResourceBuilder().withApiVersion(API_VERSION).withKind("ClusterSecretStore")
                .withNewMetadata().withName(storeName(store)).withLabels(Map.of("app.kubernetes.io/managed-by", "archkit",
                        "app.kubernetes.io/part-of", facts.architecture().name())).endMetadata()
                .withAdditionalProperties(Map.of("spec", Map.of("provider", Map.of("aws", aws)))).build();
    }

    private static Map<String, Object> entry(String name, String key) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("secretKey", name);
        m.put("remoteRef", Map.of("key", key));
        return m;
    }
}
