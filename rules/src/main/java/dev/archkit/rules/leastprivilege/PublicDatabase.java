package dev.archkit.rules.leastprivilege;

import dev.archkit.facts.graph.ArchGraph;
import dev.archkit.model.Element;
import dev.archkit.model.view.Database;
import dev.archkit.model.view.Kind;
import dev.archkit.rules.Rule;
import dev.archkit.rules.RuleContext;
import dev.archkit.rules.RuleInfo;
import dev.archkit.rules.Severity;

/** least-privilege/public-database */
@RuleInfo(
        id = "least-privilege/public-database",
        severity = Severity.ERROR,
        securitySeverity = 9.1,
        summary = "A data store is reachable from the internet",
        rationale = "A database that is publicly accessible, or whose security group admits 0.0.0.0/0, is one leaked password away from a breach.",
        fix = "Turn 'public' off and admit only the callers' security groups.",
        references = {"AwsSolutions-RDS8", "CKV_AWS_17", "AWS-0180"},
        falsePositives = {
                "A data store in private subnets whose group admits 0.0.0.0/0 cannot be reached from the internet (no route leads to it); the rule reads security groups, not routes, and reports it. The rule is still too wide, but the finding overstates the exposure."
        })
public final class PublicDatabase implements Rule {

    @Override
    public void check(RuleContext ctx) {
        ArchGraph g = ctx.facts().graph();
        for (Element d : ctx.arch().allElements()) {
            Kind k = Kind.of(d);
            if (k == null || !k.isNetworkDataStore()) continue;
            if (k == Kind.DATABASE && new Database(d).isPublic()) {   // only a database can be written 'public'
                ctx.about(d, new Database(d).publicAt(), d.kind() + " '" + d.name() + "' is publicly accessible").report();
                continue;
            }
            for (String group : g.groupsOf(d.name())) {
                for (ArchGraph.RuleEdge r : g.securityGroups().incomingEdgesOf(group)) {
                    if (r.source().equals(ArchGraph.CIDR_PREFIX + "0.0.0.0/0") || r.source().equals(ArchGraph.CIDR_PREFIX + "::/0")) {
                        ctx.about(d, r.location(), d.kind() + " '" + d.name() + "' is open to the internet through '" + group + "'")
                                .related(d.location(), "the " + d.kind() + " is declared here").report();
                    }
                }
            }
        }
    }
}
