package dev.archkit.gen.k8s;

import dev.archkit.facts.Facts;
import dev.archkit.facts.ServiceFacts;
import dev.archkit.model.Element;
import dev.archkit.model.view.Kind;
import dev.archkit.model.view.LoadBalancer;
import dev.archkit.model.view.Service;
import dev.archkit.model.view.Task;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The Kubernetes objects of one view (the base or one environment), grouped in units that a
 * kustomization lists as a whole: one per EKS service ({@code NAME}), one per namespace
 * ({@code namespace-NS}: the Namespace, its default-deny policy and its Ingresses) and
 * {@code cluster} (the ClusterSecretStores). Each unit maps file names to objects.
 */
final class ViewObjects {
    static final String CLUSTER_UNIT = "cluster";

    private ViewObjects() { }

    /** The units of a view, sorted by name, each with its objects by file name (sorted). */
    static Map<String, Map<String, Object>> of(Facts facts, List<String> notes) {
        Map<String, Workload> workloads = new LinkedHashMap<>();
        for (ServiceFacts sf : facts.services()) {
            if (sf.runtime() == Service.Runtime.EKS) workloads.put(sf.name(), Workload.of(facts, sf));
        }
        boolean production = facts.architecture().isProduction();
        Map<String, Map<String, Object>> units = new TreeMap<>();
        Set<String> namespaces = new TreeSet<>(), isolated = new TreeSet<>();
        Set<Task.SecretStore> stores = EnumSet.noneOf(Task.SecretStore.class);
        Map<String, LoadBalancer> balancers = balancers(facts);
        for (Workload w : workloads.values()) {
            Map<String, Object> files = new TreeMap<>();
            var hpa = ScalingFactory.hpa(w, notes);
            files.put("deployment.yaml", DeploymentFactory.build(w, hpa.isPresent(), production, notes));
            Map<String, String> serviceAnnotations = new TreeMap<>();
            for (LoadBalancer lb : balancers.values()) serviceAnnotations.putAll(IngressFactory.serviceAnnotations(lb, w));
            if (!w.service().ports().isEmpty()) files.put("service.yaml", ServiceFactory.build(w, serviceAnnotations));   // a worker takes no connections
            hpa.ifPresent(h -> files.put("hpa.yaml", h));
            ScalingFactory.pdb(w).ifPresent(p -> files.put("pdb.yaml", p));
            w.facts().taskRole().ifPresent(r -> files.put("serviceaccount.yaml", IdentityFactory.build(facts, w, r, notes)));
            if (w.isolated()) {
                NetworkPolicies.allow(facts, w, workloads, notes).ifPresent(p -> files.put("networkpolicy.yaml", p));
                isolated.add(w.namespace());
            } else {
                notes.add(w.name() + ": its cluster enforces no NetworkPolicy (network-policy none); no policy written, every pod reaches it");
            }
            ExternalSecrets.of(facts, w, notes).forEach((store, es) -> {
                files.put("externalsecret-" + store.id() + ".yaml", es);
                stores.add(store);
            });
            units.put(w.name(), files);
            namespaces.add(w.namespace());
        }
        for (String ns : namespaces) {
            Map<String, Object> files = new TreeMap<>();
            files.put("namespace.yaml", new NamespaceBuilder().withNewMetadata().withName(ns)
                    .withLabels(Map.of("app.kubernetes.io/managed-by", "archkit", "app.kubernetes.io/part-of", facts.architecture().name()))
                    .endMetadata().build());
            if (isolated.contains(ns)) files.put("networkpolicy-default-deny.yaml", NetworkPolicies.defaultDeny(ns, facts.architecture().name()));
            units.put("namespace-" + ns, files);
        }
        for (LoadBalancer lb : balancers.values()) {
            IngressFactory.of(facts, lb, workloads, notes).forEach((ns, ing) -> units.get("namespace-" + ns).put("ingress-" + lb.name() + ".yaml", ing));
        }
        if (!stores.isEmpty()) {
            Map<String, Object> files = new TreeMap<>();
            for (Task.SecretStore s : stores) files.put("clustersecretstore-" + ExternalSecrets.storeName(s) + ".yaml", ExternalSecrets.store(facts, s));
            units.put(CLUSTER_UNIT, files);
        }
        return units;
    }

    /** The load balancers of the view that reach at least one service. */
    private static Map<String, LoadBalancer> balancers(Facts facts) {
        Map<String, LoadBalancer> out = new LinkedHashMap<>();
        for (Element e : facts.architecture().elementsOfKind(Kind.LOADBALANCER.id())) out.put(e.name(), new LoadBalancer(e));
        return out;
    }
}
