package dev.archkit.gen.terraform;

import dev.archkit.facts.Facts;
import dev.archkit.model.view.Cluster;
import dev.archkit.model.view.Database;
import dev.archkit.model.view.LoadBalancer;
import dev.archkit.model.view.Typed;

import static dev.archkit.gen.terraform.TfExpr.ref;

/** outputs.tf: the load balancers' DNS names, the clusters' names or endpoints, the databases' endpoints. */
final class OutputsEmitter implements Emitter {
    private final Facts facts;

    OutputsEmitter(Facts facts) { this.facts = facts; }

    @Override public TfFile file() { return TfFile.OUTPUTS; }

    @Override
    public void emit(Hcl.Doc d, Notes notes) {
        for (LoadBalancer lb : Typed.loadBalancers(facts.architecture())) {
            if (lb.type() == LoadBalancer.Type.CLASSIC) continue;
            d.open("output", Labels.label(lb.name()) + "_dns_name");
            d.attr("description", "DNS name of load balancer " + lb.name());
            d.attr("value", ref("aws_lb", lb.name(), "dns_name"));
            d.close().blank();
        }
        for (Cluster c : Typed.clusters(facts.architecture())) {
            if (c.type() == Cluster.Type.ECS) output(d, c.name() + "_cluster_name", "aws_ecs_cluster", c.name(), "name");
            else if (c.type() == Cluster.Type.EKS) output(d, c.name() + "_endpoint", "aws_eks_cluster", c.name(), "endpoint");
        }
        for (Database db : Typed.databases(facts.architecture())) {
            if (!DataStoreEmitter.generated(db)) continue;
            output(d, db.name() + "_endpoint", DataStoreEmitter.engine(db).isAurora() ? "aws_rds_cluster" : "aws_db_instance", db.name(), "endpoint");
        }
    }

    private static void output(Hcl.Doc d, String name, String type, String element, String attribute) {
        d.open("output", Labels.label(name));
        d.attr("value", ref(type, element, attribute));
        d.close().blank();
    }
}
