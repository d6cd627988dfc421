package dev.archkit.review;

import dev.archkit.model.Location;
import dev.archkit.model.req.Argument;
import dev.archkit.model.req.Requirement;
import dev.archkit.model.view.Cache;
import dev.archkit.model.view.Database;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * rpo-zero, max-rpo, replica-in-another-zone and automatic-failover: synchronous Multi-AZ or
 * Aurora storage loses no committed write (RPO 0), an asynchronous read replica or snapshots do
 * (RPO above 0: up to the newest restorable point); a standby or Aurora reader takes over on its
 * own (RTO of minutes), anything else waits for a person.
 */
final class DataChecks implements Check {

    @Override
    public Outcome judge(Requirement r, Design d) {
        return switch (r.predicate()) {
            case RPO_ZERO -> rpoZero(d);
            case AUTOMATIC_FAILOVER -> failover(d);
            case MAX_RPO -> maxRpo(d, ((Argument.Span) r.argument()).millis());
            case REPLICA_IN_ANOTHER_ZONE -> replicaInAnotherZone(d);
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

    /** How old the newest restorable point of RDS point-in-time recovery may be: it uploads the transaction logs every five minutes. */
    static final long PITR_MILLIS = 5 * 60_000L;

    private static Outcome maxRpo(Design d, long limit) {
        List<Outcome> out = new ArrayList<>();
        for (Database db : d.databases()) out.add(maxRpo(db, limit));
        return Outcome.every("databases", out);
    }

    private static Outcome maxRpo(Database db, long limit) {
        String name = db.element().name();
        String max = Texts.millis(limit);
        if (db.engine().isPresent() && db.engine().get().isAurora()) {
            return Outcome.pass(name + " is Aurora: storage replicated synchronously over three zones, RPO 0", Design.of(db.element(), "engine " + db.engine().get().id()));
        }
        if (db.multiAz()) return Outcome.pass(name + " replicates synchronously to a Multi-AZ standby, RPO 0", Design.of(db.element(), "multi-az", db.multiAzAt()));
        if (db.engine().isEmpty()) return Outcome.unknown(name + "'s engine is not written (Aurora would replicate synchronously)", Design.of(db.element(), "no engine"));
        // asynchronous from here: the newest restorable point bounds the loss
        List<Evidence> ev = new ArrayList<>();
        long best = Long.MAX_VALUE;
        String how = null;
        Optional<dev.archkit.model.Value.Duration> backup = db.backup();
        if (backup.isPresent() && backup.get().millis() > 0) {
            best = PITR_MILLIS;
            how = "point-in-time recovery (transaction logs every 5m)";
            ev.add(Design.of(db.element(), "backup " + backup.get().text() + ": point-in-time recovery, newest restorable point up to 5m old", db.backupAt()));
        }
        Optional<dev.archkit.model.Value.Duration> snap = db.snapshotEvery();
        if (snap.isPresent()) {
            ev.add(Design.of(db.element(), "snapshots every " + snap.get().text(), db.snapshotsAt()));
            if (snap.get().millis() < best) {
                best = snap.get().millis();
                how = "a snapshot every " + snap.get().text();
            }
        }
        Evidence replicas = db.replicas() > 0 ? Design.of(db.element(), db.replicas() + " asynchronous read replica(s)", db.replicasAt()) : null;
        if (limit == 0) {
            return Outcome.fail(name + " replicates asynchronously at best: RPO above 0", ev.isEmpty() && replicas == null
                    ? new Evidence[] {Design.of(db.element(), "single instance, no multi-az")} : withReplica(ev, replicas));
        }
        if (best <= limit) return new Outcome(Verdict.PASS, name + " loses at most " + Texts.millis(best) + " of writes, by " + how + ", within " + max, ev);
        if (replicas != null) {
            return new Outcome(Verdict.UNKNOWN, name + "'s read replica may hold newer writes" + (how == null ? "" : " than " + how)
                    + ", but its lag has no bound in the model", List.of(withReplica(ev, replicas)));
        }
        if (how != null) {
            return new Outcome(Verdict.FAIL, name + "'s newest restorable point may be " + Texts.millis(best) + " old (" + how + "), over " + max, ev);
        }
        if (backup.isPresent()) {
            return Outcome.fail(name + " has backups off, no snapshots and no replica: a lost instance loses its data",
                    Design.of(db.element(), "backup " + backup.get().text(), db.backupAt()));
        }
        return Outcome.unknown(name + "'s backups are not written: neither 'backup' retention (point-in-time recovery) nor 'snapshots every'",
                Design.of(db.element(), "no backup, no snapshots"));
    }

    private static Evidence[] withReplica(List<Evidence> ev, Evidence replica) {
        List<Evidence> all = new ArrayList<>(ev);
        if (replica != null) all.add(replica);
        return all.toArray(Evidence[]::new);
    }

    private static Outcome replicaInAnotherZone(Design d) {
        List<Outcome> out = new ArrayList<>();
        for (Database db : d.databases()) {
            String name = db.element().name();
            if (db.engine().isPresent() && db.engine().get().isAurora()) {
                out.add(Outcome.pass(name + " is Aurora: its storage keeps copies in three zones", Design.of(db.element(), "engine " + db.engine().get().id())));
            } else if (db.multiAz()) {
                out.add(Outcome.pass(name + " keeps a Multi-AZ standby in another zone", Design.of(db.element(), "multi-az", db.multiAzAt())));
            } else if (db.replicas() == 0) {
                out.add(Outcome.fail(name + " has no standby and no replica: every running copy is in one zone",
                        Design.of(db.element(), "single instance" + db.zone().map(z -> " in " + z).orElse(""))));
            } else {
                out.add(replicaZones(db));
            }
        }
        return Outcome.every("databases", out);
    }

    private static Outcome replicaZones(Database db) {
        String name = db.element().name();
        List<String> zones = db.replicaZones();
        if (zones.isEmpty()) {
            return Outcome.unknown(name + "'s read replicas have no zones written ('replica-zones')",
                    Design.of(db.element(), db.replicas() + " read replica(s), zones not written", db.replicasAt()));
        }
        Location at = db.replicaZonesAt();
        Optional<String> primary = db.zone();
        if (primary.isEmpty()) {
            if (zones.stream().distinct().count() > 1) {
                return Outcome.pass(name + " has read replicas in " + zones.stream().distinct().count() + " zones: one is outside its primary's",
                        Design.of(db.element(), "replica-zones " + String.join(", ", zones), at));
            }
            return Outcome.unknown(name + "'s primary zone is not written ('zone'): its replica in " + zones.get(0) + " may share it",
                    Design.of(db.element(), "replica-zones " + zones.get(0) + ", no zone", at));
        }
        Optional<String> other = zones.stream().filter(z -> !z.equals(primary.get())).findFirst();
        if (other.isPresent()) {
            return Outcome.pass(name + " has a read replica in " + other.get() + ", its primary is in " + primary.get(),
                    Design.of(db.element(), "replica-zones " + String.join(", ", zones), at));
        }
        return Outcome.fail(name + "'s read replicas are all in its primary's zone " + primary.get() + ": losing it loses every copy",
                Design.of(db.element(), "zone " + primary.get() + ", replica-zones " + String.join(", ", zones), at));
    }
}
