package dev.archkit.gen.terraform;

import dev.archkit.facts.Facts;
import dev.archkit.model.view.Capacity;
import dev.archkit.model.view.CloudMap;
import dev.archkit.model.view.Cluster;
import dev.archkit.model.view.Network;
import dev.archkit.model.view.Typed;

import java.util.List;

import static dev.archkit.gen.terraform.Hcl.strings;
import static dev.archkit.gen.terraform.TfExpr.ref;
import static dev.archkit.gen.terraform.TfExpr.tags;

/** ecs.tf, first part: the ECS clusters with their Fargate capacity providers, and the Cloud Map namespaces. */
final class EcsClusterEmitter implements Emitter {
    private final Facts facts;

    EcsClusterEmitter(Facts facts) { this.facts = facts; }

    @Override public TfFile file() { return TfFile.ECS; }

    @Override
    public void emit(Hcl.Doc d, Notes notes) {
        for (Cluster c : Typed.clusters(facts.architecture())) {
            Cluster.Type type = c.type();
            if (type == Cluster.Type.EKS) continue;
            if (type != Cluster.Type.ECS) {
                notes.notGenerated(type.id() + " cluster '" + c.name() + "' and its services (only ECS and EKS are generated)");
                continue;
            }
            cluster(d, notes, c);
        }
        for (CloudMap cm : Typed.cloudMaps(facts.architecture())) namespace(d, cm);
    }

    private void cluster(Hcl.Doc d, Notes notes, Cluster c) {
        String l = Labels.label(c.name());
        d.open("resource", "aws_ecs_cluster", l);
        d.attr("name", facts.names().aws(c.name()));
        d.open("setting");
        d.attr("name", "containerInsights");
        d.attr("value", c.insights() ? "enabled" : "disabled");
        d.close();
        d.attr("tags", tags(c, facts.names().aws(c.name())));
        d.close().blank();
        List<Capacity> caps = c.capacity();
        List<Capacity> fargate = caps.stream().filter(p -> p.provider() != Capacity.Provider.EC2).toList();
        if (caps.size() > fargate.size()) {
            List<String> nodeGroups = new java.util.ArrayList<>();
            for (dev.archkit.model.view.NodeGroup n : c.nodeGroups()) {
                if (!n.securityGroups().isEmpty()) nodeGroups.add(n.name() + ": " + String.join(", ", n.securityGroups().names()));
            }
            notes.notGenerated("the EC2 capacity provider of cluster '" + c.name() + "' (an Auto Scaling group and its launch template"
                    + (nodeGroups.isEmpty() ? "" : ", whose vpc_security_group_ids would carry the node groups' security groups ("
                    + String.join("; ", nodeGroups) + ")") + ")");
        }
        d.open("resource", "aws_ecs_cluster_capacity_providers", l);
        d.attr("cluster_name", ref("aws_ecs_cluster", c.name(), "name"));
        d.attr("capacity_providers", strings(List.of("FARGATE", "FARGATE_SPOT")));
        for (Capacity p : fargate) strategy(d, "default_capacity_provider_strategy", p);
        if (fargate.isEmpty()) {
            d.open("default_capacity_provider_strategy");
            d.attr("capacity_provider", "FARGATE");
            d.attr("weight", 1);
            d.close();
        }
        d.close().blank();
    }

    /** A capacity provider strategy block from one capacity provider (Fargate or Fargate Spot). */
    static void strategy(Hcl.Doc d, String block, Capacity p) {
        d.open(block);
        p.base().ifPresent(b -> d.attr("base", b));
        d.attr("capacity_provider", p.isSpot() ? "FARGATE_SPOT" : "FARGATE");
        d.attr("weight", p.weightOr(1));
        d.close();
    }

    private void namespace(Hcl.Doc d, CloudMap cm) {
        String l = Labels.label(cm.name());
        switch (cm.type()) {
            case DNS_PRIVATE -> {
                d.open("resource", "aws_service_discovery_private_dns_namespace", l);
                d.attr("name", cm.name());
                Network net = facts.network(cm.element()).orElse(null);   // by the element: a node may bear the namespace's name
                if (net != null) d.attr("vpc", ref("aws_vpc", net.name(), "id"));
            }
            case DNS_PUBLIC -> {
                d.open("resource", "aws_service_discovery_public_dns_namespace", l);
                d.attr("name", cm.name());
            }
            default -> {
                d.open("resource", "aws_service_discovery_http_namespace", l);
                d.attr("name", cm.name());
            }
        }
        d.attr("tags", tags(cm, cm.name()));
        d.close().blank();
    }
}
