package dev.archkit.rules.leastprivilege;

import dev.archkit.facts.CallFact;
import dev.archkit.facts.NaclPaths;
import dev.archkit.facts.Reachability;
import dev.archkit.facts.graph.ArchGraph;
import dev.archkit.model.Architecture;
import dev.archkit.model.Dependency;
import dev.archkit.model.Element;
import dev.archkit.model.Location;
import dev.archkit.model.view.Call;
import dev.archkit.model.view.Kind;
import dev.archkit.model.view.SecurityGroup;
import dev.archkit.rules.Rule;
import dev.archkit.rules.RuleContext;
import dev.archkit.rules.RuleInfo;
import dev.archkit.rules.Severity;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * least-privilege/nacl-blocked-dependency: a network ACL drops a declared call, or its answer.
 *
 * <p>Its own rule rather than part of blocked-dependency: the cause and the fix are another
 * resource's (the NACL of a subnet, not the callee's security group), a NACL is judged where
 * neither end declares groups, and the answer must be let through too (NACLs are stateless).
 * One cause, one finding, suppressed on its own.
 */
@RuleInfo(
        id = "least-privilege/nacl-blocked-dependency",
        severity = Severity.ERROR,
        summary = "A network ACL drops a declared call or its return traffic",
        rationale = "Network ACLs are stateless: a call crosses the caller's subnet's NACL outbound and the callee's inbound, and its answer"
                + " crosses both again the other way, to an ephemeral port (1024-65535). A rule missing on any of the four, or a deny"
                + " numbered before the allow, drops the call: the caller sees timeouts although every security group admits it.",
        fix = "Add the missing rule to the NACL the finding names, numbered before any deny that matches: for the request, 'egress N allow tcp"
                + " PORT to CALLEE-SUBNETS' on the caller's side and 'ingress N allow tcp PORT from CALLER-SUBNETS' on the callee's; for the"
                + " answer, 'egress N allow tcp 1024-65535 to CALLER-SUBNETS' on the callee's side and 'ingress N allow tcp 1024-65535 from"
                + " CALLEE-SUBNETS' on the caller's.",
        references = {"WA SEC05-BP01", "VPC User Guide: custom network ACLs, ephemeral ports"},
        falsePositives = {
                "Return traffic is judged over the whole ephemeral range 1024-65535 that load balancers and NAT gateways use: a NACL that"
                        + " admits answers only on the Linux range (32768-60999) is reported for Linux callers too, which would work.",
                "A call is judged between every subnet of the caller and every subnet of the callee; a callee that runs in only one of its"
                        + " subnets at a time (an RDS primary) is reported for the pairs it does not use too.",
                "A call 'via' a load balancer is not judged end to end (its legs are, when declared); calls from outside the VPC, and ends"
                        + " placed in no subnet, are not judged at all (not known, so not reported)."
        })
public final class NaclBlockedDependency implements Rule {

    @Override
    public void check(RuleContext ctx) {
        Reachability reach = ctx.facts().reachability();
        if (!reach.nacls().any()) return;   // every subnet keeps the default NACL, which allows all
        Architecture a = ctx.arch();
        Set<String> declared = new HashSet<>();
        for (Dependency d : a.dependencies()) {
            declared.add(d.from() + "->" + d.to());
            if (d.async()) continue;   // queues and topics are reached through AWS APIs
            if (a.element(d.from()) == null || a.element(d.to()) == null) continue;
            if (new Call(d).via().map(v -> a.element(Kind.LOADBALANCER.id(), v) != null).orElse(false)) continue;
            CallFact call = ctx.facts().call(d);
            int port = call == null ? -1 : call.port();
            Reachability.NaclVerdict v = reach.throughNacls(d.from(), d.to(), port);
            if (v.status() != Reachability.NaclStatus.BLOCKED) continue;
            NaclPaths.Block b = v.blocks().get(0);
            ctx.about(d, d.location(), message(d.from(), d.to(), port, v))
                    .related(b.at(), b.rule().isPresent() ? "rule " + b.ruleNumber() + " of nacl '" + b.nacl() + "'" : "nacl '" + b.nacl() + "' is declared here")
                    .report();
        }
        // a load balancer's routes to its targets are calls too, when no dependency declares them
        for (Element lb : a.elementsOfKind(Kind.LOADBALANCER.id())) {
            for (CallFact call : ctx.facts().callsFrom(lb.name())) {
                if (!call.isRoute() || !declared.add(call.from() + "->" + call.to())) continue;
                Reachability.NaclVerdict v = reach.throughNacls(call.from(), call.to(), call.port());
                if (v.status() != Reachability.NaclStatus.BLOCKED) continue;
                NaclPaths.Block b = v.blocks().get(0);
                Location at = call.at();
                ctx.about(lb, at, message(call.from(), call.to(), call.port(), v))
                        .related(b.at(), b.rule().isPresent() ? "rule " + b.ruleNumber() + " of nacl '" + b.nacl() + "'" : "nacl '" + b.nacl() + "' is declared here")
                        .report();
            }
        }
    }

    /** Names the NACL, the direction, the rule number and what it drops, and how many subnet pairs more are dropped. */
    static String message(String from, String to, int port, Reachability.NaclVerdict v) {
        List<NaclPaths.Block> blocks = v.blocks();
        NaclPaths.Block b = blocks.get(0);
        String dir = b.direction() == SecurityGroup.Direction.INGRESS ? "ingress" : "egress";
        String decided = b.rule().map(r -> dir + " rule " + r.number() + " (" + r.action().id() + " " + r.protocol().id()
                        + (r.portsDeclared() ? " " + r.ports().text() : "") + (r.direction() == SecurityGroup.Direction.INGRESS ? " from " : " to ")
                        + r.cidr().text() + ") denies")
                .orElse("no " + dir + " rule allows (the implicit deny, rule *, drops)");
        String what = b.leg() == NaclPaths.Leg.REQUEST
                ? "nacl '" + b.nacl() + "' blocks " + from + " -> " + to + (port > 0 ? " on tcp " + port : "")
                        + ": " + decided + " the request from subnet " + b.from() + " to " + b.to()
                : "nacl '" + b.nacl() + "' blocks the return traffic of " + from + " -> " + to
                        + ": " + decided + " the answers from subnet " + b.from() + " to " + b.to() + " on tcp " + b.ports().text();
        if (b.partial()) what += b.leg() == NaclPaths.Leg.RETURN ? " (ephemeral ports the client may pick; the rest of 1024-65535 passes)" : " (the rest passes)";
        else if (b.partOfPeer()) what += " (for part of the subnet's addresses)";
        if (blocks.size() > 1) what += "; " + (blocks.size() - 1) + " more subnet pair" + (blocks.size() > 2 ? "s are" : " is") + " blocked";
        return what;
    }
}
