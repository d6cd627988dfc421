package dev.archkit.rules.leastprivilege;

import dev.archkit.model.view.SecurityGroup;
import dev.archkit.rules.Rule;
import dev.archkit.rules.RuleContext;
import dev.archkit.rules.RuleInfo;
import dev.archkit.rules.Severity;

/** least-privilege/unrestricted-egress */
@RuleInfo(
        id = "least-privilege/unrestricted-egress",
        severity = Severity.WARNING,
        securitySeverity = 4.0,
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
        for (Groups.Group gr : Groups.of(ctx)) {
            SecurityGroup g = gr.group();
            for (SecurityGroup.Rule p : gr.egress()) {
                boolean allPorts = p.protocol() == SecurityGroup.IpProtocol.ALL || (p.portsDeclared() && p.ports().count() == 65536);
                if (!allPorts) continue;
                for (SecurityGroup.Peer v : p.peers()) {
                    dev.archkit.model.Value.Cidr open = Peers.anywhere(ctx.arch(), v);
                    if (open != null) {
                        ctx.about(g.element(), p.at(), "'" + g.name() + "' allows all traffic out to " + Peers.anywhereText(v, open)).report();
                    }
                }
            }
        }
    }
}
