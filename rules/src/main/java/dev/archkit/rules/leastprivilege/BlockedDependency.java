package dev.archkit.rules.leastprivilege;

import dev.archkit.facts.CallFact;
import dev.archkit.facts.Reachability;
import dev.archkit.facts.graph.ArchGraph;
import dev.archkit.model.Architecture;
import dev.archkit.model.Dependency;
import dev.archkit.rules.Rule;
import dev.archkit.rules.RuleContext;
import dev.archkit.rules.RuleInfo;
import dev.archkit.rules.Severity;

import java.util.List;

/** least-privilege/blocked-dependency: a declared call that the security groups do not let through. */
@RuleInfo(
        id = "least-privilege/blocked-dependency",
        severity = Severity.ERROR,
        summary = "A declared dependency is not permitted by any security group rule",
        rationale = "The call is part of the design but the network drops it: the first request fails in production, often as a timeout that looks like a slow callee.",
        fix = "Add an ingress rule on the callee's security group from the caller's group on the port it calls (an address range admits the caller too when it contains the caller's subnets, but it admits every other host in it as well).",
        falsePositives = {
                "Ingress admitted by an address range counts only when the range contains every subnet the caller is placed in (or, placed in none, its network's CIDR): a caller whose subnets declare no CIDR is reported unless one of its groups is admitted.",
                "A dependency declared 'via' a load balancer is judged as a direct call between its two ends: a callee whose group admits the load balancer's group, as it should, is reported.",
                "A call over UDP is judged against tcp (and 'all') rules only."
        })
public final class BlockedDependency implements Rule {

    @Override
    public void check(RuleContext ctx) {
        Architecture a = ctx.arch();
        ArchGraph g = ctx.facts().graph();
        Reachability reach = ctx.facts().reachability();
        for (Dependency d : a.dependencies()) {
            if (d.async()) continue;   // queues and topics are reached through AWS APIs, not security groups
            if (a.element(d.from()) == null || a.element(d.to()) == null) continue;
            List<String> callee = g.groupsOf(d.to());
            if (callee.isEmpty() || g.groupsOf(d.from()).isEmpty()) continue;   // nothing to judge: the model gives no groups
            CallFact call = ctx.facts().call(d);
            int port = call == null ? -1 : call.port();
            if (!reach.allows(d.from(), d.to(), port)) {
                ctx.about(d, d.location(), "no security group rule lets " + d.from() + " reach " + d.to()
                        + (port > 0 ? " on port " + port : "") + " (callee groups: " + String.join(", ", callee) + ")")
                        .related(a.element(dev.archkit.model.view.Kind.SECURITYGROUP.id(), callee.get(0)).location(), "'" + callee.get(0) + "' is declared here").report();
            }
        }
    }
}
