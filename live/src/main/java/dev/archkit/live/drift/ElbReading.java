package dev.archkit.live.drift;

import software.amazon.awssdk.services.elasticloadbalancingv2.ElasticLoadBalancingV2Client;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.LoadBalancer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Elastic Load Balancing v2, read only: target groups with their attributes, load balancers with listeners and rules. */
final class ElbReading {
    private final ElasticLoadBalancingV2Client elb;
    private final AwsCalls calls;

    ElbReading(ElasticLoadBalancingV2Client elb, AwsCalls calls) {
        this.elb = elb;
        this.calls = calls;
    }

    List<Inventory.TargetGroup> targetGroups() {
        List<Inventory.TargetGroup> listed = calls.call("elasticloadbalancingv2", "DescribeTargetGroups", null, () -> {
            List<Inventory.TargetGroup> out = new ArrayList<>();
            elb.describeTargetGroupsPaginator(r -> { }).forEach(p -> p.targetGroups().forEach(t -> out.add(new Inventory.TargetGroup(t.targetGroupName(),
                    t.targetGroupArn(), t.port() == null ? 0 : t.port(), t.protocolAsString(), t.targetTypeAsString(), t.healthCheckPath(), null, t.loadBalancerArns()))));
            return out;
        }, List.of());
        return calls.each(listed, t -> calls.call("elasticloadbalancingv2", "DescribeTargetGroupAttributes", t.name(), () -> {
            Integer delay = null;
            for (var at : elb.describeTargetGroupAttributes(r -> r.targetGroupArn(t.arn())).attributes()) {
                if ("deregistration_delay.timeout_seconds".equals(at.key())) delay = Integer.valueOf(at.value());
            }
            return new Inventory.TargetGroup(t.name(), t.arn(), t.port(), t.protocol(), t.targetType(), t.healthPath(), delay, t.loadBalancers());
        }, t));
    }

    /** The load balancers; a rule's targets are named by the target groups read before. */
    List<Inventory.LoadBalancer> loadBalancers(List<Inventory.TargetGroup> targetGroups) {
        Map<String, String> tgNames = new TreeMap<>();
        for (Inventory.TargetGroup t : targetGroups) tgNames.put(t.arn(), t.name());
        List<LoadBalancer> raw = calls.call("elasticloadbalancingv2", "DescribeLoadBalancers", null, () -> {
            List<LoadBalancer> out = new ArrayList<>();
            elb.describeLoadBalancersPaginator(r -> { }).forEach(p -> out.addAll(p.loadBalancers()));
            return out;
        }, List.of());
        return calls.each(raw, lb -> loadBalancer(lb, tgNames));
    }

    private Inventory.LoadBalancer loadBalancer(LoadBalancer lb, Map<String, String> tgNames) {
        List<Inventory.Listener> listeners = calls.call("elasticloadbalancingv2", "DescribeListeners", lb.loadBalancerName(), () -> {
            List<Inventory.Listener> out = new ArrayList<>();
            elb.describeListenersPaginator(r -> r.loadBalancerArn(lb.loadBalancerArn())).forEach(p -> p.listeners().forEach(l -> {
                List<Inventory.ListenerRule> rules = calls.call("elasticloadbalancingv2", "DescribeRules", lb.loadBalancerName() + ":" + l.port(), () -> {
                    List<Inventory.ListenerRule> rs = new ArrayList<>();
                    for (var rule : elb.describeRules(r -> r.listenerArn(l.listenerArn())).rules()) {
                        if (Boolean.TRUE.equals(rule.isDefault())) continue;
                        List<String> paths = new ArrayList<>();
                        for (var c : rule.conditions()) {
                            if (c.pathPatternConfig() != null) paths.addAll(c.pathPatternConfig().values());
                            else if ("path-pattern".equals(c.field())) paths.addAll(c.values());
                        }
                        List<String> targets = new ArrayList<>();
                        for (var act : rule.actions()) if (act.targetGroupArn() != null) targets.add(tgNames.getOrDefault(act.targetGroupArn(), act.targetGroupArn()));
                        rs.add(new Inventory.ListenerRule(rule.priority(), paths, targets));
                    }
                    return rs;
                }, List.of());
                out.add(new Inventory.Listener(l.listenerArn(), l.port() == null ? 0 : l.port(), l.protocolAsString(), rules));
            }));
            return out;
        }, List.of());
        return new Inventory.LoadBalancer(lb.loadBalancerName(), lb.loadBalancerArn(), lb.typeAsString(), lb.schemeAsString(), lb.vpcId(),
                lb.availabilityZones().stream().map(z -> z.subnetId()).toList(), lb.securityGroups(), listeners);
    }
}
