package dev.archkit.rules.leastprivilege;

import dev.archkit.model.Element;
import dev.archkit.model.Property;
import dev.archkit.model.Value;
import dev.archkit.rules.AbstractRule;
import dev.archkit.rules.RuleContext;
import dev.archkit.rules.Severity;

/** least-privilege/wide-port-range */
public final class WidePortRange extends AbstractRule {
    static final int MAX_PORTS = 16;

    public WidePortRange() {
        super("least-privilege/wide-port-range", Severity.WARNING, "An ingress rule opens a wide port range, or every protocol",
                "A range of hundreds of ports (or protocol 'all') admits services that do not exist yet and debugging ports nobody meant to expose.",
                "Open the ports the services listen on; one rule per port if needed.",
                "CKV_AWS_277", "AwsSolutions-EC23");
    }

    @Override
    public void check(RuleContext ctx) {
        for (Element g : ctx.arch().elementsOfKind("securitygroup")) {
            for (Property p : g.all("ingress")) {
                String proto = p.field("protocol").text();
                Value.Ports ports = p.field("ports") instanceof Value.Ports pr ? pr : null;
                Value from = p.field("from");
                if (proto.equals("all") && !from.text().equals("self")) {
                    ctx.about(g, p.location(), "'" + g.name() + "' admits every protocol and port from " + from.text()).report();
                } else if (ports != null && ports.count() > MAX_PORTS && !proto.equals("icmp")) {
                    ctx.about(g, ports.at(), "'" + g.name() + "' opens " + ports.count() + " ports (" + ports.text() + ") to " + from.text()).report();
                }
            }
        }
    }
}
