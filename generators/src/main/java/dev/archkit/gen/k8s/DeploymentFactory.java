package dev.archkit.gen.k8s;

import dev.archkit.model.Secrets;
import dev.archkit.model.view.Service;
import dev.archkit.model.view.Task;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.ContainerPortBuilder;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.EnvVarBuilder;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.LabelSelectorBuilder;
import io.fabric8.kubernetes.api.model.NodeSelectorRequirementBuilder;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.ProbeBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import io.fabric8.kubernetes.api.model.ResourceRequirementsBuilder;
import io.fabric8.kubernetes.api.model.SecurityContextBuilder;
import io.fabric8.kubernetes.api.model.TopologySpreadConstraint;
import io.fabric8.kubernetes.api.model.TopologySpreadConstraintBuilder;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeBuilder;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.VolumeMountBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A service's Deployment: one container with its image, ports, requests and limits, probes,
 * plain environment variables by value and secrets by reference to the Secrets that External
 * Secrets keeps ({@link ExternalSecrets}), spread over the architecture's zones.
 */
final class DeploymentFactory {
    static final String ZONE_KEY = "topology.kubernetes.io/zone";

    private DeploymentFactory() { }

    /** @param autoscaled when an HPA owns the replica count, the Deployment does not write one */
    static Deployment build(Workload w, boolean autoscaled, boolean production, List<String> notes) {
        Service s = w.service();
        List<Volume> volumes = new ArrayList<>();
        List<VolumeMount> mounts = new ArrayList<>();
        int i = 0;
        for (Task.Volume v : s.volumes()) {
            if (v.type() != Task.VolumeType.EMPTYDIR || v.path().isEmpty()) {
                notes.add(w.name() + ": volume " + v.type().id() + " (a PersistentVolumeClaim and its storage class are not generated)");
                continue;
            }
            String name = "data-" + i++;
            volumes.add(new VolumeBuilder().withName(name).withNewEmptyDir()
                    .withSizeLimit(v.size().map(Quantities::memory).orElse(null)).endEmptyDir().build());
            mounts.add(new VolumeMountBuilder().withName(name).withMountPath(v.path().get()).build());
        }
        Container c = new ContainerBuilder()
                .withName(w.name())
                .withImage(s.image().map(x -> x.value()).orElse(null))
                .withPorts(ports(s))
                .withEnv(env(w))
                .withResources(resources(s))
                .withLivenessProbe(probe(s, Task.ProbeType.LIVENESS))
                .withReadinessProbe(probe(s, Task.ProbeType.READINESS))
                .withStartupProbe(probe(s, Task.ProbeType.STARTUP))
                .withVolumeMounts(mounts)
                .withSecurityContext(s.privileged() ? new SecurityContextBuilder().withPrivileged(true).build() : null)
                .build();
        var spec = new DeploymentBuilder()
                .withNewMetadata().withName(w.name()).withNamespace(w.namespace()).withLabels(w.labels()).endMetadata()
                .withNewSpec()
                .withReplicas(autoscaled ? null : (int) w.facts().scaling().desired())
                .withNewSelector().withMatchLabels(w.selector()).endSelector()
                .withNewTemplate()
                .withNewMetadata().withLabels(w.labels()).endMetadata()
                .withNewSpec()
                .withHostNetwork(s.hostNetwork() ? Boolean.TRUE : null)
                .withServiceAccountName(w.facts().taskRole().isPresent() ? w.name() : null)
                .withAutomountServiceAccountToken(w.facts().taskRole().isPresent() ? null : Boolean.FALSE)
                .withContainers(c)
                .withVolumes(volumes)
                .withTopologySpreadConstraints(spread(w, production))
                .endSpec()
                .endTemplate()
                .endSpec();
        if (w.zones().size() >= 2) {
            spec.editSpec().editTemplate().editSpec().withNewAffinity().withNewNodeAffinity()
                    .withNewRequiredDuringSchedulingIgnoredDuringExecution().addNewNodeSelectorTerm()
                    .withMatchExpressions(new NodeSelectorRequirementBuilder().withKey(ZONE_KEY).withOperator("In").withValues(w.zones()).build())
                    .endNodeSelectorTerm().endRequiredDuringSchedulingIgnoredDuringExecution()
                    .endNodeAffinity().endAffinity().endSpec().endTemplate().endSpec();
        }
        return spec.build();
    }

