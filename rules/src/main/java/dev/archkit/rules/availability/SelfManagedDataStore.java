package dev.archkit.rules.availability;

import dev.archkit.facts.SelfManagedStore;
import dev.archkit.facts.ServiceFacts;
import dev.archkit.rules.Rule;
import dev.archkit.rules.RuleContext;
import dev.archkit.rules.RuleInfo;
import dev.archkit.rules.Severity;

/** availability/self-managed-data-store */
@RuleInfo(
        id = "availability/self-managed-data-store",
        severity = Severity.WARNING,
        summary = "A database, cache or broker runs as a container service",
        rationale = "A data store run from its own image (mysql, postgres, redis, mongo, rabbitmq...) has no standby, no automated backups and no failover: a second copy of the container is a second, independent store (or two writers on one volume), not a replica, so scaling it out corrupts or splits the data. The managed service gives the standby, backups and failover.",
        fix = "Run it as the managed service (database with multi-az, cache with multi-az, ...) and point the callers at it; keep the container only for development environments.",
        references = {"WA REL09-BP01", "WA REL10-BP01", "ECS best practices: stateful workloads"},
        falsePositives = {
                "The engine is recognised by the image's name, or by an only port that is an engine's (5432, 3306, 6379, 27017, 9200, 5672, 9092, 9042, 11211): an image named like an engine that only holds a client or an exporter, or a proxy listening on an engine's port (a Redis or PgBouncer proxy), is reported; suppress it with a reason.",
                "A store that is a cache only (memcached or redis holding nothing that cannot be rebuilt) is reported like one that holds data.",
                "It is reported in production only; an architecture without environments counts as production."
        })
public final class SelfManagedDataStore implements Rule {

    @Override
    public void check(RuleContext ctx) {
        if (!ctx.production()) return;
        for (ServiceFacts f : ctx.facts().services()) {
            SelfManagedStore store = f.selfManagedStore().orElse(null);
            if (store == null) continue;
            long floor = f.zoneLoss().floor();
            ctx.about(f.service().element(), store.at().isKnown() ? store.at() : f.service().location(),
                    "service '" + f.name() + "' runs " + store.engine() + " itself (" + floor + " cop" + (floor == 1 ? "y" : "ies")
                            + (store.volume() ? ", state on a volume" : "") + "): a second copy would be a second store, not a replica; use "
                            + store.managed() + " instead").report();
        }
    }
}
