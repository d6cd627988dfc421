package dev.archkit.model.view;

import dev.archkit.model.Element;
import dev.archkit.model.Location;
import dev.archkit.model.Value;

import java.util.List;
import java.util.Optional;

/** An RDS or Aurora database. */
public record Database(Element element) implements View {

    public Database {
        Network.requireKind(Kind.DATABASE, element);
    }

    public enum Engine implements Word {
        MYSQL("mysql", 3306), POSTGRES("postgres", 5432), MARIADB("mariadb", 3306), AURORA_MYSQL("aurora-mysql", 3306),
        AURORA_POSTGRESQL("aurora-postgresql", 5432), ORACLE("oracle", 1521), SQLSERVER("sqlserver", 1433);
        private final String id;
        private final int port;
        Engine(String id, int port) { this.id = id; this.port = port; }
        public String id() { return id; }
        /** The engine's default port. */
        public int defaultPort() { return port; }
        public boolean isAurora() { return this == AURORA_MYSQL || this == AURORA_POSTGRESQL; }
    }

    public enum StorageType implements Word {
        GP2("gp2"), GP3("gp3"), IO1("io1"), IO2("io2"), AURORA("aurora");
        private final String id;
        StorageType(String id) { this.id = id; }
        public String id() { return id; }
    }

    public Optional<Engine> engine() { return Optional.ofNullable(Fields.word(element, "engine", Engine.class)); }

    public Optional<String> version() { return Fields.text(element, "version"); }

    /** The instance class, e.g. db.r6g.large. */
    public Optional<String> instanceClass() { return Fields.text(element, "class"); }

    public boolean multiAz() { return element.flag("multi-az"); }

    public Optional<Value.Size> storage() { return Fields.value(element, "storage", Value.Size.class); }

    public Optional<StorageType> storageType() { return Optional.ofNullable(Fields.word(element, "storage-type", StorageType.class)); }

    /** Read replicas (Aurora: readers); 0 when not written. */
    public long replicas() {
        Long r = Fields.integer(element, "replicas");
        return r == null ? 0 : r;
    }

    /** The zone of a single-AZ instance, when written. */
    /**
     * A copy in another zone that takes over on its own: multi-az, or an Aurora reader (Aurora
     * promotes a reader when the writer fails). An RDS read replica is not one: it is
     * asynchronous and is promoted only by hand.
     */
    public boolean hasStandby() {
        return multiAz() || (replicas() > 0 && engine().map(Engine::isAurora).orElse(false));
    }

    public Optional<String> zone() { return Fields.text(element, "zone"); }

    public Refs subnets() { return Fields.refs(element, "subnets"); }

    public Refs securityGroups() { return Fields.refs(element, "securitygroups"); }

    /** The port as written; the engine's default is a fact ({@code Ports}). */
    public Optional<Long> port() { return Optional.ofNullable(Fields.integer(element, "port")); }

    public boolean encrypted() { return element.flag("encrypted"); }

    public boolean isPublic() { return element.flag("public"); }

    public Optional<Value.Duration> backup() { return Fields.value(element, "backup", Value.Duration.class); }

    public boolean deletionProtection() { return element.flag("deletion-protection"); }

    /** How often a scheduled snapshot is taken ({@code snapshots every 12h}), and where it is written. */
    public Optional<Value.Duration> snapshotEvery() {
        var p = element.property("snapshots");
        return p == null ? Optional.empty() : Fields.field(p, "every", Value.Duration.class);
    }

    public Location snapshotsAt() { return Fields.at(element.property("snapshots")); }

    public Location backupAt() { return Fields.at(element.property("backup")); }

    /** The zones of the read replicas, as written ({@code replica-zones}); empty when not written. */
    public List<String> replicaZones() { return Fields.texts(element.value("replica-zones")); }

    public Location replicaZonesAt() { return Fields.at(element.property("replica-zones")); }

    /** Where {@code class}, {@code multi-az}, {@code storage}, {@code replicas} and {@code public} are written (unknown when not). */
    public Location instanceClassAt() { return Fields.at(element.property("class")); }

    public Location multiAzAt() { return Fields.at(element.property("multi-az")); }

    public Location storageAt() { return Fields.at(element.property("storage")); }

    public Location replicasAt() { return Fields.at(element.property("replicas")); }

    public Location publicAt() { return Fields.at(element.property("public")); }
}
