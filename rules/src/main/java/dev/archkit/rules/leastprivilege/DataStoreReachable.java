package dev.archkit.rules.leastprivilege;

import dev.archkit.facts.CallFact;
import dev.archkit.facts.Reachability;
import dev.archkit.facts.graph.ArchGraph;
import dev.archkit.model.Element;
import dev.archkit.model.Value;
import dev.archkit.model.view.Kind;
import dev.archkit.rules.Listing;
import dev.archkit.rules.Rule;
import dev.archkit.rules.RuleContext;
import dev.archkit.rules.RuleInfo;
import dev.archkit.rules.Severity;

import java.math.BigInteger;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * least-privilege/data-store-reachable: the security groups let elements reach a database,
 * cache or search domain that the architecture does not declare as its callers.
 */
@RuleInfo(
        id = "least-privilege/data-store-reachable",
        severity = Severity.WARNING,
        securitySeverity = 6.5,
        summary = "A data store is reachable from elements, or an address range, that do not call it",
        rationale = "A database should be reachable from its own service only. A shared 'tasks' group admitted to the database lets every service read every table; one compromised service exposes all data."
                + " A declared prefix list is judged entry by entry, and the finding names the list.",
        fix = "Give the callers their own security group and admit only that group to the data store (not an address range such as the VPC's CIDR), or declare the dependency if the call is real.",
        falsePositives = {
                "Operational access that is not a runtime call (a bastion, a schema migration task, a backup tool admitted to the database) is reported; declaring it as a dependency would misstate the design, so it is suppressed with the reason.",
                "Data stores that share one group with a 'self' rule (for replication between their own nodes) are reported as reaching each other."
        })
public final class DataStoreReachable implements Rule {

    @Override
    public void check(RuleContext ctx) {
        ArchGraph g = ctx.facts().graph();
        for (Element d : ctx.arch().allElements()) {
            Kind k = Kind.of(d);
            if (k == null || !k.isNetworkDataStore()) continue;
            Set<String> callers = new HashSet<>();
            for (CallFact c : ctx.facts().callsTo(d.name())) {
                callers.add(c.from());
                // tasks on their hosts' network call from their nodes: the node groups are the callers' hosts, not others
                var tasks = g.taskGroups(c.from());
                callers.addAll(tasks.nodeGroups());   // empty unless on the hosts' network (the node groups' groups known or not)
            }
            Set<String> reported = new HashSet<>();   // one finding per group and source: two rules admitting the same callers are one cause
            for (String group : g.groupsOf(d.name())) {
                for (ArchGraph.RuleEdge r : g.securityGroups().incomingEdgesOf(group)) {
                    if (!reported.add(group + '\n' + r.source())) continue;
                    if (r.cidr() != null) {
                        if (!Reachability.isInternet(r.cidr())) range(ctx, d, group, r, callers);   // public-database judges 0.0.0.0/0
                        continue;
                    }
                    List<String> members = g.membersOf(r.source());
                    Set<String> extra = new TreeSet<>();
                    for (String m : members) if (!m.equals(d.name()) && !callers.contains(m)) extra.add(m);
                    if (extra.isEmpty()) continue;
                    ctx.about(d, r.location(), "'" + group + "' lets " + Listing.of(extra)
                            + " reach " + d.kind() + " '" + d.name() + "', which " + (extra.size() == 1 ? "does" : "do") + " not call it")
                            .related(d.location(), "the " + d.kind() + " is declared here").cause(group + " from " + r.source()).report();
                }
            }
        }
    }

    /**
     * A rule admitting an address range: every host in it reaches the store, not only the
     * callers. Reported with the elements of the model it admits beyond the callers, or, when it
     * admits none, as a range wider than the callers need.
     */
    private static void range(RuleContext ctx, Element d, String group, ArchGraph.RuleEdge r, Set<String> callers) {
        Reachability reach = ctx.facts().reachability();
        Set<String> extra = new TreeSet<>();
        for (String m : reach.hostsIn(r.cidr())) if (!callers.contains(m)) extra.add(m);
        if (extra.isEmpty() && withinCallers(reach, r.cidr(), callers)) return;
        String beyond = extra.isEmpty() ? "; no element of the model but its callers sits in it, yet any host placed there later reaches it too"
                : ", including " + Listing.of(extra)
                  + ", which " + (extra.size() == 1 ? "does" : "do") + " not call it";
        ctx.about(d, r.location(), "'" + group + "' admits " + r.rangeText() + ": every host in that range can reach "
                        + d.kind() + " '" + d.name() + "'" + beyond)
                .related(d.location(), "the " + d.kind() + " is declared here").cause(group + " from " + r.source()).report();
    }

    /** Whether a range holds no address outside the callers' own subnets (one of them, or several that fill it). */
    private static boolean withinCallers(Reachability reach, Value.Cidr range, Set<String> callers) {
        Set<String> seen = new HashSet<>();
        BigInteger filled = BigInteger.ZERO;
        for (String c : callers) {
            for (Value.Cidr own : reach.addresses(c)) {
                if (own.contains(range)) return true;
                if (range.contains(own) && seen.add(own.text())) filled = filled.add(own.size());
            }
        }
        return filled.compareTo(range.size()) >= 0;
    }
}
