package dev.archkit.rules.leastprivilege;

import dev.archkit.facts.CallFact;
import dev.archkit.facts.graph.ArchGraph;
import dev.archkit.model.Element;
import dev.archkit.model.view.Kind;
import dev.archkit.rules.Rule;
import dev.archkit.rules.RuleContext;
import dev.archkit.rules.RuleInfo;
import dev.archkit.rules.Severity;

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
        summary = "A data store is reachable from elements that do not call it",
        rationale = "A database should be reachable from its own service only. A shared 'tasks' group admitted to the database lets every service read every table; one compromised service exposes all data.",
        fix = "Give the callers their own security group and admit only that group to the data store, or declare the dependency if the call is real.",
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
            for (CallFact c : ctx.facts().callsTo(d.name())) callers.add(c.from());
            Set<String> reported = new HashSet<>();   // one finding per group and source: two rules admitting the same callers are one cause
            for (String group : g.groupsOf(d.name())) {
                for (ArchGraph.RuleEdge r : g.securityGroups().incomingEdgesOf(group)) {
                    if (r.source().startsWith(ArchGraph.CIDR_PREFIX)) continue;   // public-database judges CIDRs
                    if (!reported.add(group + '\n' + r.source())) continue;
                    List<String> members = g.membersOf(r.source());
                    Set<String> extra = new TreeSet<>();
                    for (String m : members) if (!m.equals(d.name()) && !callers.contains(m)) extra.add(m);
                    if (extra.isEmpty()) continue;
                    List<String> shown = extra.stream().limit(5).toList();
                    ctx.about(d, r.location(), "'" + group + "' lets " + String.join(", ", shown)
                            + (extra.size() > shown.size() ? " and " + (extra.size() - shown.size()) + " more" : "")
                            + " reach " + d.kind() + " '" + d.name() + "', which " + (extra.size() == 1 ? "does" : "do") + " not call it")
                            .related(d.location(), "the " + d.kind() + " is declared here").cause(group + " from " + r.source()).report();
                }
            }
        }
    }
}