    /** The container's port names: "http" for the first, "http-PORT" for the others (at most 15 characters). */
    static String portName(Service s, int port) {
        List<Integer> ports = s.ports();
        return !ports.isEmpty() && ports.get(0) == port ? "http" : "http-" + port;
    }

    private static List<ContainerPort> ports(Service s) {
        List<ContainerPort> out = new ArrayList<>();
        for (int p : s.ports()) out.add(new ContainerPortBuilder().withName(portName(s, p)).withContainerPort(p).withProtocol("TCP").build());
        return out;
    }

    private static List<EnvVar> env(Workload w) {
        List<EnvVar> out = new ArrayList<>();
        for (Task.EnvVar e : w.service().env()) {
            if (Secrets.looksSecret(e.name(), e.value())) {
                out.add(secretRef(e.name(), ExternalSecrets.targetName(w, Task.SecretStore.SECRETS_MANAGER)));
            } else {
                out.add(new EnvVarBuilder().withName(e.name()).withValue(e.value()).build());
            }
        }
        for (Task.Secret sec : w.service().secrets()) {
            Task.SecretStore store = sec.store() == null ? Task.SecretStore.SECRETS_MANAGER : sec.store();
            out.add(secretRef(sec.name(), ExternalSecrets.targetName(w, store)));
        }
        return out;
    }

    private static EnvVar secretRef(String name, String secret) {
        return new EnvVarBuilder().withName(name).withNewValueFrom().withNewSecretKeyRef()
                .withName(secret).withKey(name).endSecretKeyRef().endValueFrom().build();
    }

    private static ResourceRequirements resources(Service s) {
        if (s.requests().isEmpty() && s.limits().isEmpty()) return null;
        return new ResourceRequirementsBuilder()
                .withRequests(quantities(s.requests().orElse(null)))
                .withLimits(quantities(s.limits().orElse(null)))
                .build();
    }

    private static Map<String, Quantity> quantities(Task.Resources r) {
        if (r == null) return null;
        Map<String, Quantity> out = new TreeMap<>();
        r.cpu().ifPresent(c -> out.put("cpu", Quantities.cpu(c)));
        r.memory().ifPresent(m -> out.put("memory", Quantities.memory(m)));
        return out.isEmpty() ? null : out;
    }

    private static Probe probe(Service s, Task.ProbeType type) {
        for (Task.Probe p : s.probes()) {
            if (p.type() != type) continue;
            int port = p.port().map(Long::intValue).orElse(s.ports().isEmpty() ? 80 : s.ports().get(0));
            IntOrString target = s.ports().contains(port) ? new IntOrString(portName(s, port)) : new IntOrString(port);
            return new ProbeBuilder()
                    .withNewHttpGet().withPath(p.path()).withPort(target).endHttpGet()
                    .withInitialDelaySeconds(p.delay().map(Quantities::seconds).orElse(null))
                    .withPeriodSeconds(p.period().map(Quantities::seconds).orElse(null))
                    .withTimeoutSeconds(p.timeout().map(Quantities::seconds).orElse(null))
                    .withFailureThreshold(p.failures().map(Long::intValue).orElse(null))
                    .build();
        }
        return null;
    }

    /** Pods spread evenly over the zones; in production a pod waits rather than crowd one zone. */
    private static List<TopologySpreadConstraint> spread(Workload w, boolean production) {
        if (w.zones().size() < 2) return List.of();
        return List.of(new TopologySpreadConstraintBuilder()
                .withMaxSkew(1)
                .withTopologyKey(ZONE_KEY)
                .withWhenUnsatisfiable(production ? "DoNotSchedule" : "ScheduleAnyway")
                .withLabelSelector(new LabelSelectorBuilder().withMatchLabels(w.selector()).build())
                .build());
    }
}
