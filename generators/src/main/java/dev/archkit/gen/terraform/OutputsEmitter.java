package dev.archkit.gen.terraform;

import dev.archkit.facts.Facts;
import dev.archkit.facts.ServiceFacts;
import dev.archkit.model.view.Bucket;
import dev.archkit.model.view.Cluster;
import dev.archkit.model.view.Queue;
import dev.archkit.model.view.Role;
import dev.archkit.model.view.Topic;
import dev.archkit.model.view.Database;
import dev.archkit.model.view.LoadBalancer;
import dev.archkit.model.view.Typed;

import static dev.archkit.gen.terraform.TfExpr.ref;

/**
 * outputs.tf: the load balancers' DNS names, the clusters' names or endpoints, the ECS services'
 * names, the databases' endpoints, the model's roles' ARNs, the queues' URLs, the topics' ARNs and
 * the buckets' names: what a pipeline or another module needs from this one.
 */
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
            // a database may share the cluster's name (names are unique per namespace): its output is '<name>_endpoint' too
            else if (c.type() == Cluster.Type.EKS) output(d, c.name() + (facts.architecture().sharesName(c.element()) ? "_cluster_endpoint" : "_endpoint"),
                    "aws_eks_cluster", c.name(), "endpoint");
        }
        for (ServiceFacts s : facts.services()) {
            if (s.ecs()) output(d, s.service().name() + "_service_name", "aws_ecs_service", s.service().name(), "name");
        }
        for (Database db : Typed.databases(facts.architecture())) {
            if (!DataStoreEmitter.generated(db)) continue;
            output(d, db.name() + "_endpoint", DataStoreEmitter.engine(db).isAurora() ? "aws_rds_cluster" : "aws_db_instance", db.name(), "endpoint");
        }
        for (Role r : Typed.roles(facts.architecture())) output(d, r.name() + "_role_arn", "aws_iam_role", r.name(), "arn");
        for (Queue q : Typed.queues(facts.architecture())) output(d, q.name() + "_queue_url", "aws_sqs_queue", q.name(), "url");
        for (Topic t : Typed.topics(facts.architecture())) output(d, t.name() + "_topic_arn", "aws_sns_topic", t.name(), "arn");
        for (Bucket b : Typed.buckets(facts.architecture())) {
            if (b.type() != Bucket.Type.MINIO) output(d, b.name() + "_bucket", "aws_s3_bucket", b.name(), "bucket");
        }
    }

    private static void output(Hcl.Doc d, String name, String type, String element, String attribute) {
        d.open("output", Labels.label(name));
        d.attr("value", ref(type, element, attribute));
        d.close().blank();
    }
}
