package dev.archkit.review;

import dev.archkit.model.req.Requirement;
import dev.archkit.model.view.Cache;
import dev.archkit.model.view.Database;

import java.util.ArrayList;
import java.util.List;

/**
 * rpo-zero and automatic-failover: synchronous Multi-AZ or Aurora storage loses no committed
 * write (RPO 0), an asynchronous read replica or snapshots do (RPO above 0); a standby or Aurora
 * reader takes over on its own (RTO of minutes), anything else waits for a person.
 */
final class DataChecks implements Check {

    @Override
    public Outcome judge(Requirement r, Design d) {
        return switch (r.predicate()) {
            case RPO_ZERO -> rpoZero(d);
            case AUTOMATIC_FAILOVER -> failover(d);
            default -> throw new IllegalArgumentException(r.predicate().id());
        };
    }

    private static Outcome rpoZero(Design d) {
        List<Outcome> out = new ArrayList<>();
        for (Database db : d.databases()) {
            String name = db.element().name();
            if (db.engine().isEmpty()) {
                out.add(Outcome.unknown(name + "'s engine is not written", Design.of(db.element(), "no engine")));
            } else if (db.engine().get().isAurora()) {
                out.add(Outcome.pass(name + " is Aurora: storage replicated synchronously over three zones", Design.of(db.element(), "engine " + db.engine().get().id())));
            } else if (db.multiAz()) {
                out.add(Outcome.pass(name + " replicates synchronously to a Multi-AZ standby", Design.of(db.element(), "multi-az", db.multiAzAt())));
            } else if (db.replicas() > 0) {
                out.add(Outcome.fail(name + " has only asynchronous read replicas: RPO above 0", Design.of(db.element(), db.replicas() + " read replica(s), no multi-az", db.replicasAt())));
            } else {
                out.add(Outcome.fail(name + " has only backups: RPO up to the last snapshot or log", Design.of(db.element(), "single instance, no multi-az")));
            }
        }
        return Outcome.every("databases", out);
    }

    private static Outcome failover(Design d) {
        List<Outcome> out = new ArrayList<>();
        for (Database db : d.databases()) {
            String name = db.element().name();
            if (db.hasStandby()) {
                out.add(Outcome.pass(name + " fails over on its own", Design.of(db.element(), db.multiAz() ? "multi-az" : db.replicas() + " Aurora reader(s)")));
            } else if (db.replicas() > 0) {
                out.add(Outcome.fail(name + "'s read replica is promoted only by hand", Design.of(db.element(), db.replicas() + " read replica(s), no multi-az", db.replicasAt())));
            } else {
                out.add(Outcome.fail(name + " has no standby: recovery is a restore", Design.of(db.element(), "single instance")));
            }
        }
        for (Cache c : d.caches()) {
            String name = c.element().name();
            out.add(c.multiAz()
                    ? Outcome.pass(name + " fails over to a replica on its own", Design.of(c.element(), "multi-az"))
                    : Outcome.fail(name + " has no automatic failover", Design.of(c.element(), c.nodes() + " node(s), no multi-az")));
        }
        return Outcome.every("data stores", out);
    }
}
