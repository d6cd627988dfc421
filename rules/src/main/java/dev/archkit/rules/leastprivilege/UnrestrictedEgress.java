package dev.archkit.rules.leastprivilege;

import dev.archkit.model.Element;
import dev.archkit.model.Property;
import dev.archkit.model.Value;
import dev.archkit.rules.Rule;
import dev.archkit.rules.RuleContext;
import dev.archkit.rules.RuleInfo;
import dev.archkit.rules.Severity;

/** least-privilege/unrestricted-egress */
@RuleInfo(
        id = "least-privilege/unrestricted-egress",
        severity = Severity.WARNING,
        summary = "A security group allows all traffic out to anywhere",
        rationale = "All egress to 0.0.0.0/0 lets a compromised task reach any host on any port: exfiltration and command-and-control need nothing more.",
        fix = "Allow egress to the callees' security groups and ports, and to the internet on 443 only where a dependency needs it.",
        references = {"CKV_AWS_382", "AWS-0104"},
        falsePositives = {
                "A group whose members have no route out of the VPC (isolated subnets, no NAT gateway) reaches only the VPC and its endpoints, whatever its egress says; the rule does not read routes.",
                "Clients that must reach hosts with changing addresses on many ports (passive FTP, a proxy or VPN appliance) cannot narrow their egress, and are reported."
        })
public final class UnrestrictedEgress implements Rule {

    @Override
    public void check(RuleContext ctx) {
        for (Element g : ctx.arch().elementsOfKind("securitygroup")) {
            for (Property p : g.all("egress")) {
                boolean allPorts = "all".equals(p.field("protocol").text()) || (p.field("ports") instanceof Value.Ports pr && pr.count() == 65536);
                if (!allPorts || !(p.field("to") instanceof Value.ListValue to)) continue;
                for (Value v : to.items()) {
                    if (v instanceof Value.Cidr c && c.prefix() == 0) {
                        ctx.about(g, p.location(), "'" + g.name() + "' allows all traffic out to " + c.text()).report();
                    }
                }
            }
        }
    }
}
