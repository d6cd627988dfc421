package dev.archkit.live.drift;

import software.amazon.awssdk.services.ecs.EcsClient;
import software.amazon.awssdk.services.ecs.model.ClusterField;
import software.amazon.awssdk.services.ecs.model.ServiceField;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/** ECS, read only: clusters, their services (ten per DescribeServices) and each service's task definition. */
final class EcsReading {
    private final EcsClient ecs;
    private final AwsCalls calls;

    EcsReading(EcsClient ecs, AwsCalls calls) {
        this.ecs = ecs;
        this.calls = calls;
    }

    List<Inventory.Cluster> clusters() {
        List<String> arns = calls.call("ecs", "ListClusters", null, () -> {
            List<String> out = new ArrayList<>();
            ecs.listClustersPaginator(r -> { }).forEach(p -> out.addAll(p.clusterArns()));
            return out;
        }, List.of());
        List<Inventory.Cluster> clusters = new ArrayList<>();
        for (int i = 0; i < arns.size(); i += 100) {   // DescribeClusters takes at most 100
            List<String> batch = arns.subList(i, Math.min(arns.size(), i + 100));
            clusters.addAll(calls.call("ecs", "DescribeClusters", null, () -> {
                List<Inventory.Cluster> out = new ArrayList<>();
                for (var c : ecs.describeClusters(r -> r.clusters(batch).include(ClusterField.SETTINGS, ClusterField.TAGS)).clusters()) {
                    boolean insights = c.settings().stream().anyMatch(s -> "containerInsights".equals(s.nameAsString()) && !"disabled".equals(s.value()));
                    List<Inventory.Strategy> st = c.defaultCapacityProviderStrategy().stream()
                            .map(s -> new Inventory.Strategy(s.capacityProvider(), s.weight() == null ? 0 : s.weight(), s.base() == null ? 0 : s.base())).toList();
                    Map<String, String> t = new TreeMap<>();
                    c.tags().forEach(x -> t.put(x.key(), x.value()));
                    out.add(new Inventory.Cluster(c.clusterName(), c.clusterArn(), insights, st, AwsCalls.tags(t)));
                }
                return out;
            }, List.of()));
        }
        return clusters;
    }

    /** The services of every cluster, one cluster per job on the pool. */
    List<Inventory.Service> services(List<Inventory.Cluster> clusters) {
        List<Inventory.Service> out = new ArrayList<>();
        for (List<Inventory.Service> l : calls.each(clusters, this::services)) out.addAll(l);
        return out;
    }

    private List<Inventory.Service> services(Inventory.Cluster c) {
        List<String> arns = calls.call("ecs", "ListServices", c.name(), () -> {
            List<String> out = new ArrayList<>();
            ecs.listServicesPaginator(r -> r.cluster(c.arn())).forEach(p -> out.addAll(p.serviceArns()));
            return out;
        }, List.of());
        List<Inventory.Service> out = new ArrayList<>();
        for (int i = 0; i < arns.size(); i += 10) {   // DescribeServices takes at most 10
            List<String> batch = arns.subList(i, Math.min(arns.size(), i + 10));
            out.addAll(calls.call("ecs", "DescribeServices", c.name(), () -> {
                List<Inventory.Service> got = new ArrayList<>();
                for (var s : ecs.describeServices(r -> r.cluster(c.arn()).services(batch).include(ServiceField.TAGS)).services()) {
                    var net = s.networkConfiguration() == null ? null : s.networkConfiguration().awsvpcConfiguration();
                    var cb = s.deploymentConfiguration() == null ? null : s.deploymentConfiguration().deploymentCircuitBreaker();
                    Inventory.TaskDefinition td = calls.call("ecs", "DescribeTaskDefinition", s.serviceName(), () -> task(s.taskDefinition()), null);
                    Map<String, String> t = new TreeMap<>();
                    s.tags().forEach(x -> t.put(x.key(), x.value()));
                    got.add(new Inventory.Service(s.serviceName(), c.name(), s.serviceArn(), s.desiredCount() == null ? 0 : s.desiredCount(), s.launchTypeAsString(),
                            s.capacityProviderStrategy().stream().map(x -> new Inventory.Strategy(x.capacityProvider(), x.weight() == null ? 0 : x.weight(),
                                    x.base() == null ? 0 : x.base())).toList(),
                            net == null ? List.of() : net.subnets(), net == null ? List.of() : net.securityGroups(),
                            net != null && "ENABLED".equals(net.assignPublicIpAsString()),
                            cb != null && Boolean.TRUE.equals(cb.enable()), cb != null && Boolean.TRUE.equals(cb.rollback()), td,
                            s.loadBalancers().stream().map(l -> l.targetGroupArn()).filter(Objects::nonNull).toList(),
                            s.serviceRegistries().size(), AwsCalls.tags(t)));
                }
                return got;
            }, List.of()));
        }
        return out;
    }

    private Inventory.TaskDefinition task(String arn) {
        var td = ecs.describeTaskDefinition(r -> r.taskDefinition(arn)).taskDefinition();
        List<Inventory.Container> cs = new ArrayList<>();
        for (var c : td.containerDefinitions()) {
            String group = c.logConfiguration() == null ? null : c.logConfiguration().options().get("awslogs-group");
            // environment values are not kept: they may be secrets; names are enough to compare
            cs.add(new Inventory.Container(c.name(), c.image(), c.portMappings().stream().map(p -> p.containerPort()).filter(Objects::nonNull).toList(),
                    c.environment().stream().map(kv -> kv.name()).sorted().toList(), c.secrets().stream().map(x -> x.name()).sorted().toList(),
                    group, c.healthCheck() != null));
        }
        return new Inventory.TaskDefinition(td.family(), td.revision() == null ? 0 : td.revision(), td.cpu(), td.memory(),
                td.runtimePlatform() == null ? null : td.runtimePlatform().cpuArchitectureAsString(), td.taskRoleArn(), td.executionRoleArn(), cs);
    }
}
