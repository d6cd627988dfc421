package dev.archkit.facts;

import dev.archkit.model.Location;
import dev.archkit.model.view.Service;
import dev.archkit.model.view.Task;

import java.util.List;
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

    static Optional<SelfManagedStore> of(Service s) {
        String image = s.image().map(v -> v.value()).orElse("");
        if (image.isEmpty()) return Optional.empty();
        String repo = image.contains("@") ? image.substring(0, image.indexOf('@')) : image;
        int slash = repo.lastIndexOf('/');
        String name = repo.substring(slash + 1);
        int colon = name.indexOf(':');
        if (colon >= 0) name = name.substring(0, colon);
        name = name.toLowerCase(Locale.ROOT);
        boolean volume = s.volumes().stream().anyMatch(v -> v.type() == Task.VolumeType.EFS || v.type() == Task.VolumeType.EBS);
        for (Known k : Known.values()) {
            for (String i : k.images) {
                if (name.equals(i)) return Optional.of(new SelfManagedStore(i, k.managed, volume, s.imageAt()));
            }
        }
        // an image of its own (yelb-db, built FROM postgres) serving only an engine's port
        List<Integer> ports = s.ports();
        if (ports.size() == 1) {
            for (Known k : Known.values()) {
                if (k.port == ports.get(0)) return Optional.of(new SelfManagedStore(k.images[0], k.managed, volume, s.imageAt()));
            }
        }
        return Optional.empty();
    }
}
