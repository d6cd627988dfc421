package dev.archkit.rules.cost;

import dev.archkit.cost.CostModel;
import dev.archkit.model.view.Cluster;
import dev.archkit.model.view.Typed;
import dev.archkit.rules.Rule;
import dev.archkit.rules.RuleContext;
import dev.archkit.rules.RuleInfo;
import dev.archkit.rules.Severity;

/** cost/eks-few-services */
@RuleInfo(
        id = "cost/eks-few-services",
        severity = Severity.INFO,
        summary = "An EKS cluster runs few services; ECS would do without a control-plane charge",
        rationale = "Every EKS cluster pays for its control plane ($0.10 an hour, about $73 a month) and for the people who run Kubernetes. "
                + "The open-market design this rule comes from weighed EKS against ECS on Fargate for 16 microservices and chose ECS: "
                + "16 services are comfortably managed by ECS, which has no control-plane charge and less to operate, and EKS becomes "
                + "worth considering past about 50 services, or when Kubernetes itself (its ecosystem, portability) is the requirement.",
        fix = "Run the services on ECS (Fargate) unless Kubernetes is a requirement; if it is, suppress this finding and say why.",
        references = {"WA COST05-BP01", "WA OPS11-BP01"},
        falsePositives = {
                "Only services that name the cluster ('cluster NAME') are counted: services on it that do not (only 'runtime eks'), and workloads that are not modeled at all (jobs, operators, Helm charts such as an ingress controller or Prometheus), make the count too low.",
                "Kubernetes may be the requirement (portability, an existing platform team and tooling); the rationale says so, and the finding is then suppressed with that reason."
        })
public final class EksForFewServices implements Rule {
    /** Below this many services the open-market design (seed 004) found ECS enough. */
    public static final int THRESHOLD = 50;

    @Override
    public void check(RuleContext ctx) {
        for (Cluster c : Typed.clusters(ctx.arch())) {
            if (c.type() != Cluster.Type.EKS) continue;
            // counted in the architecture as written, so every environment tells the same story (one finding)
            long services = Typed.services(ctx.base()).stream().filter(s -> s.cluster().filter(c.name()::equals).isPresent()).count();
            if (services >= THRESHOLD) continue;
            String cp;
            try {
                CostModel.Line l = Costs.of(ctx).line(dev.archkit.model.view.Kind.CLUSTER, c.name());   // a service may bear the cluster's name
                cp = l == null ? "" : " its control plane alone costs " + CostModel.usd(l.desired()) + " a month, and";
            } catch (CostModel.NoPrices e) {
                cp = "";
            }
            ctx.about(c.element(), c.location(), "EKS cluster '" + c.name() + "' runs " + services + " service" + (services == 1 ? "" : "s") + ";" + cp
                    + " below about " + THRESHOLD + " services ECS on Fargate would do without a control-plane charge").report();
        }
    }
}
