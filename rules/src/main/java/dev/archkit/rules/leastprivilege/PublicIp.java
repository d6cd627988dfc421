package dev.archkit.rules.leastprivilege;

import dev.archkit.model.view.Service;
import dev.archkit.rules.Rule;
import dev.archkit.rules.RuleContext;
import dev.archkit.rules.RuleInfo;
import dev.archkit.rules.Severity;

/** least-privilege/public-ip */
@RuleInfo(
        id = "least-privilege/public-ip",
        severity = Severity.WARNING,
        securitySeverity = 5.0,
        summary = "Tasks get public IP addresses",
        rationale = "A public IP on every task exposes it directly to the internet (its security group is then the only guard) and costs a public IPv4 each. Tasks behind a load balancer need none.",
        fix = "Run the tasks in private subnets with a NAT gateway or VPC endpoints, and 'public-ip off'.",
        references = {"CKV_AWS_333"},
        falsePositives = {
                "Tasks in public subnets without a NAT gateway need a public IP to pull images and call AWS (unless VPC endpoints serve every call); a small or development setup that chose this over a NAT gateway's charge is reported."
        })
public final class PublicIp implements Rule {

    @Override
    public void check(RuleContext ctx) {
        for (Service s : ctx.facts().serviceViews()) {
            if (s.publicIp()) ctx.about(s.element(), s.publicIpAt(), "tasks of service '" + s.name() + "' get public IP addresses").report();
        }
    }
}
