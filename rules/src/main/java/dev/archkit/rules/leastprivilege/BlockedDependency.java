package dev.archkit.rules.leastprivilege;

import dev.archkit.facts.CallFact;
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
        fix = "Add an ingress rule on the callee's security group from the caller's group on the port it calls.",
        falsePositives = {
                "Ingress admitted by an address range (the caller's subnet, the VPC CIDR, 0.0.0.0/0) instead of by the caller's security group is not matched against the caller, so the call is reported as blocked although the range lets it through.",
                "A dependency declared 'via' a load balancer is judged as a direct call between its two ends: a callee whose group admits the load balancer's group, as it should, is reported.",
                "A call over UDP is judged against tcp (and 'all') rules only."
        })
public final class BlockedDependency implements Rule {

    @Override
    public void check(RuleContext ctx) {
        Architecture a = ctx.arch();
        ArchGraph g = ctx.facts().graph();
        for (Dependency d : a.dependencies()) {
            if (d.async()) continue;   // queues and topics are reached through AWS APIs, not security groups
            if (a.element(d.from()) == null || a.element(d.to()) == null) continue;
            List<String> callee = g.groupsOf(d.to()), caller = g.groupsOf(d.from());
            if (callee.isEmpty() || caller.isEmpty()) continue;   // nothing to judge: the model gives no groups
            CallFact call = ctx.facts().call(d);
            int port = call == null ? -1 : call.port();
            boolean allowed = port < 0 ? anyRule(g, caller, callee) : g.mayReach(d.from(), d.to(), port);
            if (!allowed) {
                ctx.about(d, d.location(), "no security group rule lets " + d.from() + " reach " + d.to()
                        + (port > 0 ? " on port " + port : "") + " (callee groups: " + String.join(", ", callee) + ")")
                        .related(a.element(callee.get(0)).location(), "'" + callee.get(0) + "' is declared here").report();
            }
        }
    }

    private static boolean anyRule(ArchGraph g, List<String> caller, List<String> callee) {
        for (String c : callee) for (ArchGraph.RuleEdge r : g.securityGroups().incomingEdgesOf(c)) if (caller.contains(r.source())) return true;
        return false;
    }
}
