package dev.archkit.rules.leastprivilege;

import dev.archkit.model.Element;
import dev.archkit.model.Property;
import dev.archkit.model.Value;
import dev.archkit.rules.AbstractRule;
import dev.archkit.rules.RuleContext;
import dev.archkit.rules.Severity;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** least-privilege/open-ingress */
public final class OpenIngress extends AbstractRule {
    public OpenIngress() {
        super("least-privilege/open-ingress", Severity.ERROR, "A security group admits the whole internet, other than on a public load balancer's listener ports",
                "0.0.0.0/0 or ::/0 belongs on the listener ports of an internet-facing load balancer. Anywhere else it exposes tasks, nodes or databases to scanning and attack.",
                "Admit the load balancer's security group instead, or the CIDRs that really need access.",
                "AwsSolutions-EC23", "CKV_AWS_24", "CKV_AWS_25", "CKV_AWS_260", "AWS-0107");
    }

    @Override
    public void check(RuleContext ctx) {
        for (Element g : ctx.arch().elementsOfKind("securitygroup")) {
            List<String> members = ctx.graph().membersOf(g.name());
            Set<Integer> listenerPorts = new HashSet<>();
            boolean onlyPublicLbs = !members.isEmpty();
            for (String m : members) {
                Element e = ctx.arch().element(m);
                boolean publicLb = e.kind().equals("loadbalancer") && !"internal".equals(e.string("scheme"));
                onlyPublicLbs &= publicLb;
                if (publicLb) for (Property l : e.all("listener")) if (l.field("port") instanceof Value.IntValue i) listenerPorts.add((int) i.value());
            }
            for (Property p : g.all("ingress")) {
                if (!(p.field("from") instanceof Value.ListValue from)) continue;
                for (Value v : from.items()) {
                    if (!(v instanceof Value.Cidr c) || c.prefix() != 0) continue;
                    Value.Ports ports = p.field("ports") instanceof Value.Ports pr ? pr : new Value.Ports(0, 65535, p.location());
                    boolean onListeners = onlyPublicLbs && ports.count() <= 16;
                    for (int port = ports.from(); onListeners && port <= ports.to(); port++) onListeners = listenerPorts.contains(port);
                    if (!onListeners) {
                        ctx.about(g, p.location(), "'" + g.name() + "' admits " + c.text() + " on " + ports.text()
                                + (members.isEmpty() ? "" : " into " + String.join(", ", members))).report();
                    }
                }
            }
        }
    }
}
