package dev.archkit.gen.terraform;

import dev.archkit.facts.Facts;
import dev.archkit.model.view.Cache;
import dev.archkit.model.view.Database;
import dev.archkit.model.view.Typed;

import static dev.archkit.gen.terraform.Hcl.interp;
import static dev.archkit.gen.terraform.Hcl.raw;
import static dev.archkit.gen.terraform.TfExpr.ids;
import static dev.archkit.gen.terraform.TfExpr.tags;

/**
 * data.tf, first part: RDS instances and Aurora clusters (the master password managed by RDS, never
 * written), and Redis/Valkey replication groups, each with its subnet group. Oracle, SQL Server and
 * memcached are noted, not generated.
 */
final class DataStoreEmitter implements Emitter {
    private final Facts facts;

    DataStoreEmitter(Facts facts) { this.facts = facts; }

    @Override public TfFile file() { return TfFile.DATA; }

    @Override
    public void emit(Hcl.Doc d, Notes notes) {
        for (Database db : Typed.databases(facts.architecture())) database(d, notes, db);
        for (Cache c : Typed.caches(facts.architecture())) cache(d, notes, c);
    }

    /** A database's engine as written: without one, nothing is generated (archkit does not guess an engine, its port or its parameters). */
    static Database.Engine engine(Database db) { return db.engine().orElseThrow(); }

    /**
     * Whether the database is generated at all: not without an engine, and not Oracle or SQL
     * Server (they need an edition and licence chosen by hand).
     */
    static boolean generated(Database db) {
        return db.engine().isPresent() && engine(db) != Database.Engine.ORACLE && engine(db) != Database.Engine.SQLSERVER;
    }

    private void database(Hcl.Doc d, Notes notes, Database db) {
        if (db.engine().isEmpty()) {
            notes.notGenerated("database '" + db.name() + "' (no engine declared: write 'engine postgres', 'engine mysql', ...; its port is unknown until then)");
            return;
        }
        Database.Engine engine = engine(db);
        String l = Labels.label(db.name());
        String id = facts.names().dbIdentifier(db.name());
        if (!db.subnets().isEmpty()) {
            d.open("resource", "aws_db_subnet_group", l);
            d.attr("name", id);
            d.attr("subnet_ids", ids("aws_subnet", db.subnets().names()));
            d.attr("tags", tags(db, id));
            d.close().blank();
        }
        if (engine.isAurora()) {
            aurora(d, db, engine, l, id);
            return;
        }
        if (!generated(db)) {
            notes.notGenerated("database '" + db.name() + "' (" + engine.id() + ": choose the edition and licence model by hand)");
            return;
        }
        d.open("resource", "aws_db_instance", l);
        d.attr("identifier", id);
        d.attr("engine", engine.id());
        d.attr("engine_version", db.version().orElse(null));
        d.attr("instance_class", db.instanceClass().orElse("db.t3.micro"));
        d.attr("allocated_storage", db.storage().map(st -> Math.max(20, st.mib() / 1024)).orElse(20L));
        d.attr("storage_type", db.storageType().map(Database.StorageType::id).orElse("gp3"));
        d.attr("multi_az", db.multiAz());
        if (!db.multiAz()) d.attr("availability_zone", db.zone().orElse(null));
        d.attr("username", "dbadmin");
        d.attr("manage_master_user_password", true);
        placement(d, db, l);
        d.attr("storage_encrypted", db.encrypted());
        d.attr("publicly_accessible", db.isPublic());
        db.backup().ifPresent(b -> d.attr("backup_retention_period", b.millis() / 86_400_000L));
        d.attr("deletion_protection", db.deletionProtection());
        d.attr("skip_final_snapshot", false);
        d.attr("final_snapshot_identifier", id + "-final");
        d.attr("tags", tags(db, id));
        d.close().blank();
        if (db.replicas() > 0) notes.notGenerated("the " + db.replicas() + " read replica(s) of database '" + db.name() + "'");
    }

