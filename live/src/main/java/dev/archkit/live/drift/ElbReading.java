package dev.archkit.live.drift;

import software.amazon.awssdk.services.elasticloadbalancingv2.ElasticLoadBalancingV2Client;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.LoadBalancer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Elastic Load Balancing v2, read only: target groups with their attributes, load balancers with
 * listeners and rules, every list through its paginator. A load balancer whose listeners could
 * not all be read has none known (null), a listener whose rules could not all be read likewise;
 * a failure is recorded for the load balancer ({@code LB}) or listener ({@code LB:PORT}).
 */
final class ElbReading {
    private final ElasticLoadBalancingV2Client elb;
    private final AwsCalls calls;

    ElbReading(ElasticLoadBalancingV2Client elb, AwsCalls calls) {
        this.elb = elb;
        this.calls = calls;
    }

    List<Inventory.TargetGroup> targetGroups() {
        List<Inventory.TargetGroup> listed = calls.<Inventory.TargetGroup>list("elasticloadbalancingv2", "DescribeTargetGroups", null,
                sink -> elb.describeTargetGroupsPaginator(r -> { }).forEach(p -> p.targetGroups().forEach(t -> sink.accept(new Inventory.TargetGroup(
                        t.targetGroupName(), t.targetGroupArn(), t.port() == null ? 0 : t.port(), t.protocolAsString(), t.targetTypeAsString(),
                        t.healthCheckPath(), null, t.loadBalancerArns()))))).items();
        return calls.each(listed, t -> calls.call("elasticloadbalancingv2", "DescribeTargetGroupAttributes", t.name(), () -> {
            Integer delay = null;
            for (var at : elb.describeTargetGroupAttributes(r -> r.targetGroupArn(t.arn())).attributes()) {
                if ("deregistration_delay.timeout_seconds".equals(at.key())) delay = Integer.valueOf(at.value());
            }
            return new Inventory.TargetGroup(t.name(), t.arn(), t.port(), t.protocol(), t.targetType(), t.healthPath(), delay, t.loadBalancers());
        }, t));
    }

    /** The load balancers; a rule's targets are named by the target groups read before (by ARN when that list is incomplete). */
    List<Inventory.LoadBalancer> loadBalancers(List<Inventory.TargetGroup> targetGroups) {
        Map<String, String> tgNames = new TreeMap<>();
        for (Inventory.TargetGroup t : targetGroups) tgNames.put(t.arn(), t.name());
        List<LoadBalancer> raw = calls.<LoadBalancer>list("elasticloadbalancingv2", "DescribeLoadBalancers", null,
                sink -> elb.describeLoadBalancersPaginator(r -> { }).forEach(p -> p.loadBalancers().forEach(sink))).items();
        List<Inventory.LoadBalancer> lbs = calls.each(raw, this::withListeners);
        List<ListenerOf> listeners = new ArrayList<>();
        for (Inventory.LoadBalancer lb : lbs) if (lb.listeners() != null) for (Inventory.Listener l : lb.listeners()) listeners.add(new ListenerOf(lb.name(), l));
        Map<String, Inventory.Listener> withRules = new TreeMap<>();
        for (Inventory.Listener l : calls.each(listeners, x -> rules(x, tgNames))) withRules.put(l.arn(), l);
        List<Inventory.LoadBalancer> out = new ArrayList<>();
        for (Inventory.LoadBalancer lb : lbs) {
            out.add(new Inventory.LoadBalancer(lb.name(), lb.arn(), lb.type(), lb.scheme(), lb.vpcId(), lb.subnets(), lb.securityGroups(),
                    lb.listeners() == null ? null : lb.listeners().stream().map(l -> withRules.getOrDefault(l.arn(), l)).toList()));
        }
        return out;
    }

    private record ListenerOf(String loadBalancer, Inventory.Listener listener) { }

    private Inventory.LoadBalancer withListeners(LoadBalancer lb) {
        AwsCalls.Listing<Inventory.Listener> listeners = calls.list("elasticloadbalancingv2", "DescribeListeners", lb.loadBalancerName(),
                sink -> elb.describeListenersPaginator(r -> r.loadBalancerArn(lb.loadBalancerArn())).forEach(p -> p.listeners().forEach(l ->
                        sink.accept(new Inventory.Listener(l.listenerArn(), l.port() == null ? 0 : l.port(), l.protocolAsString(), null)))));
        return new Inventory.LoadBalancer(lb.loadBalancerName(), lb.loadBalancerArn(), lb.typeAsString(), lb.schemeAsString(), lb.vpcId(),
                lb.availabilityZones().stream().map(z -> z.subnetId()).toList(), lb.securityGroups(), listeners.complete() ? listeners.items() : null);
    }

    private Inventory.Listener rules(ListenerOf of, Map<String, String> tgNames) {
        Inventory.Listener l = of.listener();
        AwsCalls.Listing<Inventory.ListenerRule> rules = calls.list("elasticloadbalancingv2", "DescribeRules", of.loadBalancer() + ":" + l.port(),
                sink -> elb.describeRulesPaginator(r -> r.listenerArn(l.arn())).forEach(p -> p.rules().forEach(rule -> {
                    if (Boolean.TRUE.equals(rule.isDefault())) return;
                    List<String> paths = new ArrayList<>();
                    for (var c : rule.conditions()) {
                        if (c.pathPatternConfig() != null) paths.addAll(c.pathPatternConfig().values());
                        else if ("path-pattern".equals(c.field())) paths.addAll(c.values());
                    }
                    List<String> targets = new ArrayList<>();
                    for (var act : rule.actions()) {
                        if (act.targetGroupArn() != null) targets.add(tgNames.getOrDefault(act.targetGroupArn(), act.targetGroupArn()));
                        else if (act.forwardConfig() != null) act.forwardConfig().targetGroups().forEach(t -> targets.add(tgNames.getOrDefault(t.targetGroupArn(), t.targetGroupArn())));
                    }
                    sink.accept(new Inventory.ListenerRule(rule.priority(), paths, targets));
                })));
        return new Inventory.Listener(l.arn(), l.port(), l.protocol(), rules.complete() ? rules.items() : null);
    }
}
