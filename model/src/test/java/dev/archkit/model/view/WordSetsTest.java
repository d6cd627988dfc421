package dev.archkit.model.view;

import dev.archkit.model.schema.KindSpec;
import dev.archkit.model.schema.Schema;
import dev.archkit.model.schema.Signature;
import dev.archkit.model.schema.Slot;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Each word enum of the views has exactly the words the schema accepts there: a word added to one and not the other fails here. */
class WordSetsTest {

    static Stream<Arguments> sets() {
        return Stream.of(
                Arguments.of("service", "runtime", null, Service.Runtime.class),
                Arguments.of("service", "arch", null, Cpu.Arch.class),
                Arguments.of("service", "scale", "metric", Task.Metric.class),
                Arguments.of("service", "deploy", "strategy", Task.Strategy.class),
                Arguments.of("service", "probe", "type", Task.ProbeType.class),
                Arguments.of("service", "secret", "from", Task.SecretStore.class),
                Arguments.of("service", "logs", "driver", Task.LogDriver.class),
                Arguments.of("service", "tracing", null, Task.Tracing.class),
                Arguments.of("service", "volume", "type", Task.VolumeType.class),
                Arguments.of("service", "capacity", "provider", Capacity.Provider.class),
                Arguments.of("cluster", "type", null, Cluster.Type.class),
                Arguments.of("cluster", "endpoint", null, Cluster.EndpointAccess.class),
                Arguments.of("cluster", "network-policy", null, Cluster.NetworkPolicy.class),
                Arguments.of("nodegroup", "capacity", null, NodeGroup.Purchase.class),
                Arguments.of("securitygroup", "ingress", "protocol", SecurityGroup.IpProtocol.class),
                Arguments.of("securitygroup", "egress", "protocol", SecurityGroup.IpProtocol.class),
                Arguments.of("nacl", "ingress", "action", NaclRule.Action.class),
                Arguments.of("nacl", "egress", "action", NaclRule.Action.class),
                Arguments.of("nacl", "ingress", "protocol", SecurityGroup.IpProtocol.class),
                Arguments.of("nacl", "egress", "protocol", SecurityGroup.IpProtocol.class),
                Arguments.of("loadbalancer", "type", null, LoadBalancer.Type.class),
                Arguments.of("loadbalancer", "scheme", null, LoadBalancer.Scheme.class),
                Arguments.of("loadbalancer", "listener", "protocol", LoadBalancer.ListenerProtocol.class),
                Arguments.of("apigateway", "type", null, ApiGateway.Type.class),
                Arguments.of("apigateway", "endpoint", null, ApiGateway.Endpoint.class),
                Arguments.of("apigateway", "authorizer", "type", ApiGateway.AuthorizerType.class),
                Arguments.of("cloudmap", "type", null, CloudMap.Type.class),
                Arguments.of("cloudmap", "routing", null, CloudMap.Routing.class),
                Arguments.of("role", "trust", null, Role.Principal.class),
                Arguments.of("database", "engine", null, Database.Engine.class),
                Arguments.of("database", "storage-type", null, Database.StorageType.class),
                Arguments.of("cache", "engine", null, Cache.Engine.class),
                Arguments.of("table", "billing", null, Table.Billing.class),
                Arguments.of("search", "engine", null, Search.Engine.class),
                Arguments.of("bucket", "type", null, Bucket.Type.class),
                Arguments.of("external", "type", null, External.Type.class),
                Arguments.of("dependency", "protocol", null, Call.Protocol.class),
                Arguments.of("dependency", "retries", "backoff", Call.Backoff.class),
                Arguments.of("dependency", "retries", "on", Call.RetryOn.class));
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("sets")
    <E extends Enum<E> & Word> void theEnumHasTheSchemasWords(String kind, String key, String field, Class<E> type) {
        KindSpec spec = Schema.kind(kind);
        Signature sig = spec.property(key).signature();
        Slot slot = field == null ? sig.slots().get(0) : sig.slots().stream().filter(s -> s.name().equals(field)).findFirst().orElseThrow();
        List<String> words = Arrays.stream(type.getEnumConstants()).map(Word::id).toList();
        assertThat(words).containsExactlyElementsOf(slot.type().words());
    }
}
