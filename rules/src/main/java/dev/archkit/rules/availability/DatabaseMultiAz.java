package dev.archkit.rules.availability;

import dev.archkit.model.Element;
import dev.archkit.rules.AbstractRule;
import dev.archkit.rules.Facts;
import dev.archkit.rules.RuleContext;
import dev.archkit.rules.Severity;

/** availability/database-multi-az */
public final class DatabaseMultiAz extends AbstractRule {
    public DatabaseMultiAz() {
        super("availability/database-multi-az", Severity.ERROR, "A production database has no standby in another zone",
                "A single-AZ RDS instance is unavailable during its zone's outage and for the minutes of every instance failure; restores from backup lose recent writes.",
                "Write 'multi-az' (or, for Aurora, 'replicas 1' or more).",
                "AwsSolutions-RDS3", "CKV_AWS_157", "WA REL10-BP01");
    }

    @Override
    public void check(RuleContext ctx) {
        if (!ctx.production()) return;
        for (Element d : ctx.arch().elementsOfKind("database")) {
            if (Facts.isSingle(d)) ctx.about(d, d.location(), "database '" + d.name() + "' is single-AZ in production").report();
        }
    }
}
