package dev.archkit.rules.cost;

import dev.archkit.cost.CostModel;
import dev.archkit.model.Element;
import dev.archkit.rules.AbstractRule;
import dev.archkit.rules.RuleContext;
import dev.archkit.rules.Severity;

/** cost/eks-few-services */
public final class EksForFewServices extends AbstractRule {
    /** Below this many services the open-market design (seed 004) found ECS enough. */
    public static final int THRESHOLD = 50;

    public EksForFewServices() {
        super("cost/eks-few-services", Severity.INFO, "An EKS cluster runs few services; ECS would do without a control-plane charge",
                "Every EKS cluster pays for its control plane ($0.10 an hour, about $73 a month) and for the people who run Kubernetes. "
                        + "The open-market design this rule comes from weighed EKS against ECS on Fargate for 16 microservices and chose ECS: "
                        + "16 services are comfortably managed by ECS, which has no control-plane charge and less to operate, and EKS becomes "
                        + "worth considering past about 50 services, or when Kubernetes itself (its ecosystem, portability) is the requirement.",
                "Run the services on ECS (Fargate) unless Kubernetes is a requirement; if it is, suppress this finding and say why.",
                "WA COST05-BP01", "WA OPS11-BP01");
    }

    @Override
    public void check(RuleContext ctx) {
        for (Element c : ctx.arch().elementsOfKind("cluster")) {
            if (!"eks".equals(c.string("type"))) continue;
            // counted in the architecture as written, so every environment tells the same story (one finding)
            long services = ctx.base().elementsOfKind("service").stream().filter(s -> c.name().equals(s.string("cluster"))).count();
            if (services >= THRESHOLD) continue;
            String cp;
            try {
                CostModel.Line l = ctx.cost().line(c.name());
                cp = l == null ? "" : " its control plane alone costs " + CostModel.usd(l.desired()) + " a month, and";
            } catch (CostModel.NoPrices e) {
                cp = "";
            }
            ctx.about(c, c.location(), "EKS cluster '" + c.name() + "' runs " + services + " service" + (services == 1 ? "" : "s") + ";" + cp
                    + " below about " + THRESHOLD + " services ECS on Fargate would do without a control-plane charge").report();
        }
    }
}
