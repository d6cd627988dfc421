package dev.archkit.gen.terraform;

import dev.archkit.model.Element;
import dev.archkit.model.Property;
import dev.archkit.model.Value;

import java.util.List;

import static dev.archkit.gen.terraform.Hcl.strings;
import static dev.archkit.gen.terraform.TfExpr.ref;
import static dev.archkit.gen.terraform.TfExpr.tags;

/** ecs.tf, first part: the ECS clusters with their Fargate capacity providers, and the Cloud Map namespaces. */
final class EcsClusterEmitter implements Emitter {
    private final TerraformInputs in;

    EcsClusterEmitter(TerraformInputs in) { this.in = in; }

    @Override public TfFile file() { return TfFile.ECS; }

    @Override
    public void emit(Hcl.Doc d, Notes notes) {
        for (Element c : in.architecture().elementsOfKind("cluster")) {
            String type = c.string("type") == null ? "ecs" : c.string("type");
            if (type.equals("eks")) continue;
            if (!type.equals("ecs")) {
                notes.notGenerated(type + " cluster '" + c.name() + "' and its services (only ECS and EKS are generated)");
                continue;
            }
            cluster(d, notes, c);
        }
        for (Element cm : in.architecture().elementsOfKind("cloudmap")) namespace(d, cm);
    }

    private void cluster(Hcl.Doc d, Notes notes, Element c) {
        String l = Labels.label(c.name());
        d.open("resource", "aws_ecs_cluster", l);
        d.attr("name", in.awsName(c.name()));
        d.open("setting");
        d.attr("name", "containerInsights");
        d.attr("value", c.flag("insights") ? "enabled" : "disabled");
        d.close();
        d.attr("tags", tags(c, in.awsName(c.name())));
        d.close().blank();
        List<Property> caps = c.all("capacity");
        List<Property> fargate = caps.stream().filter(p -> !p.field("provider").text().equals("ec2")).toList();
        if (caps.size() > fargate.size()) {
            notes.notGenerated("the EC2 capacity provider of cluster '" + c.name() + "' (an Auto Scaling group and its launch template)");
        }
        d.open("resource", "aws_ecs_cluster_capacity_providers", l);
        d.attr("cluster_name", ref("aws_ecs_cluster", c.name(), "name"));
        d.attr("capacity_providers", strings(List.of("FARGATE", "FARGATE_SPOT")));
        for (Property p : fargate) strategy(d, "default_capacity_provider_strategy", p);
        if (fargate.isEmpty()) {
            d.open("default_capacity_provider_strategy");
            d.attr("capacity_provider", "FARGATE");
            d.attr("weight", 1);
            d.close();
        }
        d.close().blank();
    }

    /** A capacity provider strategy block from a {@code capacity} property (Fargate or Fargate Spot). */
    static void strategy(Hcl.Doc d, String block, Property p) {
        d.open(block);
        if (p.field("base") instanceof Value.IntValue b) d.attr("base", b.value());
        d.attr("capacity_provider", p.field("provider").text().equals("fargate-spot") ? "FARGATE_SPOT" : "FARGATE");
        d.attr("weight", p.field("weight") instanceof Value.IntValue w ? w.value() : 1);
        d.close();
    }

    private void namespace(Hcl.Doc d, Element cm) {
        String l = Labels.label(cm.name());
        switch (namespaceType(cm)) {
            case "dns-private" -> {
                d.open("resource", "aws_service_discovery_private_dns_namespace", l);
                d.attr("name", cm.name());
                Element net = in.networkOf(cm);
                if (net != null) d.attr("vpc", ref("aws_vpc", net.name(), "id"));
            }
            case "dns-public" -> {
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

    /** A Cloud Map namespace's type: dns-private (the default), dns-public or http. */
    static String namespaceType(Element cloudmap) {
        return cloudmap.string("type") == null ? "dns-private" : cloudmap.string("type");
    }
}
