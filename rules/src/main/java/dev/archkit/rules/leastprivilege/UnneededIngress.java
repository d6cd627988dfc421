package dev.archkit.rules.leastprivilege;

import dev.archkit.facts.CallFact;
import dev.archkit.facts.NodePorts;
import dev.archkit.facts.ServiceFacts;
import dev.archkit.facts.graph.ArchGraph;
import dev.archkit.facts.graph.Ports;
import dev.archkit.model.view.SecurityGroup;
import dev.archkit.facts.Reachability;
import dev.archkit.model.view.Kind;
import dev.archkit.rules.Listing;
import dev.archkit.rules.Rule;
import dev.archkit.rules.RuleContext;
import dev.archkit.rules.RuleInfo;
import dev.archkit.rules.Severity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.TreeSet;

/**
 * least-privilege/unneeded-ingress: compares what a security group rule admits with what the
 * declared dependencies (and load balancer routes) between its members need.
 */
@RuleInfo(
        id = "least-privilege/unneeded-ingress",
        severity = Severity.WARNING,
        securitySeverity = 5.3,
        summary = "A security group rule admits traffic that no declared dependency needs",
        rationale = "archkit knows who calls whom. A rule that admits more peers or ports than the dependencies use is the path an attacker takes from one compromised task to the next; cdk-nag and Checkov cannot see this because they do not know the intended calls. The orchestrator's own ports on a group that node groups carry are needed without a dependency: tcp 10250 (kubelet) and 53 (CoreDNS) on EKS nodes; tcp 2377, tcp and udp 7946, udp 4789 on Swarm hosts (from any source). On a group that only services carry, they are reported: they belong on the nodes. "
                + "A rule admitting an address range (a VPC or subnet CIDR) lets every host in it in: when the range holds elements of the model that call none of the group's members, it is reported with the range and those hosts (judged for groups of services and functions only: the whole internet is open-ingress's, a range into data stores data-store-reachable's, and a load balancer's range is usually its users').",
        fix = "Narrow the rule to the ports the dependencies use, or declare the dependency that needs it. For an address range, admit the callers' security group instead of the range.",
        falsePositives = {
                "Traffic that is needed but not a call between services is reported unless it is modeled as a dependency: health checks on a separate port, metrics scraping (Prometheus), a service mesh's sidecar ports. Cluster members talking to each other (a JGroups, Hazelcast or Akka cluster, a Redis cluster bus) are reported unless the service declares them with 'peers port N'."
        })
public final class UnneededIngress implements Rule {

