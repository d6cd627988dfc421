package dev.archkit.live.drift;

import software.amazon.awssdk.services.ecs.EcsClient;
import software.amazon.awssdk.services.ecs.model.ClusterField;
import software.amazon.awssdk.services.ecs.model.ServiceField;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * ECS, read only: clusters, their services (ten per DescribeServices) and each service's task
 * definition, in three rounds on the pool (list each cluster's services; describe them in
 * batches; read their task definitions). A failure is recorded for the cluster it is about
 * (ListServices, DescribeServices) or the service ({@code CLUSTER/SERVICE}, DescribeTaskDefinition).
 */
final class EcsReading {
    private final EcsClient ecs;
    private final AwsCalls calls;

    EcsReading(EcsClient ecs, AwsCalls calls) {
        this.ecs = ecs;
        this.calls = calls;
    }

    List<Inventory.Cluster> clusters() {
        List<String> arns = calls.<String>list("ecs", "ListClusters", null, sink -> ecs.listClustersPaginator(r -> { })
                .forEach(p -> p.clusterArns().forEach(sink))).items();
        List<List<String>> batches = new ArrayList<>();
        for (int i = 0; i < arns.size(); i += 100) batches.add(arns.subList(i, Math.min(arns.size(), i + 100)));   // DescribeClusters takes at most 100
        List<Inventory.Cluster> clusters = new ArrayList<>();
        for (List<Inventory.Cluster> l : calls.each(batches, batch -> calls.call("ecs", "DescribeClusters", null, () -> {
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
        }, List.<Inventory.Cluster>of()))) clusters.addAll(l);
        return clusters;
    }

    /** One DescribeServices call: up to ten services of one cluster. */
    private record Batch(Inventory.Cluster cluster, List<String> arns) { }

    /** A service as described, before its task definition is read. */
    private record Described(Inventory.Service service, String taskDefinitionArn) { }

    /** The services of every cluster. */
    List<Inventory.Service> services(List<Inventory.Cluster> clusters) {
        List<Batch> batches = new ArrayList<>();
        for (List<Batch> l : calls.each(clusters, this::batches)) batches.addAll(l);
        List<Described> described = new ArrayList<>();
        for (List<Described> l : calls.each(batches, this::describe)) described.addAll(l);
        return calls.each(described, d -> {
            Inventory.Service s = d.service();
            String arn = d.taskDefinitionArn();
            Inventory.TaskDefinition td = arn == null ? null
                    : calls.call("ecs", "DescribeTaskDefinition", s.cluster() + "/" + s.name(), () -> task(arn), null);
            calls.progress().servicesRead(s.cluster(), 1);
            return new Inventory.Service(s.name(), s.cluster(), s.arn(), s.desiredCount(), s.launchType(), s.strategy(), s.subnets(), s.securityGroups(),
                    s.publicIp(), s.circuitBreaker(), s.rollback(), td, s.targetGroups(), s.registries(), s.tags());
        });
    }

    private List<Batch> batches(Inventory.Cluster c) {
        List<String> arns = calls.<String>list("ecs", "ListServices", c.name(), sink -> ecs.listServicesPaginator(r -> r.cluster(c.arn()))
                .forEach(p -> p.serviceArns().forEach(sink))).items();
        calls.progress().listed(c.name(), arns.size());
        List<Batch> out = new ArrayList<>();
        for (int i = 0; i < arns.size(); i += 10) out.add(new Batch(c, arns.subList(i, Math.min(arns.size(), i + 10))));   // DescribeServices takes at most 10
        return out;
    }

    private List<Described> describe(Batch b) {
        Inventory.Cluster c = b.cluster();
        return calls.call("ecs", "DescribeServices", c.name(), () -> {
            List<Described> got = new ArrayList<>();
            for (var s : ecs.describeServices(r -> r.cluster(c.arn()).services(b.arns()).include(ServiceField.TAGS)).services()) {
                var net = s.networkConfiguration() == null ? null : s.networkConfiguration().awsvpcConfiguration();
                var cb = s.deploymentConfiguration() == null ? null : s.deploymentConfiguration().deploymentCircuitBreaker();
                Map<String, String> t = new TreeMap<>();
                s.tags().forEach(x -> t.put(x.key(), x.value()));
                got.add(new Described(new Inventory.Service(s.serviceName(), c.name(), s.serviceArn(), s.desiredCount() == null ? 0 : s.desiredCount(), s.launchTypeAsString(),
                        s.capacityProviderStrategy().stream().map(x -> new Inventory.Strategy(x.capacityProvider(), x.weight() == null ? 0 : x.weight(),
                                x.base() == null ? 0 : x.base())).toList(),
                        net == null ? List.of() : net.subnets(), net == null ? List.of() : net.securityGroups(),
                        net != null && "ENABLED".equals(net.assignPublicIpAsString()),
                        cb != null && Boolean.TRUE.equals(cb.enable()), cb != null && Boolean.TRUE.equals(cb.rollback()), null,
                        s.loadBalancers().stream().map(l -> l.targetGroupArn()).filter(Objects::nonNull).toList(),
                        s.serviceRegistries().size(), AwsCalls.tags(t)), s.taskDefinition()));
            }
            return got;
        }, List.of());
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
