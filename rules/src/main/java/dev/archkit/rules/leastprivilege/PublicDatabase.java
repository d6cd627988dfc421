package dev.archkit.rules.leastprivilege;

import dev.archkit.model.Element;
import dev.archkit.facts.graph.ArchGraph;
import dev.archkit.rules.AbstractRule;
import dev.archkit.rules.RuleContext;
import dev.archkit.rules.Severity;

/** least-privilege/public-database */
public final class PublicDatabase extends AbstractRule {
    public PublicDatabase() {
        super("least-privilege/public-database", Severity.ERROR, "A data store is reachable from the internet",
                "A database that is publicly accessible, or whose security group admits 0.0.0.0/0, is one leaked password away from a breach.",
                "Turn 'public' off and admit only the callers' security groups.",
                "AwsSolutions-RDS8", "CKV_AWS_17", "AWS-0180");
    }

    @Override
    public void check(RuleContext ctx) {
        for (Element d : ctx.arch().allElements()) {
            if (!d.kind().equals("database") && !d.kind().equals("cache") && !d.kind().equals("search")) continue;
            if (d.flag("public")) {
                ctx.about(d, d.property("public").location(), d.kind() + " '" + d.name() + "' is publicly accessible").report();
                continue;
            }
            for (String g : ctx.graph().groupsOf(d.name())) {
                for (ArchGraph.RuleEdge r : ctx.graph().securityGroups().incomingEdgesOf(g)) {
                    if (r.source().equals(ArchGraph.CIDR_PREFIX + "0.0.0.0/0") || r.source().equals(ArchGraph.CIDR_PREFIX + "::/0")) {
                        ctx.about(d, r.location(), d.kind() + " '" + d.name() + "' is open to the internet through '" + g + "'")
                                .related(d.location(), "the " + d.kind() + " is declared here").report();
                    }
                }
            }
        }
    }
}