    @Override
    public void check(RuleContext ctx) {
        // indexed loops, and the ports' set made only when a call matches: C1, which runs
        // archkit, does not remove iterators, and this runs for every rule of every group
        ArchGraph g = ctx.facts().graph();
        List<Groups.Group> groups = Groups.of(ctx);
        for (int gi = 0, gn = groups.size(); gi < gn; gi++) {
            Groups.Group gr = groups.get(gi);
            SecurityGroup sg = gr.group();
            List<String> targets = g.membersOf(sg.name());
            List<String> maybe = g.possibleMembersOf(sg.name());   // tasks whose node groups differ: they may sit behind the group
            if (!maybe.isEmpty()) {
                targets = new ArrayList<>(targets);
                targets.addAll(maybe);
            }
            if (targets.isEmpty() || endpointsOnly(ctx, targets)) continue;   // callers reach endpoints through AWS APIs, not declared calls
            List<NodePorts.Need> nodeNeeds = NodePorts.of(ctx.arch(), g, sg.name());   // the orchestrator's ports on the group's node groups
            List<SecurityGroup.Rule> ingress = gr.ingress();
            for (int ri = 0, rn = ingress.size(); ri < rn; ri++) {
                SecurityGroup.Rule p = ingress.get(ri);
                int lo = p.ports().from(), hi = p.ports().to();
                if (p.protocol() == SecurityGroup.IpProtocol.ICMP) continue;
                List<SecurityGroup.Peer> peers = p.peers();
                for (int pi = 0, pn = peers.size(); pi < pn; pi++) {
                    SecurityGroup.Peer src = peers.get(pi);
                    // a declared prefix list is judged by open-ingress and data-store-reachable as its ranges;
                    // an AWS-managed list admits no element of the model
                    if (src instanceof SecurityGroup.PrefixListPeer) continue;
                    if (src instanceof SecurityGroup.CidrPeer cp) {
                        range(ctx, sg, p, cp, targets);
                        continue;
                    }
                    String source = src instanceof SecurityGroup.SelfPeer ? sg.name() : Peers.text(src);
                    TreeSet<Integer> needed = null;
                    List<CallFact> using = null;
                    boolean unknownPort = false;
                    List<String> peering = null;   // members that call their own copies ('peers port N') within the rule
                    for (int ti = 0, tn = targets.size(); ti < tn; ti++) {
                        ServiceFacts member = ctx.facts().service(targets.get(ti));
                        var peerPorts = member == null ? null : member.service().peers().orElse(null);
                        if (peerPorts != null && g.mayCarry(member.name(), source)) {
                            for (int port = Math.max(lo, peerPorts.from()), top = Math.min(hi, peerPorts.to()); port <= top; port++) {
                                if (needed == null) needed = new TreeSet<>();
                                needed.add(port);
                                if (peering == null) peering = new ArrayList<>();
                                if (!peering.contains(member.name())) peering.add(member.name());
                            }
                        }
                        List<CallFact> calls = callsTo(ctx, targets.get(ti));
                        for (int ci = 0, cn = calls.size(); ci < cn; ci++) {
                            CallFact e = calls.get(ci);
                            if (!g.mayCarry(e.from(), source)) continue;
                            if (using == null) using = new ArrayList<>();
                            List<Integer> ports = e.ports();
                            if (ports.isEmpty()) { unknownPort = true; using.add(e); continue; }
                            for (int k = 0, kn = ports.size(); k < kn; k++) {
                                int port = ports.get(k);
                                if (port >= lo && port <= hi) {
                                    if (needed == null) needed = new TreeSet<>();
                                    needed.add(port);
                                    using.add(e);
                                }
                            }
                        }
                    }
                    if (unknownPort) continue;   // a dependency on an unknown port may need any of them
                    List<NodePorts.Need> orchestrator = null;   // the orchestrator's ports the rule admits to the nodes
                    for (int ni = 0, nn = nodeNeeds.size(); ni < nn; ni++) {
                        NodePorts.Need need = nodeNeeds.get(ni);
                        if (!need.port().within(p.protocol(), lo, hi)) continue;
                        if (needed == null) needed = new TreeSet<>();
                        needed.add(need.port().port());
                        if (orchestrator == null) orchestrator = new ArrayList<>();
                        orchestrator.add(need);
                    }
                    int width = hi - lo + 1;
                    if (needed != null && needed.size() >= width) continue;   // every port is used
                    String rule = "ingress " + Peers.protocol(p) + (p.portsDeclared() ? " " + p.ports().text() : "") + " from " + Peers.text(src);
                    if (needed == null) {
                        ctx.about(sg.element(), p.at(), "'" + sg.name() + "': no declared dependency needs '" + rule + "'"
                                + " (no call from " + (source.equals(sg.name()) ? "its own members" : "members of '" + source + "'") + " to " + Listing.of(targets) + ")").report();
                        continue;
                    }
                    var report = ctx.about(sg.element(), p.at(), "'" + sg.name() + "': '" + rule + "' admits " + width + " ports, but the dependencies"
                            + (orchestrator == null ? "" : " and the orchestrator") + " use only " + Ports.ranges(needed));
                    if (orchestrator != null) orchestrator.stream().limit(3).forEach(n -> report.related(g.elementOf(n.nodeGroup()).location(),
                            "node group '" + n.nodeGroup() + "' (" + n.orchestrator().id() + ") needs " + n.port().protocol().id() + " " + n.port().port()
                                    + ": " + n.port().purpose()));
                    if (using != null) using.stream().filter(e -> e.at() != null).limit(3)
                            .forEach(e -> report.related(e.at(), e.from() + " -> " + e.to() + " needs it"));
                    if (peering != null) peering.stream().limit(3).forEach(m -> report.related(
                            ctx.facts().service(m).service().peersAt(), "the tasks of " + m + " call each other here"));
                    report.report();
                }
            }
        }
    }

    /**
     * A rule admitting an address range (not the whole internet, which open-ingress judges): every
     * host in it reaches the group's members, not only their callers. Reported when the range
     * holds elements of the model that call none of the members, named with the range. Judged
     * only for groups of services and functions: a range into data stores is
     * data-store-reachable's, a load balancer's range is usually its users' (not in the model),
     * and the orchestrator's ports on node groups come from the control plane's interfaces in it.
     */
    private static void range(RuleContext ctx, SecurityGroup sg, SecurityGroup.Rule p, SecurityGroup.CidrPeer cp, List<String> targets) {
        if (Reachability.isInternet(cp.cidr())) return;
        for (String t : targets) {
            // only tasks and functions, which the model's own elements call: a load balancer's
            // range is usually its users' (an office, a VPN), whom the model does not show
            Kind k = Kind.of(ctx.arch().element(t));
            if (k != Kind.SERVICE && k != Kind.FUNCTION) return;
        }
        Set<String> callers = new HashSet<>(targets);   // a member reaching its own copies ('peers') or itself is no stranger
        for (String t : targets) for (CallFact c : callsTo(ctx, t)) callers.add(c.from());
        TreeSet<String> extra = new TreeSet<>();
        for (String m : ctx.facts().reachability().hostsIn(cp.cidr())) if (!callers.contains(m)) extra.add(m);
        if (extra.isEmpty()) return;
        String rule = "ingress " + Peers.protocol(p) + (p.portsDeclared() ? " " + p.ports().text() : "") + " from " + cp.cidr().text();
        ctx.about(sg.element(), p.at(), "'" + sg.name() + "': '" + rule + "' admits every host in " + cp.cidr().text() + ", including "
                        + Listing.of(extra) + ", which " + (extra.size() == 1 ? "calls" : "call") + " none of its members (" + Listing.of(targets) + ")")
                .cause(sg.name() + " from " + cp.cidr().text()).report();
    }

    private static boolean endpointsOnly(RuleContext ctx, List<String> members) {
        for (int i = 0, n = members.size(); i < n; i++) if (!dev.archkit.model.view.Kind.ENDPOINT.is(ctx.facts().graph().elementOf(members.get(i)))) return false;
        return true;
    }

    /** The calls to an element: a service's are among its facts already. */
    private static List<CallFact> callsTo(RuleContext ctx, String element) {
        ServiceFacts s = ctx.facts().service(element);
        return s != null ? s.callers() : ctx.facts().callsTo(element);
    }
}
