package dev.archkit.rules.availability;

import dev.archkit.model.view.Database;
import dev.archkit.model.view.Typed;
import dev.archkit.rules.Rule;
import dev.archkit.rules.RuleContext;
import dev.archkit.rules.RuleInfo;
import dev.archkit.rules.Severity;

/** availability/database-multi-az */
@RuleInfo(
        id = "availability/database-multi-az",
        severity = Severity.ERROR,
        summary = "A production database has no standby in another zone",
        rationale = "A single-AZ RDS instance is unavailable during its zone's outage and for the minutes of every instance failure; restores from backup lose recent writes.",
        fix = "Write 'multi-az' (or, for Aurora, 'replicas 1' or more: an Aurora reader is a failover target; an RDS read replica is not).",
        references = {"AwsSolutions-RDS3", "CKV_AWS_157", "WA REL10-BP01"},
        falsePositives = {
                "An architecture that declares no environments is taken as production, so a development or test architecture written without 'environment' blocks is held to production standards.",
                "An Aurora cluster without readers keeps six copies of its data in three zones: a zone outage loses no data, only minutes of availability while a new writer starts; where those minutes are acceptable the finding is a deliberate trade-off."
        })
public final class DatabaseMultiAz implements Rule {

    @Override
    public void check(RuleContext ctx) {
        if (!ctx.production()) return;
        for (Database d : Typed.databases(ctx.arch())) {
            if (!ctx.facts().singleCopy(d.name())) continue;
            String replicas = d.replicas() > 0
                    ? ": its read replica" + (d.replicas() == 1 ? " is" : "s are") + " asynchronous and not promoted automatically, so none is a standby"
                    : "";
            ctx.about(d.element(), d.location(), "database '" + d.name() + "' is single-AZ in production" + replicas).report();
        }
    }
}
