package dev.archkit.rules.cost;

import dev.archkit.cost.CostModel;
import dev.archkit.model.view.Nat;
import dev.archkit.model.view.Typed;
import dev.archkit.rules.Rule;
import dev.archkit.rules.RuleContext;
import dev.archkit.rules.RuleInfo;
import dev.archkit.rules.Severity;

/** cost/nat-usage-undeclared */
@RuleInfo(
        id = "cost/nat-usage-undeclared",
        severity = Severity.WARNING,
        summary = "A NAT gateway's data processing is not declared",
        rationale = "NAT gateways charge per GB processed as well as per hour (in most regions the same amount per GB as per hour), and image pulls, "
                + "AWS API calls and third-party calls from private subnets all pass through them: data processing is often the larger part "
                + "of the bill, and it is the part estimates leave out. Without a declared volume archkit assumes "
                + (int) CostModel.DEFAULT_NAT_GB + " GB a month.",
        fix = "Declare the expected volume (usage data 200 GB) from VPC flow logs or the NAT gateway's BytesOutToDestination metric; "
                + "consider VPC endpoints (ECR, S3, CloudWatch Logs) to keep that traffic off the NAT gateway.",
        references = {"WA COST08-BP02", "VPC NAT gateway pricing"},
        falsePositives = {
                "A NAT gateway that carries almost nothing (the tasks reach AWS through VPC endpoints) is reported until it declares 'usage data 0 GB' or a small volume, although the assumed volume only overstates its cost."
        })
public final class NatUsageUndeclared implements Rule {

    @Override
    public void check(RuleContext ctx) {
        for (Nat n : Typed.nats(ctx.arch())) {
            if (n.dataPerMonth().isPresent()) continue;   // 'usage data N GB' declares it
            ctx.about(n.element(), n.location(), "NAT gateway '" + n.name() + "' declares no data volume; its per-GB processing charge is priced at an assumed "
                    + (int) CostModel.DEFAULT_NAT_GB + " GB a month").report();
        }
    }
}
