package dev.archkit.gen.terraform;

import dev.archkit.facts.Naming;
import dev.archkit.model.Element;
import dev.archkit.model.Value;

import java.util.List;
import java.util.Locale;

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
    private final TerraformInputs in;

    DataStoreEmitter(TerraformInputs in) { this.in = in; }

    @Override public TfFile file() { return TfFile.DATA; }

    @Override
    public void emit(Hcl.Doc d, Notes notes) {
        for (Element db : in.architecture().elementsOfKind("database")) database(d, notes, db);
        for (Element c : in.architecture().elementsOfKind("cache")) cache(d, notes, c);
    }

    /** A database's engine: as written, else postgres. */
    static String engine(Element db) { return db.string("engine") == null ? "postgres" : db.string("engine"); }

    /** Whether the database is generated at all (Oracle and SQL Server need an edition and licence chosen by hand). */
    static boolean generated(Element db) { return !engine(db).equals("oracle") && !engine(db).equals("sqlserver"); }

    private void database(Hcl.Doc d, Notes notes, Element db) {
        String engine = engine(db);
        String l = Labels.label(db.name());
        String id = Naming.limit(in.awsName(db.name()).toLowerCase(Locale.ROOT), 63);
        if (!db.refs("subnets").isEmpty()) {
            d.open("resource", "aws_db_subnet_group", l);
            d.attr("name", id);
            d.attr("subnet_ids", ids("aws_subnet", db.refs("subnets")));
            d.attr("tags", tags(db, id));
            d.close().blank();
        }
        if (engine.startsWith("aurora")) {
            aurora(d, db, engine, l, id);
            return;
        }
        if (!generated(db)) {
            notes.notGenerated("database '" + db.name() + "' (" + engine + ": choose the edition and licence model by hand)");
            return;
        }
        d.open("resource", "aws_db_instance", l);
        d.attr("identifier", id);
        d.attr("engine", engine);
        if (db.string("version") != null) d.attr("engine_version", db.string("version"));
        d.attr("instance_class", db.string("class") == null ? "db.t3.micro" : db.string("class"));
        d.attr("allocated_storage", db.value("storage") instanceof Value.Size st ? Math.max(20, st.mib() / 1024) : 20);
        d.attr("storage_type", db.string("storage-type") == null ? "gp3" : db.string("storage-type"));
        d.attr("multi_az", db.flag("multi-az"));
        if (!db.flag("multi-az") && db.string("zone") != null) d.attr("availability_zone", db.string("zone"));
        d.attr("username", "dbadmin");
        d.attr("manage_master_user_password", true);
        placement(d, db, l);
        d.attr("storage_encrypted", db.flag("encrypted"));
        d.attr("publicly_accessible", db.flag("public"));
        if (db.value("backup") instanceof Value.Duration b) d.attr("backup_retention_period", b.millis() / 86_400_000L);
        d.attr("deletion_protection", db.flag("deletion-protection"));
        d.attr("skip_final_snapshot", false);
        d.attr("final_snapshot_identifier", id + "-final");
        d.attr("tags", tags(db, id));
        d.close().blank();
        if (db.value("replicas") instanceof Value.IntValue r && r.value() > 0) {
            notes.notGenerated("the " + r.value() + " read replica(s) of database '" + db.name() + "'");
        }
    }

    private void aurora(Hcl.Doc d, Element db, String engine, String l, String id) {
        d.open("resource", "aws_rds_cluster", l);
        d.attr("cluster_identifier", id);
        d.attr("engine", engine);
        if (db.string("version") != null) d.attr("engine_version", db.string("version"));
        d.attr("master_username", "dbadmin");
        d.attr("manage_master_user_password", true);
        placement(d, db, l);
        d.attr("storage_encrypted", db.flag("encrypted"));
        if (db.value("backup") instanceof Value.Duration b) d.attr("backup_retention_period", Math.max(1, b.millis() / 86_400_000L));
        d.attr("deletion_protection", db.flag("deletion-protection"));
        d.attr("skip_final_snapshot", false);
        d.attr("final_snapshot_identifier", id + "-final");
        d.attr("tags", tags(db, id));
        d.close().blank();
        long replicas = db.value("replicas") instanceof Value.IntValue r ? r.value() : 0;
        long instances = 1 + Math.max(replicas, db.flag("multi-az") ? 1 : 0);
        d.open("resource", "aws_rds_cluster_instance", l);
        d.attr("count", instances);
        d.attr("identifier", interp(id + "-${count.index}"));
        d.attr("cluster_identifier", raw("aws_rds_cluster." + l + ".id"));
        d.attr("instance_class", db.string("class") == null ? "db.r6g.large" : db.string("class"));
        d.attr("engine", raw("aws_rds_cluster." + l + ".engine"));
        d.attr("publicly_accessible", db.flag("public"));
        d.attr("tags", tags(db, id));
        d.close().blank();
    }

    /** The subnet group, security groups and port of an RDS instance or Aurora cluster. */
    private static void placement(Hcl.Doc d, Element db, String l) {
        List<String> sgs = db.refs("securitygroups");
        if (!db.refs("subnets").isEmpty()) d.attr("db_subnet_group_name", raw("aws_db_subnet_group." + l + ".name"));
        if (!sgs.isEmpty()) d.attr("vpc_security_group_ids", ids("aws_security_group", sgs));
        if (db.value("port") instanceof Value.IntValue p) d.attr("port", p.value());
    }

    private void cache(Hcl.Doc d, Notes notes, Element c) {
        String engine = c.string("engine") == null ? "redis" : c.string("engine");
        if (engine.equals("memcached")) {
            notes.notGenerated("memcached cluster '" + c.name() + "'");
            return;
        }
        String l = Labels.label(c.name());
        String id = Naming.limit(in.awsName(c.name()).toLowerCase(Locale.ROOT), 40);
        if (!c.refs("subnets").isEmpty()) {
            d.open("resource", "aws_elasticache_subnet_group", l);
            d.attr("name", id);
            d.attr("subnet_ids", ids("aws_subnet", c.refs("subnets")));
            d.attr("tags", tags(c, id));
            d.close().blank();
        }
        long nodes = c.value("nodes") instanceof Value.IntValue n ? n.value() : 1;
        boolean multi = c.flag("multi-az") && nodes > 1;
        d.open("resource", "aws_elasticache_replication_group", l);
        d.attr("replication_group_id", id);
        d.attr("description", "archkit: " + c.name());
        d.attr("engine", engine);
        d.attr("node_type", c.string("class") == null ? "cache.t3.micro" : c.string("class"));
        d.attr("num_cache_clusters", nodes);
        d.attr("automatic_failover_enabled", multi);
        d.attr("multi_az_enabled", multi);
        if (!c.refs("subnets").isEmpty()) d.attr("subnet_group_name", raw("aws_elasticache_subnet_group." + l + ".name"));
        if (!c.refs("securitygroups").isEmpty()) d.attr("security_group_ids", ids("aws_security_group", c.refs("securitygroups")));
        d.attr("port", c.value("port") instanceof Value.IntValue p ? p.value() : 6379);
        d.attr("at_rest_encryption_enabled", c.flag("encrypted"));
        d.attr("transit_encryption_enabled", c.flag("encrypted"));
        d.attr("tags", tags(c, id));
        d.close().blank();
    }
}