    private void aurora(Hcl.Doc d, Database db, Database.Engine engine, String l, String id) {
        d.open("resource", "aws_rds_cluster", l);
        d.attr("cluster_identifier", id);
        d.attr("engine", engine.id());
        d.attr("engine_version", db.version().orElse(null));
        d.attr("master_username", "dbadmin");
        d.attr("manage_master_user_password", true);
        placement(d, db, l);
        d.attr("storage_encrypted", db.encrypted());
        db.backup().ifPresent(b -> d.attr("backup_retention_period", Math.max(1, b.millis() / 86_400_000L)));
        d.attr("deletion_protection", db.deletionProtection());
        d.attr("skip_final_snapshot", false);
        d.attr("final_snapshot_identifier", id + "-final");
        d.attr("tags", tags(db, id));
        d.close().blank();
        long instances = 1 + Math.max(db.replicas(), db.multiAz() ? 1 : 0);
        d.open("resource", "aws_rds_cluster_instance", l);
        d.attr("count", instances);
        d.attr("identifier", interp(id + "-${count.index}"));
        d.attr("cluster_identifier", raw("aws_rds_cluster." + l + ".id"));
        d.attr("instance_class", db.instanceClass().orElse("db.r6g.large"));
        d.attr("engine", raw("aws_rds_cluster." + l + ".engine"));
        d.attr("publicly_accessible", db.isPublic());
        d.attr("tags", tags(db, id));
        d.close().blank();
    }

    /** The subnet group, security groups and port of an RDS instance or Aurora cluster. */
    private static void placement(Hcl.Doc d, Database db, String l) {
        if (!db.subnets().isEmpty()) d.attr("db_subnet_group_name", raw("aws_db_subnet_group." + l + ".name"));
        if (!db.securityGroups().isEmpty()) d.attr("vpc_security_group_ids", ids("aws_security_group", db.securityGroups().names()));
        db.port().ifPresent(p -> d.attr("port", p));
    }

    private void cache(Hcl.Doc d, Notes notes, Cache c) {
        if (c.engine().isEmpty()) {
            notes.notGenerated("cache '" + c.name() + "' (no engine declared: write 'engine redis' or another; its port is unknown until then)");
            return;
        }
        Cache.Engine engine = c.engine().get();
        if (engine == Cache.Engine.MEMCACHED) {
            notes.notGenerated("memcached cluster '" + c.name() + "'");
            return;
        }
        String l = Labels.label(c.name());
        String id = facts.names().cacheIdentifier(c.name());
        if (!c.subnets().isEmpty()) {
            d.open("resource", "aws_elasticache_subnet_group", l);
            d.attr("name", id);
            d.attr("subnet_ids", ids("aws_subnet", c.subnets().names()));
            d.attr("tags", tags(c, id));
            d.close().blank();
        }
        long nodes = c.nodes();
        boolean multi = c.multiAz() && nodes > 1;
        d.open("resource", "aws_elasticache_replication_group", l);
        d.attr("replication_group_id", id);
        d.attr("description", "archkit: " + c.name());
        d.attr("engine", engine.id());
        d.attr("node_type", c.nodeClass().orElse("cache.t3.micro"));
        d.attr("num_cache_clusters", nodes);
        d.attr("automatic_failover_enabled", multi);
        d.attr("multi_az_enabled", multi);
        if (!c.subnets().isEmpty()) d.attr("subnet_group_name", raw("aws_elasticache_subnet_group." + l + ".name"));
        if (!c.securityGroups().isEmpty()) d.attr("security_group_ids", ids("aws_security_group", c.securityGroups().names()));
        d.attr("port", c.port().orElse((long) engine.defaultPort()));
        // at rest always (transparent to clients); in transit as the model says (clients must speak TLS)
        d.attr("at_rest_encryption_enabled", true);
        d.attr("transit_encryption_enabled", c.encrypted());
        d.attr("tags", tags(c, id));
        d.close().blank();
    }
}
