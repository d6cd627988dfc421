package dev.archkit.facts;

import dev.archkit.model.Location;
import dev.archkit.model.view.Service;
import dev.archkit.model.view.Task;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;

/**
 * A data store a service runs itself: its image is a database, cache, broker or search engine
 * (mysql, postgres, redis, mongo, rabbitmq, elasticsearch...), or an image of its own whose only
 * port is such an engine's (5432, 3306, 6379, 27017...). A second copy of such a container
 * is a second, independent store (or two writers on one volume), not a replica, so no rule may
 * advise scaling it out; the managed service is the advice.
 *
 * @param engine   the engine, as the image names it (postgres, redis...)
 * @param managed  the AWS service that runs it managed (Amazon RDS, ElastiCache...)
 * @param volume   it mounts an EFS or EBS volume (its state outlives the task)
 * @param at       where the image is written
 */
public record SelfManagedStore(String engine, String managed, boolean volume, Location at) {

    private enum Known {
        MYSQL("Amazon RDS or Aurora", 3306, "mysql", "mariadb", "percona"),
        POSTGRES("Amazon RDS or Aurora", 5432, "postgres", "postgresql", "postgis"),
        REDIS("Amazon ElastiCache", 6379, "redis", "valkey", "keydb"),
        MEMCACHED("Amazon ElastiCache", 11211, "memcached"),
        MONGO("Amazon DocumentDB", 27017, "mongo", "mongodb"),
        SEARCH("Amazon OpenSearch Service", 9200, "elasticsearch", "opensearch"),
        BROKER("Amazon MQ", 5672, "rabbitmq", "activemq"),
        KAFKA("Amazon MSK", 9092, "kafka", "cp-kafka"),
        CASSANDRA("Amazon Keyspaces", 9042, "cassandra", "scylla"),
        OBJECTS("Amazon S3", -1, "minio");

        private final String managed;
        private final int port;
        private final String[] images;

        Known(String managed, int port, String... images) {
            this.managed = managed;
            this.port = port;
            this.images = images;
        }
    }

    /** The engines by image name, and by the one port they serve (the first engine written for a port). */
    private static final Map<String, Known> BY_IMAGE = new HashMap<>();
    private static final Map<Integer, Known> BY_PORT = new HashMap<>();
    static {
        for (Known k : Known.values()) {
            for (String i : k.images) BY_IMAGE.put(i, k);
            if (k.port > 0) BY_PORT.putIfAbsent(k.port, k);
        }
    }

    static Optional<SelfManagedStore> of(Service s) {
        String image = s.image().map(v -> v.value()).orElse("");
        if (image.isEmpty()) return Optional.empty();
        int digest = image.indexOf('@');
        int end = digest >= 0 ? digest : image.length();
        int start = image.lastIndexOf('/', end - 1) + 1;
        int colon = image.indexOf(':', start);
        if (colon >= 0 && colon < end) end = colon;
        String name = image.substring(start, end).toLowerCase(Locale.ROOT);
        Known k = BY_IMAGE.get(name);
        if (k != null) return Optional.of(new SelfManagedStore(name, k.managed, volume(s), s.imageAt()));
        // an image of its own (yelb-db, built FROM postgres) serving only an engine's port
        List<Integer> ports = s.ports();
        k = ports.size() == 1 ? BY_PORT.get(ports.get(0)) : null;
        return k == null ? Optional.empty() : Optional.of(new SelfManagedStore(k.images[0], k.managed, volume(s), s.imageAt()));
    }

    /** Whether the service mounts an EFS or EBS volume. */
    private static boolean volume(Service s) {
        for (Task.Volume v : s.volumes()) if (v.type() == Task.VolumeType.EFS || v.type() == Task.VolumeType.EBS) return true;
        return false;
    }
}
