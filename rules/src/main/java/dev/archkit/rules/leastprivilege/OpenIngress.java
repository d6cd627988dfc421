package dev.archkit.rules.leastprivilege;

import dev.archkit.model.Value;
import dev.archkit.model.view.Kind;
import dev.archkit.model.view.LoadBalancer;
import dev.archkit.model.view.SecurityGroup;
import dev.archkit.model.view.Typed;
import dev.archkit.rules.Listing;
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
        securitySeverity = 8.6,
        summary = "A security group admits the whole internet, other than on a public load balancer's listener ports",
        rationale = "0.0.0.0/0 or ::/0 belongs on the listener ports of an internet-facing load balancer. Anywhere else it exposes tasks, nodes or databases to scanning and attack."
                + " A declared prefix list holding such a range is as open as the range.",
        fix = "Admit the load balancer's security group instead, or the CIDRs that really need access.",
        references = {"AwsSolutions-EC23", "CKV_AWS_24", "CKV_AWS_25", "CKV_AWS_260", "AWS-0107"},
        falsePositives = {
                "A public network load balancer without security groups passes the clients' addresses through, so its targets' group must admit 0.0.0.0/0 on the service port; that rule is reported.",
                "A public load balancer whose listeners are not written out (only its routes) has no known listener ports, so its group's 0.0.0.0/0 rule on 443 is reported."
        })
public final class OpenIngress implements Rule {

    @Override
    public void check(RuleContext ctx) {
        // indexed loops and sets made only when needed: C1, which runs archkit, does not remove
        // iterators, and this runs for every group of a large model
        List<Groups.Group> groups = Groups.of(ctx);
        for (int gi = 0, gn = groups.size(); gi < gn; gi++) {
            Groups.Group gr = groups.get(gi);
            List<SecurityGroup.Rule> ingress = gr.ingress();
            if (!opensToAnywhere(ctx, ingress)) continue;
            SecurityGroup g = gr.group();
            List<String> members = ctx.facts().graph().membersOf(g.name());
            Set<Integer> listenerPorts = new HashSet<>();
            boolean onlyPublicLbs = !members.isEmpty();
            for (String m : members) {
                LoadBalancer lb = Typed.element(ctx.arch(), m, Kind.LOADBALANCER, LoadBalancer::new);
                boolean publicLb = lb != null && lb.isInternetFacing();
                onlyPublicLbs &= publicLb;
                if (publicLb) for (LoadBalancer.Listener l : lb.listeners()) if (l.port() >= 0) listenerPorts.add(l.port());
            }
            for (SecurityGroup.Rule rule : ingress) {
                for (SecurityGroup.Peer peer : rule.peers()) {
                    Value.Cidr open = Peers.anywhere(ctx.arch(), peer);
                    if (open == null) continue;
                    Value.Ports ports = rule.ports();
                    boolean onListeners = onlyPublicLbs && ports.count() <= 16;
                    for (int port = ports.from(); onListeners && port <= ports.to(); port++) onListeners = listenerPorts.contains(port);
                    if (!onListeners) {
                        ctx.about(g.element(), rule.at(), "'" + g.name() + "' admits " + Peers.anywhereText(peer, open) + " on " + ports.text()
                                + (members.isEmpty() ? "" : " into " + Listing.of(members))).report();
                    }
                }
            }
        }
    }

    /** Whether any rule admits a /0 range: most groups have none, and are passed over at once. */
    private static boolean opensToAnywhere(RuleContext ctx, List<SecurityGroup.Rule> ingress) {
        for (int i = 0, n = ingress.size(); i < n; i++) {
            List<SecurityGroup.Peer> peers = ingress.get(i).peers();
            for (int j = 0, m = peers.size(); j < m; j++) {
                SecurityGroup.Peer peer = peers.get(j);
                if (peer instanceof SecurityGroup.CidrPeer cp ? cp.cidr().prefix() == 0
                        : peer instanceof SecurityGroup.PrefixListPeer && Peers.anywhere(ctx.arch(), peer) != null) return true;
            }
        }
        return false;
    }
}
