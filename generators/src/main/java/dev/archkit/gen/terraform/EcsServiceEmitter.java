package dev.archkit.gen.terraform;

import dev.archkit.model.Element;
import dev.archkit.model.Property;
import dev.archkit.model.Value;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static dev.archkit.gen.terraform.Hcl.raw;
import static dev.archkit.gen.terraform.Hcl.refs;
import static dev.archkit.gen.terraform.Hcl.strings;
import static dev.archkit.gen.terraform.TfExpr.ids;
import static dev.archkit.gen.terraform.TfExpr.ref;
import static dev.archkit.gen.terraform.TfExpr.tags;

/**
 * ecs.tf, second part: per ECS service its log group, task definition, service (network, load
 * balancer targets, deployment) and Cloud Map registration.
 */
final class EcsServiceEmitter implements Emitter {
    private final TerraformInputs in;
    private final TargetGroups targetGroups;
    private final SecretRefs secrets;

    EcsServiceEmitter(TerraformInputs in, TargetGroups targetGroups, SecretRefs secrets) {
        this.in = in;
        this.targetGroups = targetGroups;
        this.secrets = secrets;
    }

    @Override public TfFile file() { return TfFile.ECS; }

    @Override
    public void emit(Hcl.Doc d, Notes notes) {
        for (Element s : in.ecsServices()) service(d, notes, s);
    }

    private void service(Hcl.Doc d, Notes notes, Element s) {
        boolean fargate = in.fargate(s);
        if (!fargate) notes.notGenerated("the EC2 instances that service '" + s.name() + "' runs on (its task definition and service are generated)");
        Property logs = s.property("logs");
        String driver = logs == null ? null : logs.field("driver").text();
        boolean awslogs = driver == null || driver.equals("awslogs");
        if (driver != null && !driver.equals("awslogs") && !driver.equals("none")) notes.notGenerated("the " + driver + " log router of service '" + s.name() + "'");
        if (awslogs && logs != null) logGroup(d, s, logs);
        taskDefinition(d, notes, s, fargate, awslogs && logs != null);
        List<TargetGroups.TargetGroup> tgs = targetGroups.ofService(s.name());
        ecsService(d, notes, s, fargate, tgs);
        if (s.string("discovery") != null && in.architecture().element(s.string("discovery")) != null) {
            registration(d, s, in.architecture().element(s.string("discovery")));
        }
        if (TerraformInputs.firstPort(s) < 0 && !tgs.isEmpty()) notes.notGenerated("the container port of service '" + s.name() + "' (declare 'port N')");
    }

    private void logGroup(Hcl.Doc d, Element s, Property logs) {
        d.open("resource", "aws_cloudwatch_log_group", Labels.label(s.name()));
        d.attr("name", logs.field("group") != null ? logs.field("group").text() : "/ecs/" + in.awsName(s.name()));
        d.attr("retention_in_days", retention(logs.field("retention")));
        d.attr("tags", tags(s, in.awsName(s.name())));
        d.close().blank();
    }

    /** The CloudWatch Logs retention (days) at or above the one declared; 30 days when none is. */
    static long retention(Value v) {
        long[] allowed = {1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653};
        if (!(v instanceof Value.Duration d)) return 30;
        long days = Math.max(1, d.millis() / 86_400_000L);
        for (long x : allowed) if (x >= days) return x;
        return 3653;
    }

    private void taskDefinition(Hcl.Doc d, Notes notes, Element s, boolean fargate, boolean awslogs) {
        String name = in.awsName(s.name());
        long cpu = s.value("cpu") instanceof Value.Cpu c ? c.ecsUnits() : 256;
        long mem = s.value("memory") instanceof Value.Size m ? m.mib() : 512;
        if (!(s.value("cpu") instanceof Value.Cpu)) notes.notGenerated("a task size for service '" + s.name() + "': none declared, 256 CPU units / 512 MiB written");
        List<Hcl.Expr> containers = ContainerDefinitions.of(s, awslogs, secrets, notes);
        d.open("resource", "aws_ecs_task_definition", Labels.label(s.name()));
        d.attr("family", name);
        d.attr("requires_compatibilities", strings(List.of(fargate ? "FARGATE" : "EC2")));
        d.attr("network_mode", "awsvpc");
        d.attr("cpu", Long.toString(cpu));
        d.attr("memory", Long.toString(mem));
        String executionRole = s.string("execution-role") != null ? s.string("execution-role") : IamEmitter.EXECUTION_ROLE;
        d.attr("execution_role_arn", ref("aws_iam_role", executionRole, "arn"));
        if (s.string("role") != null) d.attr("task_role_arn", ref("aws_iam_role", s.string("role"), "arn"));
        d.attr("container_definitions", Hcl.jsonencode(Hcl.tuple(containers)));
        d.open("runtime_platform");
        d.attr("operating_system_family", "LINUX");
        d.attr("cpu_architecture", "arm64".equals(s.string("arch")) ? "ARM64" : "X86_64");
        d.close();
        if (s.value("ephemeral-storage") instanceof Value.Size es && es.mib() > 20 * 1024) {
            d.open("ephemeral_storage");
            d.attr("size_in_gib", (es.mib() + 1023) / 1024);
            d.close();
        }
        for (Property v : s.all("volume")) {
            String vt = v.field("type").text();
            if (!vt.equals("emptydir")) notes.notGenerated("the " + vt + " volume of service '" + s.name() + "'");
        }
        d.attr("tags", tags(s, name));
        d.close().blank();
    }

