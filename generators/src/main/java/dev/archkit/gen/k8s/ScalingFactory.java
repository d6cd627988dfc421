package dev.archkit.gen.k8s;

import dev.archkit.facts.Scaling;
import dev.archkit.model.view.Task;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HPAScalingRulesBuilder;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscalerBuilder;
import io.fabric8.kubernetes.api.model.autoscaling.v2.MetricSpec;
import io.fabric8.kubernetes.api.model.autoscaling.v2.MetricSpecBuilder;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudgetBuilder;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How many pods a service runs: a HorizontalPodAutoscaler (autoscaling/v2) from its
 * target-tracking policies, and a PodDisruptionBudget when it never runs fewer than two pods.
 */
final class ScalingFactory {
    private ScalingFactory() { }

    /** The HPA, when the service has a CPU or memory target and a range to scale in; empty otherwise. */
    static Optional<HorizontalPodAutoscaler> hpa(Workload w, List<String> notes) {
        Scaling sc = w.facts().scaling();
        List<MetricSpec> metrics = new ArrayList<>();
        Integer up = null, down = null;
        for (Task.Scaling p : w.service().scaling()) {
            if (p.metric() == Task.Metric.REQUESTS) {
                notes.add(w.name() + ": scaling on requests per target (needs an external metrics adapter; no HPA metric written)");
                continue;
            }
            String resource = p.metric() == Task.Metric.CPU ? "cpu" : "memory";
            metrics.add(new MetricSpecBuilder().withType("Resource").withNewResource().withName(resource)
                    .withNewTarget().withType("Utilization").withAverageUtilization((int) Math.round(p.target())).endTarget()
                    .endResource().build());
            if (p.cooldownOut().isPresent()) up = Quantities.seconds(p.cooldownOut().get());
            if (p.cooldownIn().isPresent()) down = Quantities.seconds(p.cooldownIn().get());
        }
        if (metrics.isEmpty()) return Optional.empty();
        if (sc.max() <= sc.min()) {
            notes.add(w.name() + ": a scaling policy without a replica range (min = max = " + sc.max() + "); no HPA written");
            return Optional.empty();
        }
        var b = new HorizontalPodAutoscalerBuilder()
                .withNewMetadata().withName(w.name()).withNamespace(w.namespace()).withLabels(w.labels()).endMetadata()
                .withNewSpec()
                .withNewScaleTargetRef().withApiVersion("apps/v1").withKind("Deployment").withName(w.name()).endScaleTargetRef()
                .withMinReplicas((int) Math.max(1, sc.min()))
                .withMaxReplicas((int) sc.max())
                .withMetrics(metrics)
                .endSpec();
        if (up != null || down != null) {
            b.editSpec().withNewBehavior()
                    .withScaleUp(up == null ? null : new HPAScalingRulesBuilder().withStabilizationWindowSeconds(up).build())
                    .withScaleDown(down == null ? null : new HPAScalingRulesBuilder().withStabilizationWindowSeconds(down).build())
                    .endBehavior().endSpec();
        }
        return Optional.of(b.build());
    }

    /**
     * At most {@code disruption max-unavailable} pods down at a time (1 when not written), when the
     * service never runs fewer than two pods or declares its budget.
     */
    static Optional<PodDisruptionBudget> pdb(Workload w) {
        Optional<Task.Disruption> declared = w.service().disruption();
        if (declared.isEmpty() && w.facts().scaling().floor() < 2) return Optional.empty();
        int maxUnavailable = declared.map(d -> (int) d.maxUnavailable()).orElse(1);
        return Optional.of(new PodDisruptionBudgetBuilder()
                .withNewMetadata().withName(w.name()).withNamespace(w.namespace()).withLabels(w.labels()).endMetadata()
                .withNewSpec().withMaxUnavailable(new IntOrString(maxUnavailable))
                .withNewSelector().withMatchLabels(w.selector()).endSelector().endSpec()
                .build());
    }

    /** Whether an HPA owns the service's replica count. */
    static boolean autoscaled(Workload w) {
        return hpa(w, new ArrayList<>()).isPresent();
    }
}
