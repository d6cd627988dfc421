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

    List<Inventory.ScalableTarget> scalableTargets() {
        Map<String, List<Inventory.Policy>> policies = calls.call("applicationautoscaling", "DescribeScalingPolicies", null, () -> {
            Map<String, List<Inventory.Policy>> out = new TreeMap<>();
            aas.describeScalingPoliciesPaginator(r -> r.serviceNamespace(ServiceNamespace.ECS)).forEach(p -> p.scalingPolicies().forEach(sp -> {
                var tt = sp.targetTrackingScalingPolicyConfiguration();
                if (tt == null) return;
                String metric = tt.predefinedMetricSpecification() == null ? "custom" : tt.predefinedMetricSpecification().predefinedMetricTypeAsString();
                out.computeIfAbsent(sp.resourceId(), k -> new ArrayList<>()).add(new Inventory.Policy(sp.policyName(), metric, tt.targetValue() == null ? 0 : tt.targetValue()));
            }));
            return out;
        }, Map.of());
        return calls.call("applicationautoscaling", "DescribeScalableTargets", null, () -> {
            List<Inventory.ScalableTarget> out = new ArrayList<>();
            aas.describeScalableTargetsPaginator(r -> r.serviceNamespace(ServiceNamespace.ECS)).forEach(p -> p.scalableTargets().forEach(t -> out.add(
                    new Inventory.ScalableTarget(t.resourceId(), t.minCapacity() == null ? 0 : t.minCapacity(), t.maxCapacity() == null ? 0 : t.maxCapacity(),
                            policies.getOrDefault(t.resourceId(), List.of())))));
            return out;
        }, List.of());
    }
}
