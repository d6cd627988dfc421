package dev.archkit.rules.leastprivilege;

import dev.archkit.model.Element;
import dev.archkit.model.Property;
import dev.archkit.model.Value;
import dev.archkit.rules.Rule;
import dev.archkit.rules.RuleContext;
import dev.archkit.rules.RuleInfo;
import dev.archkit.rules.Severity;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** least-privilege/open-ingress */
@RuleInfo(
        id = "least-privilege/open-ingress",
        severity = Severity.ERROR,
        summary = "A security group admits the whole internet, other than on a public load balancer's listener ports",
        rationale = "0.0.0.0/0 or ::/0 belongs on the listener ports of an internet-facing load balancer. Anywhere else it exposes tasks, nodes or databases to scanning and attack.",
        fix = "Admit the load balancer's security group instead, or the CIDRs that really need access.",
        references = {"AwsSolutions-EC23", "CKV_AWS_24", "CKV_AWS_25", "CKV_AWS_260", "AWS-0107"},
        falsePositives = {
                "A public network load balancer without security groups passes the clients' addresses through, so its targets' group must admit 0.0.0.0/0 on the service port; that rule is reported.",
                "A public load balancer whose listeners are not written out (only its routes) has no known listener ports, so its group's 0.0.0.0/0 rule on 443 is reported."
        })
public final class OpenIngress implements Rule {

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
