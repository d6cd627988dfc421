package dev.archkit.gen.terraform;

import dev.archkit.facts.Facts;
import dev.archkit.facts.ServiceFacts;
import dev.archkit.model.view.Cluster;
import dev.archkit.model.view.Kind;
import dev.archkit.model.view.LoadBalancer;
import dev.archkit.model.view.Service;
import dev.archkit.model.view.Task;
import dev.archkit.model.view.Typed;

import java.util.Optional;

import static dev.archkit.gen.terraform.Hcl.interp;
import static dev.archkit.gen.terraform.Hcl.num;
import static dev.archkit.gen.terraform.Hcl.raw;
import static dev.archkit.gen.terraform.TfExpr.tags;

/**
 * autoscaling.tf: for each autoscaled ECS service in a cluster, its scalable target (min and max),
 * a target-tracking policy per {@code scale} (CPU, memory, or requests per target behind an ALB)
 * and a scheduled action per {@code schedule}.
 */
final class AutoscalingEmitter implements Emitter {
    private final Facts facts;
    private final TargetGroups targetGroups;

    AutoscalingEmitter(Facts facts, TargetGroups targetGroups) {
        this.facts = facts;
        this.targetGroups = targetGroups;
    }

    @Override public TfFile file() { return TfFile.AUTOSCALING; }

    @Override
    public void emit(Hcl.Doc d, Notes notes) {
        for (ServiceFacts sf : facts.services()) {
            Service s = sf.service();
            String cluster = sf.cluster().map(Cluster::name).orElse(null);
            if (!sf.ecs() || !sf.scaling().autoscaled() || cluster == null) continue;
            target(d, sf, cluster);
            for (Task.Scaling p : s.scaling()) policy(d, notes, s, p);
            int i = 0;
            for (Task.Schedule p : s.schedules()) schedule(d, s, p, ++i);
        }
    }

    private void target(Hcl.Doc d, ServiceFacts sf, String cluster) {
        String l = Labels.label(sf.name());
        d.open("resource", "aws_appautoscaling_target", l);
        d.attr("service_namespace", "ecs");
        d.attr("scalable_dimension", "ecs:service:DesiredCount");
        d.attr("resource_id", interp("service/${aws_ecs_cluster." + Labels.label(cluster) + ".name}/${aws_ecs_service." + l + ".name}"));
        d.attr("min_capacity", sf.scaling().min());
        d.attr("max_capacity", sf.scaling().max());
        d.attr("tags", tags(sf.service(), aws(sf.name())));
        d.close().blank();
    }

    private void policy(Hcl.Doc d, Notes notes, Service s, Task.Scaling p) {
        String l = Labels.label(s.name());
        String metric = p.metric().id();
        String type = switch (p.metric()) {
            case CPU -> "ECSServiceAverageCPUUtilization";
            case MEMORY -> "ECSServiceAverageMemoryUtilization";
            case REQUESTS -> "ALBRequestCountPerTarget";
        };
        String label = null;
        if (p.metric() == Task.Metric.REQUESTS) {
            Optional<TargetGroups.TargetGroup> tg = targetGroups.ofService(s.name()).stream()
                    .filter(x -> !behindNetworkLoadBalancer(x)).findFirst();
            if (tg.isEmpty()) {
                notes.notGenerated("the requests-per-target scaling of '" + s.name() + "' (it is behind no application load balancer)");
                return;
            }
            label = "${aws_lb." + Labels.label(tg.get().loadBalancer()) + ".arn_suffix}/${aws_lb_target_group." + tg.get().label() + ".arn_suffix}";
        }
        d.open("resource", "aws_appautoscaling_policy", l + "_" + Labels.label(metric));
        d.attr("name", aws(s.name()) + "-" + metric);
        d.attr("policy_type", "TargetTrackingScaling");
        scalableTarget(d, l);
        d.open("target_tracking_scaling_policy_configuration");
        d.attr("target_value", num(p.target()));
        p.cooldownIn().ifPresent(ci -> d.attr("scale_in_cooldown", ci.millis() / 1000));
        p.cooldownOut().ifPresent(co -> d.attr("scale_out_cooldown", co.millis() / 1000));
        d.open("predefined_metric_specification");
        d.attr("predefined_metric_type", type);
        if (label != null) d.attr("resource_label", interp(label));
        d.close();
        d.close();
        d.close().blank();
    }

    private boolean behindNetworkLoadBalancer(TargetGroups.TargetGroup tg) {
        LoadBalancer lb = Typed.element(facts.architecture(), tg.loadBalancer(), Kind.LOADBALANCER, LoadBalancer::new);
        return lb != null && lb.type() == LoadBalancer.Type.NETWORK;
    }

    private void schedule(Hcl.Doc d, Service s, Task.Schedule p, int index) {
        String l = Labels.label(s.name());
        String n = p.name().orElse(Integer.toString(index));
        d.open("resource", "aws_appautoscaling_scheduled_action", l + "_" + Labels.label(n));
        d.attr("name", aws(s.name()) + "-" + n);
        scalableTarget(d, l);
        d.attr("schedule", p.cron());
        d.open("scalable_target_action");
        p.min().ifPresent(mn -> d.attr("min_capacity", Long.toString(mn)));
        p.max().ifPresent(mx -> d.attr("max_capacity", Long.toString(mx)));
        d.close();
        d.close().blank();
    }

    /** The three arguments that tie a policy or scheduled action to the service's scalable target. */
    private static void scalableTarget(Hcl.Doc d, String label) {
        d.attr("service_namespace", raw("aws_appautoscaling_target." + label + ".service_namespace"));
        d.attr("scalable_dimension", raw("aws_appautoscaling_target." + label + ".scalable_dimension"));
        d.attr("resource_id", raw("aws_appautoscaling_target." + label + ".resource_id"));
    }

    private String aws(String name) { return facts.names().aws(name); }
}
