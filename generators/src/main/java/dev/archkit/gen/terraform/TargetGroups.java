package dev.archkit.gen.terraform;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The target groups the load balancers need: one per load balancer, service and port they
 * forward to, labelled {@code LB-SERVICE-PORT}. Written by the load balancer emitter, referred to
 * by the ECS services and by request-count scaling.
 */
final class TargetGroups {

    /** One target group: its Terraform label, the port it sends to, its load balancer and the service behind it. */
    record TargetGroup(String label, long port, String loadBalancer, String target) { }

    // by label: two forwards whose labels coincide share one group
    private final Map<String, TargetGroup> byLabel = new LinkedHashMap<>();

    static TargetGroups of(TerraformInputs in) {
        TargetGroups t = new TargetGroups();
        for (TerraformInputs.Forward f : in.forwards()) {
            String label = label(f.loadBalancer().name(), f.target(), f.port());
            t.byLabel.putIfAbsent(label, new TargetGroup(label, f.port(), f.loadBalancer().name(), f.target()));
        }
        return t;
    }

    /** The label of the target group for a load balancer, service and port (whether or not there is one). */
    static String label(String loadBalancer, String target, long port) {
        return Labels.label(loadBalancer + "-" + target + "-" + port);
    }

    List<TargetGroup> all() { return List.copyOf(byLabel.values()); }

    List<TargetGroup> ofLoadBalancer(String lb) {
        return byLabel.values().stream().filter(t -> t.loadBalancer().equals(lb)).toList();
    }

    List<TargetGroup> ofService(String service) {
        List<TargetGroup> out = new ArrayList<>();
        for (TargetGroup t : byLabel.values()) if (t.target().equals(service)) out.add(t);
        return out;
    }

    Optional<TargetGroup> find(String loadBalancer, String target, long port) {
        return Optional.ofNullable(byLabel.get(label(loadBalancer, target, port)));
    }
}
