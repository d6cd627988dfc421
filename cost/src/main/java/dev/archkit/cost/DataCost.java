package dev.archkit.cost;

import dev.archkit.cost.CostModel.Item;
import dev.archkit.model.view.Cache;
import dev.archkit.model.view.Database;

import java.util.ArrayList;
import java.util.List;

import static dev.archkit.cost.Numbers.fmt;

/** Data stores with an hourly price: RDS and Aurora (instances, Multi-AZ, readers, storage) and ElastiCache nodes. */
final class DataCost {
    private final Ledger ledger;
    private final PriceTable.Region p;
    private final double hours;

    DataCost(Ledger ledger) {
        this.ledger = ledger;
        this.p = ledger.prices;
        this.hours = ledger.hours;
    }

    void database(Database d) {
        Database.Engine engine = d.engine().orElse(Database.Engine.POSTGRES);
        if (engine == Database.Engine.ORACLE || engine == Database.Engine.SQLSERVER) {
            ledger.missing(d, engine.id() + " prices depend on the licence model; not in the table");
            return;
        }
        String cls = d.instanceClass().orElse(null);
        if (cls == null) {
            ledger.missing(d, "no instance class declared");
            return;
        }
        boolean aurora = engine.isAurora();
        Double hourly = p.size(aurora ? Price.Sizes.AURORA : Price.Sizes.RDS, cls);
        if (hourly == null) {
            ledger.missing(d, "no price for " + (aurora ? "Aurora " : "RDS ") + cls + " in " + p.name() + " in the " + ledger.table.origin());
            return;
        }
        boolean multiAz = d.multiAz();
        long replicas = d.replicas();
        double storageGb;
        if (d.storage().isPresent()) storageGb = d.storage().get().mib() / 1024.0;
        else {
            storageGb = CostModel.DEFAULT_DB_STORAGE_GB;
            ledger.assume(d, d.location(), "storage undeclared; assumed " + fmt(storageGb) + " GB (declare: storage N GB)");
        }
        List<Item> items = new ArrayList<>();
        if (aurora) {
            long instances = 1 + Math.max(replicas, multiAz ? 1 : 0);
            items.add(Item.flat("Aurora " + cls + " × " + instances + " instance" + (instances > 1 ? "s (writer + readers)" : ""), instances * hourly * hours));
            Double st = p.size(Price.Sizes.RDS_STORAGE, Database.StorageType.AURORA.id());
            if (st != null) items.add(Item.flat("Aurora storage, " + fmt(storageGb) + " GB", storageGb * st));
        } else {
            double factor = multiAz ? p.get(Price.RDS_MULTI_AZ_FACTOR) : 1;
            items.add(Item.flat("RDS " + cls + (multiAz ? " Multi-AZ" : " single-AZ"), factor * hourly * hours));
            String stype = d.storageType().orElse(Database.StorageType.GP2).id();
            Double st = p.size(Price.Sizes.RDS_STORAGE, stype);
            if (st == null) st = p.size(Price.Sizes.RDS_STORAGE, Database.StorageType.GP2.id());
            items.add(Item.flat(stype + " storage, " + fmt(storageGb) + " GB" + (multiAz ? " × 2 (standby)" : ""), storageGb * st * (multiAz ? 2 : 1)));
            if (replicas > 0) {
                items.add(Item.flat("read replicas " + cls + " × " + replicas + " with storage", replicas * (hourly * hours + storageGb * st)));
            }
        }
        ledger.line(d, items, null);
    }

    void cache(Cache c) {
        String cls = c.nodeClass().orElse(null);
        if (cls == null) {
            ledger.missing(c, "no node type declared");
            return;
        }
        Double hourly = p.size(Price.Sizes.ELASTICACHE, cls);
        if (hourly == null) {
            ledger.missing(c, "no price for ElastiCache " + cls + " in " + p.name() + " in the " + ledger.table.origin());
            return;
        }
        long nodes = c.nodes();
        ledger.line(c, List.of(Item.flat("ElastiCache " + cls + " × " + nodes + " node" + (nodes > 1 ? "s" : ""), nodes * hourly * hours)), null);
    }
}
