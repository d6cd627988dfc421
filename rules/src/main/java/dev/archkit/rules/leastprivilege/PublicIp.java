package dev.archkit.rules.leastprivilege;

import dev.archkit.model.Element;
import dev.archkit.rules.AbstractRule;
import dev.archkit.rules.RuleContext;
import dev.archkit.rules.Severity;

/** least-privilege/public-ip */
public final class PublicIp extends AbstractRule {
    public PublicIp() {
        super("least-privilege/public-ip", Severity.WARNING, "Tasks get public IP addresses",
                "A public IP on every task exposes it directly to the internet (its security group is then the only guard) and costs a public IPv4 each. Tasks behind a load balancer need none.",
                "Run the tasks in private subnets with a NAT gateway or VPC endpoints, and 'public-ip off'.",
                "CKV_AWS_333");
    }

    @Override
    public void check(RuleContext ctx) {
        for (Element s : ctx.arch().elementsOfKind("service")) {
            if (s.flag("public-ip")) ctx.about(s, s.property("public-ip").location(), "tasks of service '" + s.name() + "' get public IP addresses").report();
        }
    }
}
