package dev.archkit.gen.terraform;

import dev.archkit.model.Element;

import static dev.archkit.gen.terraform.TfExpr.ref;

/** outputs.tf: the load balancers' DNS names, the clusters' names or endpoints, the databases' endpoints. */
final class OutputsEmitter implements Emitter {
    private final TerraformInputs in;

    OutputsEmitter(TerraformInputs in) { this.in = in; }

    @Override public TfFile file() { return TfFile.OUTPUTS; }

    @Override
    public void emit(Hcl.Doc d, Notes notes) {
        for (Element lb : in.architecture().elementsOfKind("loadbalancer")) {
            if ("classic".equals(lb.string("type"))) continue;
            d.open("output", Labels.label(lb.name()) + "_dns_name");
            d.attr("description", "DNS name of load balancer " + lb.name());
            d.attr("value", ref("aws_lb", lb.name(), "dns_name"));
            d.close().blank();
        }
        for (Element c : in.architecture().elementsOfKind("cluster")) {
            String type = c.string("type") == null ? "ecs" : c.string("type");
            if (type.equals("ecs")) output(d, c.name() + "_cluster_name", "aws_ecs_cluster", c.name(), "name");
            else if (type.equals("eks")) output(d, c.name() + "_endpoint", "aws_eks_cluster", c.name(), "endpoint");
        }
        for (Element db : in.architecture().elementsOfKind("database")) {
            if (!DataStoreEmitter.generated(db)) continue;
            output(d, db.name() + "_endpoint", DataStoreEmitter.engine(db).startsWith("aurora") ? "aws_rds_cluster" : "aws_db_instance", db.name(), "endpoint");
        }
    }

    private static void output(Hcl.Doc d, String name, String type, String element, String attribute) {
        d.open("output", Labels.label(name));
        d.attr("value", ref(type, element, attribute));
        d.close().blank();
    }
}
