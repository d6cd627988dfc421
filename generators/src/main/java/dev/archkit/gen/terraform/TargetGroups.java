package dev.archkit.gen.terraform;

import dev.archkit.facts.Facts;
import dev.archkit.model.Architecture;
import dev.archkit.model.view.Kind;
import dev.archkit.model.view.LoadBalancer;
import dev.archkit.model.view.Typed;

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

    /**
     * What each load balancer forwards to a service, in model order: its routes, then its
     * listeners' defaults; on the route's port, else the port the service listens on; none without a port.
     */
    static TargetGroups of(Facts facts) {
        Architecture a = facts.architecture();
        TargetGroups t = new TargetGroups();
        for (LoadBalancer lb : Typed.loadBalancers(a)) {
            for (LoadBalancer.Route r : lb.routes()) {
                if (!Kind.SERVICE.is(a.element(r.target()))) continue;
                t.add(lb.name(), r.target(), r.port().orElse((long) facts.listenPort(r.target())));
            }
            for (LoadBalancer.Listener l : lb.listeners()) {
                String target = l.forward().orElse(null);
                if (target == null || !Kind.SERVICE.is(a.element(target))) continue;
                t.add(lb.name(), target, facts.listenPort(target));
            }
        }
        return t;
    }

    private void add(String loadBalancer, String target, long port) {
        if (port <= 0) return;
        String label = label(loadBalancer, target, port);
        byLabel.putIfAbsent(label, new TargetGroup(label, port, loadBalancer, target));
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