    private void ecsService(Hcl.Doc d, Notes notes, Element s, boolean fargate, List<TargetGroups.TargetGroup> tgs) {
        String l = Labels.label(s.name());
        Element cluster = s.string("cluster") == null ? null : in.architecture().element(s.string("cluster"));
        d.open("resource", "aws_ecs_service", l);
        d.attr("name", in.awsName(s.name()));
        d.attr("cluster", cluster != null ? ref("aws_ecs_cluster", s.string("cluster"), "id") : null);
        d.attr("task_definition", raw("aws_ecs_task_definition." + l + ".arn"));
        d.attr("desired_count", TerraformInputs.Replicas.of(s.property("replicas")).desired());
        List<Property> caps = s.all("capacity");
        boolean clusterStrategy = cluster != null && !cluster.all("capacity").isEmpty();
        if (caps.isEmpty() && !clusterStrategy) d.attr("launch_type", fargate ? "FARGATE" : "EC2");
        if (s.flag("exec")) d.attr("enable_execute_command", true);
        d.attr("propagate_tags", "SERVICE");
        Property dep = s.property("deploy");
        boolean blueGreen = dep != null && dep.field("strategy") != null && "blue-green".equals(dep.field("strategy").text());
        if (dep != null && dep.field("max-percent") instanceof Value.Percent mp) d.attr("deployment_maximum_percent", (long) mp.value());
        if (dep != null && dep.field("min-healthy") instanceof Value.Percent mh) d.attr("deployment_minimum_healthy_percent", (long) mh.value());
        Property health = s.property("health");
        if (!tgs.isEmpty() && health != null && health.field("start-period") instanceof Value.Duration sp) {
            d.attr("health_check_grace_period_seconds", Math.max(sp.millis() / 1000, 0));
        }
        for (Property p : caps) EcsClusterEmitter.strategy(d, "capacity_provider_strategy", p);
        d.open("network_configuration");
        d.attr("subnets", ids("aws_subnet", s.refs("subnets")));
        d.attr("security_groups", ids("aws_security_group", s.refs("securitygroups")));
        d.attr("assign_public_ip", s.flag("public-ip"));
        d.close();
        for (TargetGroups.TargetGroup tg : tgs) {
            d.open("load_balancer");
            d.attr("target_group_arn", raw("aws_lb_target_group." + tg.label() + ".arn"));
            d.attr("container_name", s.name());
            d.attr("container_port", tg.port());
            d.close();
        }
        if (s.string("discovery") != null) {
            d.open("service_registries");
            d.attr("registry_arn", raw("aws_service_discovery_service." + l + ".arn"));
            d.close();
        }
        deployment(d, notes, s, dep, blueGreen);
        if (TerraformInputs.autoscaled(s)) {
            d.open("lifecycle");
            d.attr("ignore_changes", refs(List.of("desired_count")));
            d.close();
        }
        Set<String> listeners = new TreeSet<>();
        for (TargetGroups.TargetGroup tg : tgs) listeners.addAll(listenersOf(tg.loadBalancer()));
        if (!listeners.isEmpty()) d.attr("depends_on", refs(new ArrayList<>(listeners)));
        d.attr("tags", tags(s, in.awsName(s.name())));
        d.close().blank();
    }

    /** Blue/green hands the deployment to CodeDeploy (not generated); a rolling one may have ECS's circuit breaker. */
    private static void deployment(Hcl.Doc d, Notes notes, Element s, Property dep, boolean blueGreen) {
        if (blueGreen) {
            d.open("deployment_controller");
            d.attr("type", "CODE_DEPLOY");
            d.close();
            notes.notGenerated("the CodeDeploy application, deployment group, second target group and test listener for the blue/green deployment of '" + s.name() + "'");
        } else if (dep != null && dep.field("circuit-breaker") instanceof Value.BoolValue cb && cb.value()) {
            d.open("deployment_circuit_breaker");
            d.attr("enable", true);
            d.attr("rollback", dep.field("rollback") instanceof Value.BoolValue rb && rb.value());
            d.close();
        }
        if (dep != null && dep.field("alarms") != null && !blueGreen) notes.notGenerated("the deployment alarms of service '" + s.name() + "' (the alarms are not generated)");
    }

    /** The listeners of a load balancer, which a service behind it waits for. */
    private List<String> listenersOf(String lb) {
        List<String> out = new ArrayList<>();
        for (Property li : in.architecture().element(lb).all("listener")) {
            out.add("aws_lb_listener." + Labels.label(lb) + "-" + ((Value.IntValue) li.field("port")).value());
        }
        return out;
    }

    private void registration(Hcl.Doc d, Element s, Element cm) {
        d.open("resource", "aws_service_discovery_service", Labels.label(s.name()));
        d.attr("name", s.name());
        String type = EcsClusterEmitter.namespaceType(cm);
        if (type.startsWith("dns")) {
            d.open("dns_config");
            d.attr("namespace_id", ref("aws_service_discovery_" + (type.equals("dns-public") ? "public" : "private") + "_dns_namespace", cm.name(), "id"));
            d.attr("routing_policy", "weighted".equals(cm.string("routing")) ? "WEIGHTED" : "MULTIVALUE");
            d.open("dns_records");
            d.attr("ttl", cm.value("ttl") instanceof Value.Duration t ? Math.max(t.millis() / 1000, 0) : 60);
            d.attr("type", "A");
            d.close();
            d.close();
        } else {
            d.attr("namespace_id", ref("aws_service_discovery_http_namespace", cm.name(), "id"));
        }
        d.open("health_check_custom_config");
        d.attr("failure_threshold", 1);
        d.close();
        d.attr("tags", tags(s, in.awsName(s.name())));
        d.close().blank();
    }
}
