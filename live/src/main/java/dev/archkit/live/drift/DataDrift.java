package dev.archkit.live.drift;

import dev.archkit.model.view.Database;
import dev.archkit.model.view.Kind;
import dev.archkit.model.view.Typed;

import java.util.ArrayList;
import java.util.List;

/** RDS and Aurora databases: found by tag, identifier or mapping, with the declared class, Multi-AZ, storage, instances and exposure. */
final class DataDrift {
    private DataDrift() { }

    static void compare(Comparison c) {
        for (Database db : Typed.databases(c.a)) {
            boolean aurora = db.engine().map(Database.Engine::isAurora).orElse(false);
            String id = c.names.dbIdentifier(db.name());
            String mapped = c.mapped(Kind.DATABASE, db.name());
            List<Inventory.Database> live = new ArrayList<>();
            for (Inventory.Database x : c.inv.databases()) {
                boolean mine = c.tagged(x.tags(), db.name()) || x.identifier().equals(id) || (aurora && x.identifier().startsWith(id + "-"))
                        || x.identifier().equals(mapped);
                if (mine) live.add(x);
            }
            if (live.isEmpty()) { c.missing(db, "rds.DescribeDBInstances"); continue; }
            c.matched.addAll(live);
            Inventory.Database first = live.get(0);
            // every instance (Aurora's writer and readers), each by its identifier when there are several
            for (Inventory.Database x : live) {
                db.instanceClass().ifPresent(cls -> c.changed(db, Comparison.at(db.instanceClassAt(), db),
                        live.size() > 1 ? "instance class of " + x.identifier() : "instance class", cls, x.instanceClass()));
            }
            if (!aurora) {
                c.changed(db, Comparison.at(db.multiAzAt(), db), "Multi-AZ", db.multiAz(), first.multiAz());
                db.storage().ifPresent(st -> c.changed(db, Comparison.at(db.storageAt(), db), "storage (GB)", st.mib() / 1024, first.storage()));
            } else {
                c.changed(db, Comparison.at(db.replicasAt(), db), "instances", Expected.instances(db), live.size());
            }
            c.changed(db, Comparison.at(db.publicAt(), db), "publicly accessible", db.isPublic(), first.publiclyAccessible());
        }
    }
}
