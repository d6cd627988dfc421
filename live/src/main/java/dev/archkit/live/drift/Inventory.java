package dev.archkit.live.drift;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What runs in an AWS account and region, as far as archkit compares it with a model: read live
 * by {@link LiveReader} or from a snapshot file. It holds no secret values: container
 * environment variables are kept by name only, secrets by reference. Lists are sorted, so a
 * snapshot of the same account is the same text.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Inventory(int version, String region, List<Cluster> clusters, List<Service> services, List<Vpc> vpcs, List<Subnet> subnets,
                        List<SecurityGroup> securityGroups, List<NatGateway> natGateways, List<LoadBalancer> loadBalancers,
                        List<TargetGroup> targetGroups, List<ScalableTarget> scalableTargets, List<DiscoveryService> discoveryServices,
                        List<Database> databases, List<Role> roles, List<EksCluster> eksClusters, List<Unreadable> unreadable) {

    public static final int VERSION = 1;

    public record Strategy(String provider, int weight, int base) { }

    public record Cluster(String name, String arn, boolean insights, List<Strategy> defaultStrategy, Map<String, String> tags) { }

    public record Container(String name, String image, List<Integer> ports, List<String> environment, List<String> secrets,
                            String logGroup, boolean healthCheck) { }

    public record TaskDefinition(String family, int revision, String cpu, String memory, String cpuArchitecture,
                                 String taskRole, String executionRole, List<Container> containers) { }

    public record Service(String name, String cluster, String arn, int desiredCount, String launchType, List<Strategy> strategy,
                          List<String> subnets, List<String> securityGroups, boolean publicIp, boolean circuitBreaker, boolean rollback,
                          TaskDefinition task, List<String> targetGroups, int registries, Map<String, String> tags) { }

    public record Vpc(String id, String cidr, Map<String, String> tags) { }

    public record Subnet(String id, String vpcId, String cidr, String zone, boolean mapPublicIp, Map<String, String> tags) { }

    /** A rule: protocol ("-1" for all), ports, and one peer (a CIDR or a group id). */
    public record SgRule(boolean egress, String protocol, int from, int to, String cidr, String peerGroup, String description) { }

    public record SecurityGroup(String id, String name, String vpcId, List<SgRule> rules, Map<String, String> tags) { }

    public record NatGateway(String id, String subnetId, String state, Map<String, String> tags) { }

    public record ListenerRule(String priority, List<String> paths, List<String> targetGroups) { }

    public record Listener(String arn, int port, String protocol, List<ListenerRule> rules) { }

    public record LoadBalancer(String name, String arn, String type, String scheme, String vpcId, List<String> subnets,
                               List<String> securityGroups, List<Listener> listeners) { }

    public record TargetGroup(String name, String arn, int port, String protocol, String targetType, String healthPath,
                              Integer deregistrationDelay, List<String> loadBalancers) { }

    public record Policy(String name, String metric, double target) { }

    public record ScalableTarget(String resourceId, int min, int max, List<Policy> policies) { }

    public record DiscoveryService(String id, String name, String namespaceId) { }

    public record Database(String identifier, String engine, String instanceClass, boolean multiAz, int storage, boolean publiclyAccessible,
                           String vpcId, Map<String, String> tags) { }

    public record Statement(String effect, List<String> actions, List<String> resources) { }

    public record Role(String name, String arn, List<String> trust, List<Statement> statements, List<String> managed, Map<String, String> tags) { }

    public record NodeGroup(String name, List<String> instanceTypes, int desired, int min, int max, String capacityType) { }

    public record EksCluster(String name, String version, List<NodeGroup> nodeGroups) { }

    /** What could not be read, and why: the report is incomplete, and nothing of this kind is called missing. */
    public record Unreadable(String service, String operation, String resource, String reason) { }

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** The snapshot text: stable order, two-space JSON. */
    public String toJson() {
        try {
            return JSON.writeValueAsString(sorted()) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Thrown for a snapshot that cannot be read; the message says where and why. */
    public static final class Invalid extends Exception {
        public Invalid(String m) { super(m); }
    }

    public static Inventory fromJson(String origin, String text) throws Invalid {
        try {
            Inventory i = JSON.readValue(text, Inventory.class);
            if (i == null || i.region() == null) throw new Invalid(origin + ": not an archkit snapshot (no 'region'); write one with 'archkit snapshot'");
            if (i.version() != VERSION) throw new Invalid(origin + ": snapshot format " + i.version() + " is not " + VERSION + "; take a new snapshot");
            return i.withDefaults();
        } catch (JsonProcessingException e) {
            String at = e.getLocation() == null ? "" : ":" + e.getLocation().getLineNr() + ":" + e.getLocation().getColumnNr();
            throw new Invalid(origin + at + ": not a valid snapshot: " + e.getOriginalMessage());
        }
    }

    static <T> List<T> orEmpty(List<T> l) { return l == null ? List.of() : l; }

    /** Missing lists read as empty. */
    Inventory withDefaults() {
        return new Inventory(version, region, orEmpty(clusters), orEmpty(services), orEmpty(vpcs), orEmpty(subnets), orEmpty(securityGroups),
                orEmpty(natGateways), orEmpty(loadBalancers), orEmpty(targetGroups), orEmpty(scalableTargets), orEmpty(discoveryServices),
                orEmpty(databases), orEmpty(roles), orEmpty(eksClusters), orEmpty(unreadable));
    }

    static <T> List<T> sort(List<T> l, Comparator<T> c) {
        List<T> out = new ArrayList<>(orEmpty(l));
        out.sort(c);
        return out;
    }

    static Map<String, String> tags(Map<String, String> m) { return m == null ? Map.of() : new TreeMap<>(m); }

    Inventory sorted() {
        Inventory d = withDefaults();
        List<SecurityGroup> sgs = new ArrayList<>();
        for (SecurityGroup g : d.securityGroups()) {
            sgs.add(new SecurityGroup(g.id(), g.name(), g.vpcId(), sort(g.rules(), Comparator.comparing((SgRule r) -> r.egress())
                    .thenComparing(r -> r.protocol()).thenComparingInt(r -> r.from()).thenComparingInt(r -> r.to())
                    .thenComparing(r -> r.cidr() == null ? "" : r.cidr()).thenComparing(r -> r.peerGroup() == null ? "" : r.peerGroup())), tags(g.tags())));
        }
        return new Inventory(VERSION, d.region(),
                sort(d.clusters(), Comparator.comparing(Cluster::name)),
                sort(d.services(), Comparator.comparing(Service::cluster).thenComparing(Service::name)),
                sort(d.vpcs(), Comparator.comparing(Vpc::id)),
                sort(d.subnets(), Comparator.comparing(Subnet::id)),
                sort(sgs, Comparator.comparing(SecurityGroup::id)),
                sort(d.natGateways(), Comparator.comparing(NatGateway::id)),
                sort(d.loadBalancers(), Comparator.comparing(LoadBalancer::name)),
                sort(d.targetGroups(), Comparator.comparing(TargetGroup::name)),
                sort(d.scalableTargets(), Comparator.comparing(ScalableTarget::resourceId)),
                sort(d.discoveryServices(), Comparator.comparing(DiscoveryService::name)),
                sort(d.databases(), Comparator.comparing(Database::identifier)),
                sort(d.roles(), Comparator.comparing(Role::name)),
                sort(d.eksClusters(), Comparator.comparing(EksCluster::name)),
                sort(d.unreadable(), Comparator.comparing(Unreadable::service).thenComparing(Unreadable::operation)
                        .thenComparing(u -> u.resource() == null ? "" : u.resource())));
    }
}
