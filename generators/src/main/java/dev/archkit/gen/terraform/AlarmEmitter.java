package dev.archkit.gen.terraform;

import dev.archkit.facts.Facts;
import dev.archkit.facts.ServiceFacts;
import dev.archkit.model.Value;
import dev.archkit.model.view.Alarm;
import dev.archkit.model.view.Typed;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static dev.archkit.gen.terraform.Hcl.obj;
import static dev.archkit.gen.terraform.Hcl.raw;
import static dev.archkit.gen.terraform.TfExpr.tags;

/**
 * alarms.tf: the CloudWatch alarms of the model whose metric archkit can place: a load balancer
 * metric of a service behind one (on the service's first target group, the blue one under
 * blue/green), or an ECS service metric. An alarm on any other metric or target is noted, not
 * guessed. Deployments that roll back on alarms refer to these by name.
 */
final class AlarmEmitter implements Emitter {
    /** Application Load Balancer metrics per target group; the one to average, the others summed. */
    static final Set<String> ALB_TARGET_METRICS = Set.of("HTTPCode_Target_5XX_Count", "HTTPCode_Target_4XX_Count", "HTTPCode_Target_2XX_Count",
            "RequestCountPerTarget", "TargetResponseTime", "UnHealthyHostCount", "HealthyHostCount", "TargetConnectionErrorCount");
    static final Set<String> ECS_SERVICE_METRICS = Set.of("CPUUtilization", "MemoryUtilization");

    private final Facts facts;
    private final TargetGroups targetGroups;
    private final BlueGreen blueGreen;

    AlarmEmitter(Facts facts, TargetGroups targetGroups, BlueGreen blueGreen) {
        this.facts = facts;
        this.targetGroups = targetGroups;
        this.blueGreen = blueGreen;
    }

    @Override public TfFile file() { return TfFile.ALARMS; }

    @Override
    public void emit(Hcl.Doc d, Notes notes) {
        for (Alarm a : Typed.alarms(facts.architecture())) {
            Optional<Placed> placed = place(a);
            if (placed.isEmpty()) {
                notes.notGenerated("alarm '" + a.name() + "' (metric " + a.metric().orElse("(none)") + " on "
                        + a.target().orElse("(no target)") + ": only load balancer metrics of a service behind one and ECS service CPU/memory are placed)");
                continue;
            }
            alarm(d, notes, a, placed.get());
            if (ALB_TARGET_METRICS.contains(a.metric().get()) && blueGreen.of(a.target().get()).isPresent()) {
                notes.notGenerated("alarm '" + a.name() + "' on the green target group: it watches the blue one, which serves traffic only until the first deployment shifts it");
            }
        }
    }

    /** Where an alarm's metric lives. */
    private record Placed(String namespace, String statistic, Hcl.Expr dimensions) { }

    /** Whether the alarm of this name is written (deployments may refer to it). */
    boolean written(String alarm) {
        var e = facts.architecture().element(dev.archkit.model.view.Kind.ALARM.id(), alarm);
        return e != null && dev.archkit.model.view.Kind.ALARM.is(e) && place(new Alarm(e)).isPresent();
    }

    private Optional<Placed> place(Alarm a) {
        String metric = a.metric().orElse(null);
        String target = a.target().orElse(null);
        Value th = a.threshold().orElse(null);
        boolean numeric = th instanceof Value.Percent || th instanceof Value.IntValue || th instanceof Value.NumberValue;
        if (metric == null || target == null || !numeric) return Optional.empty();
        ServiceFacts sf = facts.services().stream().filter(s -> s.service().name().equals(target)).findFirst().orElse(null);
        if (sf == null || !sf.ecs()) return Optional.empty();
        if (ALB_TARGET_METRICS.contains(metric)) {
            List<TargetGroups.TargetGroup> tgs = targetGroups.ofService(target);
            if (tgs.isEmpty()) return Optional.empty();
            TargetGroups.TargetGroup tg = tgs.get(0);
            String stat = metric.equals("TargetResponseTime") ? "Average" : metric.endsWith("HostCount") ? "Maximum" : "Sum";
            return Optional.of(new Placed("AWS/ApplicationELB", stat, obj()
                    .put("LoadBalancer", TfExpr.ref("aws_lb", tg.loadBalancer(), "arn_suffix"))
                    .put("TargetGroup", raw("aws_lb_target_group." + tg.label() + ".arn_suffix")).build()));
        }
        String cluster = sf.service().cluster().orElse(null);
        if (ECS_SERVICE_METRICS.contains(metric) && cluster != null) {
            return Optional.of(new Placed("AWS/ECS", "Average", obj()
                    .put("ClusterName", TfExpr.ref("aws_ecs_cluster", cluster, "name"))
                    .put("ServiceName", TfExpr.ref("aws_ecs_service", target, "name")).build()));
        }
        return Optional.empty();
    }

    private void alarm(Hcl.Doc d, Notes notes, Alarm a, Placed p) {
        Value th = a.threshold().get();
        double threshold = th instanceof Value.Percent pc ? pc.value() : th instanceof Value.IntValue i ? i.value()
                : th instanceof Value.NumberValue n ? n.value() : Double.NaN;
        d.open("resource", "aws_cloudwatch_metric_alarm", Labels.label(a.name()));
        d.attr("alarm_name", facts.names().aws(a.name()));
        d.attr("namespace", p.namespace());
        d.attr("metric_name", a.metric().get());
        d.attr("statistic", p.statistic());
        d.attr("period", a.period().map(x -> Math.max(x.millis() / 1000, 10)).orElse(60L));
        d.attr("evaluation_periods", a.evaluations().orElse(1L));
        d.attr("threshold", Hcl.num(threshold));
        d.attr("comparison_operator", "GreaterThanThreshold");
        d.attr("dimensions", p.dimensions());
        a.notifyTopic().filter(t -> dev.archkit.model.view.Kind.TOPIC.is(facts.architecture().element(t)))
                .ifPresent(t -> d.attr("alarm_actions", Hcl.refs(List.of("aws_sns_topic." + Labels.label(t) + ".arn"))));
        d.attr("tags", tags(a, facts.names().aws(a.name())));
        d.close().blank();
    }
}
