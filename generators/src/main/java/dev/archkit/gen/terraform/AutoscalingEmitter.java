package dev.archkit.gen.terraform;

import dev.archkit.model.Element;
import dev.archkit.model.Property;
import dev.archkit.model.Value;

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
    private final TerraformInputs in;
    private final TargetGroups targetGroups;

    AutoscalingEmitter(TerraformInputs in, TargetGroups targetGroups) {
        this.in = in;
        this.targetGroups = targetGroups;
    }

    @Override public TfFile file() { return TfFile.AUTOSCALING; }

    @Override
    public void emit(Hcl.Doc d, Notes notes) {
        for (Element s : in.ecsServices()) {
            if (!TerraformInputs.autoscaled(s) || s.string("cluster") == null || in.architecture().element(s.string("cluster")) == null) continue;
            target(d, s);
            for (Property p : s.all("scale")) policy(d, notes, s, p);
            int i = 0;
            for (Property p : s.all("schedule")) schedule(d, s, p, ++i);
        }
    }

    private void target(Hcl.Doc d, Element s) {
        String l = Labels.label(s.name());
        TerraformInputs.Replicas r = TerraformInputs.Replicas.of(s.property("replicas"));
        d.open("resource", "aws_appautoscaling_target", l);
        d.attr("service_namespace", "ecs");
        d.attr("scalable_dimension", "ecs:service:DesiredCount");
        d.attr("resource_id", interp("service/${aws_ecs_cluster." + Labels.label(s.string("cluster")) + ".name}/${aws_ecs_service." + l + ".name}"));
        d.attr("min_capacity", r.min());
        d.attr("max_capacity", r.max());
        d.attr("tags", tags(s, in.awsName(s.name())));
        d.close().blank();
    }

    private void policy(Hcl.Doc d, Notes notes, Element s, Property p) {
        String l = Labels.label(s.name());
        String metric = p.field("metric").text();
        String type = switch (metric) {
            case "cpu" -> "ECSServiceAverageCPUUtilization";
            case "memory" -> "ECSServiceAverageMemoryUtilization";
            default -> "ALBRequestCountPerTarget";
        };
        String label = null;
        if (metric.equals("requests")) {
            Optional<TargetGroups.TargetGroup> tg = targetGroups.ofService(s.name()).stream()
                    .filter(x -> !"network".equals(in.architecture().element(x.loadBalancer()).string("type"))).findFirst();
            if (tg.isEmpty()) {
                notes.notGenerated("the requests-per-target scaling of '" + s.name() + "' (it is behind no application load balancer)");
                return;
            }
            label = "${aws_lb." + Labels.label(tg.get().loadBalancer()) + ".arn_suffix}/${aws_lb_target_group." + tg.get().label() + ".arn_suffix}";
        }
        d.open("resource", "aws_appautoscaling_policy", l + "-" + metric);
        d.attr("name", in.awsName(s.name()) + "-" + metric);
        d.attr("policy_type", "TargetTrackingScaling");
        scalableTarget(d, l);
        d.open("target_tracking_scaling_policy_configuration");
        d.attr("target_value", num(number(p.field("target"))));
        if (p.field("cooldown-in") instanceof Value.Duration ci) d.attr("scale_in_cooldown", ci.millis() / 1000);
        if (p.field("cooldown-out") instanceof Value.Duration co) d.attr("scale_out_cooldown", co.millis() / 1000);
        d.open("predefined_metric_specification");
        d.attr("predefined_metric_type", type);
        if (label != null) d.attr("resource_label", interp(label));
        d.close();
        d.close();
        d.close().blank();
    }

    private void schedule(Hcl.Doc d, Element s, Property p, int index) {
        String l = Labels.label(s.name());
        String n = p.field("name") != null ? p.field("name").text() : Integer.toString(index);
        d.open("resource", "aws_appautoscaling_scheduled_action", l + "-" + Labels.label(n));
        d.attr("name", in.awsName(s.name()) + "-" + n);
        scalableTarget(d, l);
        d.attr("schedule", p.field("cron").text());
        d.open("scalable_target_action");
        if (p.field("min") instanceof Value.IntValue mn) d.attr("min_capacity", Long.toString(mn.value()));
        if (p.field("max") instanceof Value.IntValue mx) d.attr("max_capacity", Long.toString(mx.value()));
        d.close();
        d.close().blank();
    }

    /** The three arguments that tie a policy or scheduled action to the service's scalable target. */
    private static void scalableTarget(Hcl.Doc d, String label) {
        d.attr("service_namespace", raw("aws_appautoscaling_target." + label + ".service_namespace"));
        d.attr("scalable_dimension", raw("aws_appautoscaling_target." + label + ".scalable_dimension"));
        d.attr("resource_id", raw("aws_appautoscaling_target." + label + ".resource_id"));
    }

    /** A scaling target as a number: 70% is 70, 500 requests is 500. */
    static double number(Value v) {
        if (v instanceof Value.NumberValue n) return n.value();
        if (v instanceof Value.IntValue i) return i.value();
        if (v instanceof Value.Percent p) return p.value();
        return Double.parseDouble(v.text().replace("%", ""));
    }
}
