package dev.archkit.rules.leastprivilege;

import dev.archkit.model.Value;
import dev.archkit.model.view.SecurityGroup;
import dev.archkit.rules.Rule;
import dev.archkit.rules.RuleContext;
import dev.archkit.rules.RuleInfo;
import dev.archkit.rules.Severity;

/** least-privilege/wide-port-range */
@RuleInfo(
        id = "least-privilege/wide-port-range",
        severity = Severity.WARNING,
        securitySeverity = 5.3,
        summary = "An ingress rule opens a wide port range, or every protocol",
        rationale = "A range of hundreds of ports (or protocol 'all') admits services that do not exist yet and debugging ports nobody meant to expose.",
        fix = "Open the ports the services listen on; one rule per port if needed.",
        references = {"CKV_AWS_277", "AwsSolutions-EC23"},
        falsePositives = {
                "ECS on EC2 with dynamic host ports (bridge networking) needs the load balancer's group admitted on the ephemeral range (32768-65535) of the container instances; that rule is reported.",
                "Protocols that use a range by design (passive FTP data ports, RTP and WebRTC media ports) are reported."
        })
public final class WidePortRange implements Rule {
    static final int MAX_PORTS = 16;

    @Override
    public void check(RuleContext ctx) {
        for (Groups.Group gr : Groups.of(ctx)) {
            SecurityGroup g = gr.group();
            for (SecurityGroup.Rule p : gr.ingress()) {
                Value.Ports ports = p.portsDeclared() ? p.ports() : null;
                if (p.protocol() == SecurityGroup.IpProtocol.ALL && !Peers.text(p.peers()).equals("self")) {
                    ctx.about(g.element(), p.at(), "'" + g.name() + "' admits every protocol and port from " + Peers.text(p.peers())).report();
                } else if (ports != null && ports.count() > MAX_PORTS && p.protocol() != SecurityGroup.IpProtocol.ICMP) {
                    ctx.about(g.element(), ports.at(), "'" + g.name() + "' opens " + ports.count() + " ports (" + ports.text() + ") to " + Peers.text(p.peers())).report();
                }
            }
        }
    }
}
