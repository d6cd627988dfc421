package dev.archkit.gen.terraform;

import dev.archkit.facts.Facts;
import dev.archkit.facts.ServiceFacts;
import dev.archkit.model.Value;
import dev.archkit.model.view.Capacity;
import dev.archkit.model.view.CloudMap;
import dev.archkit.model.view.Cluster;
import dev.archkit.model.view.Cpu;
import dev.archkit.model.view.Kind;
import dev.archkit.model.view.LoadBalancer;
import dev.archkit.model.view.Service;
import dev.archkit.model.view.Task;
import dev.archkit.model.view.Typed;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
    private final Facts facts;
    private final TargetGroups targetGroups;
    private final SecretRefs secrets;
    private final BlueGreen blueGreen;
    private final AlarmEmitter alarms;

    EcsServiceEmitter(Facts facts, TargetGroups targetGroups, SecretRefs secrets, BlueGreen blueGreen, AlarmEmitter alarms) {
        this.facts = facts;
        this.targetGroups = targetGroups;
        this.secrets = secrets;
        this.blueGreen = blueGreen;
        this.alarms = alarms;
    }

    @Override public TfFile file() { return TfFile.ECS; }

    @Override
    public void emit(Hcl.Doc d, Notes notes) {
        for (ServiceFacts s : facts.services()) if (s.ecs()) service(d, notes, s);
    }

    private void service(Hcl.Doc d, Notes notes, ServiceFacts sf) {
        Service s = sf.service();
        if (!sf.fargate()) notes.notGenerated("the EC2 instances that service '" + s.name() + "' runs on (its task definition and service are generated)");
        Optional<Task.Logs> logs = s.logs();
        Task.LogDriver driver = logs.map(Task.Logs::driver).orElse(null);
        if (driver != null && driver != Task.LogDriver.AWSLOGS && driver != Task.LogDriver.NONE) {
            notes.notGenerated("the " + driver.id() + " log router of service '" + s.name() + "'");
        }
        // a log group is written only for logs declared to go to CloudWatch
        if (sf.awslogs()) logGroup(d, s, logs.get());
        taskDefinition(d, notes, sf);
        List<TargetGroups.TargetGroup> tgs = targetGroups.ofService(s.name());
        ecsService(d, notes, sf, tgs);
        CloudMap namespace = s.discovery().map(n -> Typed.element(facts.architecture(), n, Kind.CLOUDMAP, CloudMap::new)).orElse(null);
        if (namespace != null) registration(d, s, namespace);
        if (facts.listenPort(s.name()) < 0 && !tgs.isEmpty()) notes.notGenerated("the container port of service '" + s.name() + "' (declare 'port N')");
    }

    private void logGroup(Hcl.Doc d, Service s, Task.Logs logs) {
        d.open("resource", "aws_cloudwatch_log_group", Labels.label(s.name()));
        d.attr("name", logs.group().orElse("/ecs/" + aws(s.name())));
        d.attr("retention_in_days", retention(logs.retention().orElse(null)));
        d.attr("tags", tags(s, aws(s.name())));
        d.close().blank();
    }

    /** The CloudWatch Logs retention (days) at or above the one declared; 30 days when none is. */
    static long retention(Value.Duration d) {
        long[] allowed = {1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653};
        if (d == null) return 30;
        long days = Math.max(1, d.millis() / 86_400_000L);
        for (long x : allowed) if (x >= days) return x;
        return 3653;
    }

    private void taskDefinition(Hcl.Doc d, Notes notes, ServiceFacts sf) {
        Service s = sf.service();
        String name = aws(s.name());
        long cpu = s.cpu().map(Value.Cpu::ecsUnits).orElse(256L);
        long mem = s.memory().map(Value.Size::mib).orElse(512L);
        if (s.cpu().isEmpty()) notes.notGenerated("a task size for service '" + s.name() + "': none declared, 256 CPU units / 512 MiB written");
        List<Hcl.Expr> containers = ContainerDefinitions.of(s, facts.listenPort(s.name()), sf.awslogs(), secrets, notes);
        d.open("resource", "aws_ecs_task_definition", Labels.label(s.name()));
        d.attr("family", name);
        d.attr("requires_compatibilities", strings(List.of(sf.fargate() ? "FARGATE" : "EC2")));
        d.attr("network_mode", "awsvpc");
        d.attr("cpu", Long.toString(cpu));
        d.attr("memory", Long.toString(mem));
        d.attr("execution_role_arn", ref("aws_iam_role", s.executionRole().orElse(IamEmitter.EXECUTION_ROLE), "arn"));
        IamEmitter.taskRole(s).ifPresent(r -> d.attr("task_role_arn", ref("aws_iam_role", r, "arn")));
        d.attr("container_definitions", Hcl.jsonencode(Hcl.tuple(containers)));
        d.open("runtime_platform");
        d.attr("operating_system_family", "LINUX");
        d.attr("cpu_architecture", s.arch().orElse(null) == Cpu.Arch.ARM64 ? "ARM64" : "X86_64");
        d.close();
        s.ephemeralStorage().filter(es -> es.mib() > 20 * 1024).ifPresent(es -> {
            d.open("ephemeral_storage");
            d.attr("size_in_gib", (es.mib() + 1023) / 1024);
            d.close();
        });
        for (Task.Volume v : s.volumes()) {
            if (v.type() != Task.VolumeType.EMPTYDIR) notes.notGenerated("the " + v.type().id() + " volume of service '" + s.name() + "'");
        }
        d.attr("tags", tags(s, name));
        d.close().blank();
    }

    private void ecsService(Hcl.Doc d, Notes notes, ServiceFacts sf, List<TargetGroups.TargetGroup> tgs) {
        Service s = sf.service();
        String l = Labels.label(s.name());
        Cluster c = sf.cluster().orElse(null);
        String cluster = c == null ? null : c.name();
        d.open("resource", "aws_ecs_service", l);
        d.attr("name", aws(s.name()));
        d.attr("cluster", cluster != null ? ref("aws_ecs_cluster", cluster, "id") : null);
        d.attr("task_definition", raw("aws_ecs_task_definition." + l + ".arn"));
        d.attr("desired_count", sf.scaling().desired());
        // a Fargate service in a generated cluster always names its strategy: the cluster has a
        // default one, and a launch type beside it gives a perpetual diff (provider 6.x: a plan error)
        List<Capacity> strategy = strategy(notes, sf, c);
        if (strategy.isEmpty()) d.attr("launch_type", sf.fargate() ? "FARGATE" : "EC2");
        if (s.exec()) d.attr("enable_execute_command", true);
        d.attr("propagate_tags", "SERVICE");
        Task.Deploy dep = s.deploy().orElse(null);
        boolean blueGreenDeploy = dep != null && dep.strategy() == Task.Strategy.BLUE_GREEN;
        if (dep != null) dep.maxPercent().ifPresent(mp -> d.attr("deployment_maximum_percent", (long) mp.value()));
        if (dep != null) dep.minHealthy().ifPresent(mh -> d.attr("deployment_minimum_healthy_percent", (long) mh.value()));
        if (!tgs.isEmpty()) {
            s.health().flatMap(Task.Health::startPeriod).ifPresent(sp -> d.attr("health_check_grace_period_seconds", Math.max(sp.millis() / 1000, 0)));
        }
        for (Capacity p : strategy) EcsClusterEmitter.strategy(d, "capacity_provider_strategy", p);
        d.open("network_configuration");
        d.attr("subnets", ids("aws_subnet", s.subnets().names()));
        d.attr("security_groups", ids("aws_security_group", s.securityGroups().names()));
        d.attr("assign_public_ip", s.publicIp());
        d.close();
        Optional<BlueGreen.Deployment> bg = blueGreen.of(s.name());
        // CodeDeploy shifts one target group pair: the service registers with the blue group only
        List<TargetGroups.TargetGroup> registered = bg.map(x -> List.of(x.blue())).orElse(tgs);
        if (registered.size() < tgs.size()) {
            notes.notGenerated("the load balancers of '" + s.name() + "' beyond its first (CodeDeploy shifts one target group pair)");
        }
        for (TargetGroups.TargetGroup tg : registered) {
            d.open("load_balancer");
            d.attr("target_group_arn", raw("aws_lb_target_group." + tg.label() + ".arn"));
            d.attr("container_name", s.name());
            d.attr("container_port", tg.port());
            d.close();
        }
        if (s.discovery().isPresent()) {
            d.open("service_registries");
            d.attr("registry_arn", raw("aws_service_discovery_service." + l + ".arn"));
            d.close();
        }
        deployment(d, notes, s, dep, blueGreenDeploy);
        // what another system owns: the count under autoscaling; the task definition and the target group under CodeDeploy
        List<String> ignore = new ArrayList<>();
        if (sf.scaling().autoscaled()) ignore.add("desired_count");
        if (blueGreenDeploy) ignore.addAll(List.of("task_definition", "load_balancer"));
        if (!ignore.isEmpty()) {
            d.open("lifecycle");
            d.attr("ignore_changes", refs(ignore));
            d.close();
        }
        // the listeners before the service registers targets; the capacity providers outlive it on destroy
        Set<String> dependsOn = new TreeSet<>();
        for (TargetGroups.TargetGroup tg : tgs) dependsOn.addAll(listenersOf(tg.loadBalancer()));
        if (!strategy.isEmpty()) dependsOn.add("aws_ecs_cluster_capacity_providers." + Labels.label(cluster));
        if (!dependsOn.isEmpty()) d.attr("depends_on", refs(new ArrayList<>(dependsOn)));
        d.attr("tags", tags(s, aws(s.name())));
        d.close().blank();
    }

    /**
     * The capacity provider strategy written on a Fargate service in a generated ECS cluster: its
     * own or its cluster's Fargate providers, else the cluster's default (Fargate). Empty, and a
     * launch type written instead, for EC2 services and services outside a generated cluster.
     */
    private List<Capacity> strategy(Notes notes, ServiceFacts sf, Cluster cluster) {
        if (!sf.fargate() || cluster == null || cluster.type() != Cluster.Type.ECS) return List.of();
        List<Capacity> all = facts.capacity(sf.service());
        List<Capacity> fargate = all.stream().filter(p -> p.provider() != Capacity.Provider.EC2).toList();
        if (fargate.size() < all.size()) {
            notes.notGenerated("the EC2 part of the capacity provider strategy of service '" + sf.service().name() + "' (only Fargate providers are written)");
        }
        return fargate.isEmpty()
                ? List.of(new Capacity(Capacity.Provider.FARGATE, java.util.OptionalLong.of(1), java.util.OptionalLong.empty(), dev.archkit.model.Location.UNKNOWN))
                : fargate;
    }

    /** Blue/green hands the deployment to CodeDeploy (codedeploy.tf); a rolling one may have ECS's circuit breaker. */
    private void deployment(Hcl.Doc d, Notes notes, Service s, Task.Deploy dep, boolean blueGreen) {
        if (blueGreen) {
            d.open("deployment_controller");
            d.attr("type", "CODE_DEPLOY");
            d.close();
        } else if (dep != null && dep.circuitBreaker()) {
            d.open("deployment_circuit_breaker");
            d.attr("enable", true);
            d.attr("rollback", dep.rollback());
            d.close();
        }
        if (dep == null || dep.alarms().isEmpty() || blueGreen) return;
        // a rolling deployment stops (and rolls back when asked) on the model's alarms
        List<String> names = new ArrayList<>();
        for (String a : dep.alarms()) {
            if (alarms.written(a)) names.add("aws_cloudwatch_metric_alarm." + Labels.label(a) + ".alarm_name");
            else notes.notGenerated("the deployment alarm '" + a + "' of service '" + s.name() + "' (the alarm is not generated)");
        }
        if (names.isEmpty()) return;
        d.open("alarms");
        d.attr("alarm_names", refs(names));
        d.attr("enable", true);
        d.attr("rollback", dep.rollback());
        d.close();
    }

    /** The listeners of a load balancer, which a service behind it waits for. */
    private List<String> listenersOf(String lb) {
        List<String> out = new ArrayList<>();
        for (LoadBalancer.Listener li : new LoadBalancer(facts.architecture().element(lb)).listeners()) {
            out.add("aws_lb_listener." + Labels.label(lb) + "_" + li.port());
        }
        return out;
    }

    private void registration(Hcl.Doc d, Service s, CloudMap cm) {
        d.open("resource", "aws_service_discovery_service", Labels.label(s.name()));
        d.attr("name", s.name());
        CloudMap.Type type = cm.type();
        if (type != CloudMap.Type.HTTP) {
            d.open("dns_config");
            d.attr("namespace_id", ref("aws_service_discovery_" + (type == CloudMap.Type.DNS_PUBLIC ? "public" : "private") + "_dns_namespace", cm.name(), "id"));
            d.attr("routing_policy", cm.routing().orElse(null) == CloudMap.Routing.WEIGHTED ? "WEIGHTED" : "MULTIVALUE");
            d.open("dns_records");
            d.attr("ttl", cm.ttl().map(t -> Math.max(t.millis() / 1000, 0)).orElse(60L));
            d.attr("type", "A");
            d.close();
            d.close();
        } else {
            d.attr("namespace_id", ref("aws_service_discovery_http_namespace", cm.name(), "id"));
        }
        // ECS reports the health; failure_threshold is deprecated (AWS always uses 1)
        d.open("health_check_custom_config");
        d.close();
        d.attr("tags", tags(s, aws(s.name())));
        d.close().blank();
    }

    private String aws(String name) { return facts.names().aws(name); }
}
