package dev.archkit.gen.k8s;

import dev.archkit.facts.Facts;
import dev.archkit.facts.ServiceFacts;
import dev.archkit.model.view.Service;
import dev.archkit.model.view.Settings;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * One EKS service as the Kubernetes objects see it: its facts, the namespace it runs in, the
 * labels that select its pods and the zones its pods spread over. Derived once per service and
 * read by every object factory.
 */
record Workload(ServiceFacts facts, String namespace, Map<String, String> selector, Map<String, String> labels,
                List<String> zones, String architecture) {

    /** The label every object's selector uses. */
    static final String NAME_LABEL = "app.kubernetes.io/name";

    static Workload of(Facts facts, ServiceFacts s) {
        Map<String, String> selector = Map.of(NAME_LABEL, s.name());
        Map<String, String> labels = new TreeMap<>(selector);
        labels.put("app.kubernetes.io/part-of", facts.architecture().name());
        labels.put("app.kubernetes.io/managed-by", "archkit");
        Set<String> own = s.zones();
        List<String> zones = own.isEmpty() ? new Settings(facts.architecture()).zones().stream().sorted().toList() : List.copyOf(own);
        return new Workload(s, s.namespace().orElse("default"), selector, Map.copyOf(labels), zones, facts.architecture().name());
    }

    String name() { return facts.name(); }

    /** Whether NetworkPolicies are written for the service: unless its cluster says none enforces them. */
    boolean isolated() { return facts.podIsolation().orElse(true); }

    Service service() { return facts.service(); }
}
