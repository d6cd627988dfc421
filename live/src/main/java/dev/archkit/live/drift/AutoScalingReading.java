package dev.archkit.live.drift;

import software.amazon.awssdk.services.applicationautoscaling.ApplicationAutoScalingClient;
import software.amazon.awssdk.services.applicationautoscaling.model.ServiceNamespace;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Application Auto Scaling, read only: the ECS scalable targets with their target-tracking policies. */
final class AutoScalingReading {
    private final ApplicationAutoScalingClient aas;
    private final AwsCalls calls;

    AutoScalingReading(ApplicationAutoScalingClient aas, AwsCalls calls) {
        this.aas = aas;
        this.calls = calls;
    }

    /** A policy read apart from its target. */
    private record PolicyOf(String resourceId, Inventory.Policy policy) { }

    /** The targets; their policies are unknown (null) when the policies could not all be read. */
    List<Inventory.ScalableTarget> scalableTargets() {
        AwsCalls.Listing<PolicyOf> policies = calls.list("applicationautoscaling", "DescribeScalingPolicies", null,
                sink -> aas.describeScalingPoliciesPaginator(r -> r.serviceNamespace(ServiceNamespace.ECS)).forEach(p -> p.scalingPolicies().forEach(sp -> {
                    var tt = sp.targetTrackingScalingPolicyConfiguration();
                    if (tt == null) return;
                    String metric = tt.predefinedMetricSpecification() == null ? "custom" : tt.predefinedMetricSpecification().predefinedMetricTypeAsString();
                    sink.accept(new PolicyOf(sp.resourceId(), new Inventory.Policy(sp.policyName(), metric, tt.targetValue() == null ? 0 : tt.targetValue())));
                })));
        Map<String, List<Inventory.Policy>> byTarget = new TreeMap<>();
        for (PolicyOf p : policies.items()) byTarget.computeIfAbsent(p.resourceId(), k -> new ArrayList<>()).add(p.policy());
        return calls.<Inventory.ScalableTarget>list("applicationautoscaling", "DescribeScalableTargets", null,
                sink -> aas.describeScalableTargetsPaginator(r -> r.serviceNamespace(ServiceNamespace.ECS)).forEach(p -> p.scalableTargets().forEach(t -> sink.accept(
                        new Inventory.ScalableTarget(t.resourceId(), t.minCapacity() == null ? 0 : t.minCapacity(), t.maxCapacity() == null ? 0 : t.maxCapacity(),
                                policies.complete() ? byTarget.getOrDefault(t.resourceId(), List.of()) : null))))).items();
    }
}
