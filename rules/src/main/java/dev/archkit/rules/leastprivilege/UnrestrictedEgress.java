package dev.archkit.rules.leastprivilege;

import dev.archkit.model.Element;
import dev.archkit.model.Property;
import dev.archkit.model.Value;
import dev.archkit.rules.AbstractRule;
import dev.archkit.rules.RuleContext;
import dev.archkit.rules.Severity;

/** least-privilege/unrestricted-egress */
public final class UnrestrictedEgress extends AbstractRule {
    public UnrestrictedEgress() {
        super("least-privilege/unrestricted-egress", Severity.WARNING, "A security group allows all traffic out to anywhere",
                "All egress to 0.0.0.0/0 lets a compromised task reach any host on any port: exfiltration and command-and-control need nothing more.",
                "Allow egress to the callees' security groups and ports, and to the internet on 443 only where a dependency needs it.",
                "CKV_AWS_382", "AWS-0104");
    }

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
