package dev.archkit.facts;

import dev.archkit.model.Location;
import dev.archkit.model.view.Service;
import dev.archkit.model.view.Task;

import java.util.Locale;
import java.util.Optional;

/**
 * A data store a service runs itself: its image is a database, cache, broker or search engine
 * (mysql, postgres, redis, mongo, rabbitmq, elasticsearch...). A second copy of such a container
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
        MYSQL("Amazon RDS or Aurora", "mysql", "mariadb", "percona"),
        POSTGRES("Amazon RDS or Aurora", "postgres", "postgresql", "postgis"),
        REDIS("Amazon ElastiCache", "redis", "valkey", "memcached", "keydb"),
        MONGO("Amazon DocumentDB", "mongo", "mongodb"),
        SEARCH("Amazon OpenSearch Service", "elasticsearch", "opensearch"),
        BROKER("Amazon MQ", "rabbitmq", "activemq"),
        KAFKA("Amazon MSK", "kafka", "cp-kafka", "zookeeper"),
        CASSANDRA("Amazon Keyspaces", "cassandra", "scylla"),
        OBJECTS("Amazon S3", "minio");

        private final String managed;
        private final String[] images;

        Known(String managed, String... images) {
            this.managed = managed;
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
        return Optional.empty();
    }
}
