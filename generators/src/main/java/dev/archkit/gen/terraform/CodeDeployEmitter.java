package dev.archkit.gen.terraform;

import dev.archkit.facts.Facts;
import dev.archkit.model.view.Service;
import dev.archkit.model.view.Task;

import java.util.ArrayList;
import java.util.List;

import static dev.archkit.gen.terraform.Hcl.obj;
import static dev.archkit.gen.terraform.Hcl.raw;
import static dev.archkit.gen.terraform.Hcl.str;

/**
 * codedeploy.tf: for every blue/green ECS service, the CodeDeploy application, its deployment
 * config (canary or linear as the model says, else all at once), the deployment group that pairs
 * the blue and green target groups behind the production and test listeners and rolls back on the
 * model's alarms, and one service role for CodeDeploy.
 */
final class CodeDeployEmitter implements Emitter {
    static final String ROLE = "codedeploy";

    private final Facts facts;
    private final BlueGreen blueGreen;
    private final AlarmEmitter alarms;

    CodeDeployEmitter(Facts facts, BlueGreen blueGreen, AlarmEmitter alarms) {
        this.facts = facts;
        this.blueGreen = blueGreen;
        this.alarms = alarms;
    }

    @Override public TfFile file() { return TfFile.CODEDEPLOY; }

    @Override
    public void emit(Hcl.Doc d, Notes notes) {
        for (String s : blueGreen.withoutListener()) {
            notes.notGenerated("the CodeDeploy deployment group of '" + s + "' (blue/green needs a load balancer listener in front of the service)");
        }
        if (blueGreen.all().isEmpty()) return;
        role(d);
        for (BlueGreen.Deployment bg : blueGreen.all()) deployment(d, notes, bg);
    }

    private void role(Hcl.Doc d) {
        String name = facts.names().role(ROLE);
        d.open("resource", "aws_iam_role", ROLE);
        d.attr("name", name);
        d.attr("assume_role_policy", IamEmitter.assumeRole(str("codedeploy.amazonaws.com")));
        d.attr("tags", obj().put("Name", name).build());
        d.close().blank();
        d.open("resource", "aws_iam_role_policy_attachment", ROLE);
        d.attr("role", raw("aws_iam_role." + ROLE + ".name"));
        d.attr("policy_arn", "arn:aws:iam::aws:policy/AWSCodeDeployRoleForECS");
        d.close().blank();
    }

    private void deployment(Hcl.Doc d, Notes notes, BlueGreen.Deployment bg) {
        Service s = bg.service().service();
        String l = Labels.label(s.name());
        Task.Deploy dep = bg.deploy();
        d.open("resource", "aws_codedeploy_app", l);
        d.attr("name", facts.names().aws(s.name()));
        d.attr("compute_platform", "ECS");
        d.attr("tags", TfExpr.tags(s, facts.names().aws(s.name())));
        d.close().blank();

        String config = "CodeDeployDefault.ECSAllAtOnce";
        boolean canary = dep.canary().isPresent();
        if (canary || dep.linear().isPresent()) {
            long minutes = Math.max(1, dep.every().map(e -> (e.millis() + 59_999) / 60_000).orElse(1L));
            if (dep.every().isEmpty()) notes.notGenerated("the shift interval of '" + s.name() + "' (none declared: 1 minute written)");
            d.open("resource", "aws_codedeploy_deployment_config", l);
            d.attr("deployment_config_name", facts.names().aws(s.name() + "-" + (canary ? "canary" : "linear")));
            d.attr("compute_platform", "ECS");
            d.open("traffic_routing_config");
            d.attr("type", canary ? "TimeBasedCanary" : "TimeBasedLinear");
            d.open(canary ? "time_based_canary" : "time_based_linear");
            d.attr("interval", minutes);
            d.attr("percentage", (long) Math.round((canary ? dep.canary() : dep.linear()).get().value()));
            d.close();
            d.close();
            d.close().blank();
            config = null;
        }

        d.open("resource", "aws_codedeploy_deployment_group", l);
        d.attr("app_name", raw("aws_codedeploy_app." + l + ".name"));
        d.attr("deployment_group_name", facts.names().aws(s.name()));
        d.attr("service_role_arn", raw("aws_iam_role." + ROLE + ".arn"));
        d.attr("deployment_config_name", config != null ? str(config) : raw("aws_codedeploy_deployment_config." + l + ".id"));
        d.open("deployment_style");
        d.attr("deployment_option", "WITH_TRAFFIC_CONTROL");
        d.attr("deployment_type", "BLUE_GREEN");
        d.close();
        d.open("blue_green_deployment_config");
        d.open("deployment_ready_option");
        d.attr("action_on_timeout", "CONTINUE_DEPLOYMENT");
        d.close();
        d.open("terminate_blue_instances_on_deployment_success");
        d.attr("action", "TERMINATE");
        dep.bakeTime().ifPresent(w -> d.attr("termination_wait_time_in_minutes", Math.max(0, w.millis() / 60_000)));
        d.close();
        d.close();
        d.open("ecs_service");
        d.attr("cluster_name", s.cluster().filter(c -> facts.architecture().element(dev.archkit.model.view.Kind.CLUSTER.id(), c) != null)
                .map(c -> TfExpr.ref("aws_ecs_cluster", c, "name")).orElse(str("REPLACE-ME-cluster")));
        d.attr("service_name", raw("aws_ecs_service." + l + ".name"));
        d.close();
        d.open("load_balancer_info");
        d.open("target_group_pair_info");
        d.open("prod_traffic_route");
        d.attr("listener_arns", Hcl.refs(List.of("aws_lb_listener." + bg.prodListenerLabel() + ".arn")));
        d.close();
        if (bg.hasTestListener()) {
            d.open("test_traffic_route");
            d.attr("listener_arns", Hcl.refs(List.of("aws_lb_listener." + bg.testListenerLabel() + ".arn")));
            d.close();
        }
        for (String tg : List.of(bg.blue().label(), bg.greenLabel())) {
            d.open("target_group");
            d.attr("name", raw("aws_lb_target_group." + tg + ".name"));
            d.close();
        }
        d.close();
        d.close();
        List<String> alarmRefs = new ArrayList<>();
        for (String a : dep.alarms()) {
            if (alarms.written(a)) alarmRefs.add("aws_cloudwatch_metric_alarm." + Labels.label(a) + ".alarm_name");
            else notes.notGenerated("rolling back '" + s.name() + "' on alarm '" + a + "' (the alarm is not generated)");
        }
        d.open("auto_rollback_configuration");
        d.attr("enabled", true);
        d.attr("events", Hcl.strings(alarmRefs.isEmpty() ? List.of("DEPLOYMENT_FAILURE") : List.of("DEPLOYMENT_FAILURE", "DEPLOYMENT_STOP_ON_ALARM")));
        d.close();
        if (!alarmRefs.isEmpty()) {
            d.open("alarm_configuration");
            d.attr("enabled", true);
            d.attr("alarms", Hcl.refs(alarmRefs));
            d.close();
        }
        d.attr("tags", TfExpr.tags(s, facts.names().aws(s.name())));
        d.close().blank();
    }
}
