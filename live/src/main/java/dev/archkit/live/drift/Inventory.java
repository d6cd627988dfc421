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
 *
 * <p>What could not be read is never written as empty: a nested list or value that is null
 * (absent from the snapshot) was not read (a group's rules, a load balancer's listeners, a
 * listener's rules, a role's statements or managed policies, a target's policies, a cluster's node
 * groups, a service's task definition), and {@link #unreadable} says which call failed and for
 * what (its {@code resource}: a cluster, load balancer, role..., or none for a whole list). A top
 * level list is complete unless one of its calls is in {@link #unreadable}.
 *
 * <p>Over 300 lines on purpose: it is the snapshot format, one small record per AWS resource kind
 * it reads, kept in one file so the JSON a snapshot holds reads top to bottom as one schema.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Inventory(int version, String region, List<Cluster> clusters, List<Service> services, List<Vpc> vpcs, List<Subnet> subnets,
                        List<SecurityGroup> securityGroups, List<NatGateway> natGateways, List<LoadBalancer> loadBalancers,
                        List<TargetGroup> targetGroups, List<ScalableTarget> scalableTargets, List<DiscoveryService> discoveryServices,
                        List<Database> databases, List<Role> roles, List<EksCluster> eksClusters, List<Unreadable> unreadable,
                        List<VpcEndpoint> vpcEndpoints, List<RouteTable> routeTables, List<NetworkAcl> networkAcls) {

    public static final int VERSION = 1;

    /**
     * Without the VPC endpoints, route tables and network ACLs: they are then not read (null), as in
     * a snapshot taken before archkit read them, and drift lists them as not checked, never as
     * missing.
     */
    public Inventory(int version, String region, List<Cluster> clusters, List<Service> services, List<Vpc> vpcs, List<Subnet> subnets,
                     List<SecurityGroup> securityGroups, List<NatGateway> natGateways, List<LoadBalancer> loadBalancers,
                     List<TargetGroup> targetGroups, List<ScalableTarget> scalableTargets, List<DiscoveryService> discoveryServices,
                     List<Database> databases, List<Role> roles, List<EksCluster> eksClusters, List<Unreadable> unreadable) {
        this(version, region, clusters, services, vpcs, subnets, securityGroups, natGateways, loadBalancers, targetGroups, scalableTargets,
                discoveryServices, databases, roles, eksClusters, unreadable, null, null, List.of());
    }

    /** The same inventory with these VPC endpoints and route tables (null: not read). */
    public Inventory withRouting(List<VpcEndpoint> endpoints, List<RouteTable> tables) {
        return new Inventory(version, region, clusters, services, vpcs, subnets, securityGroups, natGateways, loadBalancers, targetGroups, scalableTargets,
                discoveryServices, databases, roles, eksClusters, unreadable, endpoints, tables, networkAcls);
    }

    /** The same inventory with other services (for tests and examples that change one part). */
    public Inventory withServices(List<Service> s) {
        return new Inventory(version, region, clusters, s, vpcs, subnets, securityGroups, natGateways, loadBalancers, targetGroups, scalableTargets,
                discoveryServices, databases, roles, eksClusters, unreadable, vpcEndpoints, routeTables, networkAcls);
    }

    /** The same inventory with other security groups. */
    public Inventory withSecurityGroups(List<SecurityGroup> g) {
        return new Inventory(version, region, clusters, services, vpcs, subnets, g, natGateways, loadBalancers, targetGroups, scalableTargets,
                discoveryServices, databases, roles, eksClusters, unreadable, vpcEndpoints, routeTables, networkAcls);
    }

    /** The same inventory with other roles. */
    public Inventory withRoles(List<Role> r) {
        return new Inventory(version, region, clusters, services, vpcs, subnets, securityGroups, natGateways, loadBalancers, targetGroups, scalableTargets,
                discoveryServices, databases, r, eksClusters, unreadable, vpcEndpoints, routeTables, networkAcls);
    }

    /** The same inventory, with these calls recorded as failed. */
    public Inventory withUnreadable(List<Unreadable> u) {
        return new Inventory(version, region, clusters, services, vpcs, subnets, securityGroups, natGateways, loadBalancers, targetGroups, scalableTargets,
                discoveryServices, databases, roles, eksClusters, u, vpcEndpoints, routeTables, networkAcls);
    }

    /** The same inventory, with these network ACLs. */
    public Inventory withNetworkAcls(List<NetworkAcl> n) {
        return new Inventory(version, region, clusters, services, vpcs, subnets, securityGroups, natGateways, loadBalancers, targetGroups, scalableTargets,
                discoveryServices, databases, roles, eksClusters, unreadable, vpcEndpoints, routeTables, n);
    }

    public record Strategy(String provider, int weight, int base) { }

    public record Cluster(String name, String arn, boolean insights, List<Strategy> defaultStrategy, Map<String, String> tags) {
        public Cluster { required(name, "cluster name"); }
    }

    public record Container(String name, String image, List<Integer> ports, List<String> environment, List<String> secrets,
                            String logGroup, boolean healthCheck) { }

    public record TaskDefinition(String family, int revision, String cpu, String memory, String cpuArchitecture,
                                 String taskRole, String executionRole, List<Container> containers) { }

    public record Service(String name, String cluster, String arn, int desiredCount, String launchType, List<Strategy> strategy,
                          List<String> subnets, List<String> securityGroups, boolean publicIp, boolean circuitBreaker, boolean rollback,
                          TaskDefinition task, List<String> targetGroups, int registries, Map<String, String> tags) {
        public Service { required(name, "service name"); required(cluster, "service cluster"); }
    }

    public record Vpc(String id, String cidr, Map<String, String> tags) {
        public Vpc { required(id, "VPC id"); }
    }

    public record Subnet(String id, String vpcId, String cidr, String zone, boolean mapPublicIp, Map<String, String> tags) {
        public Subnet { required(id, "subnet id"); }
    }

    /** A rule: protocol ("-1" for all), ports, and one peer: a CIDR (IPv4 or IPv6), a group id, or a prefix list id. */
    public record SgRule(boolean egress, String protocol, int from, int to, String cidr, String peerGroup, String prefixList, String description) {
        public SgRule { required(protocol, "rule protocol"); }

        /** A rule without a prefix list. */
        public SgRule(boolean egress, String protocol, int from, int to, String cidr, String peerGroup, String description) {
            this(egress, protocol, from, to, cidr, peerGroup, null, description);
        }
    }

    /** {@code rules} null: they could not be read. */
    public record SecurityGroup(String id, String name, String vpcId, List<SgRule> rules, Map<String, String> tags) {
        public SecurityGroup { required(id, "security group id"); required(name, "security group name"); }
    }

    public record NatGateway(String id, String subnetId, String state, Map<String, String> tags) {
        public NatGateway { required(id, "NAT gateway id"); }
    }

    /**
     * A VPC endpoint: the AWS service it reaches ({@code com.amazonaws.REGION.s3}), Gateway or
     * Interface, where: an interface endpoint's subnets, security groups and private DNS, a gateway
     * endpoint's route tables. {@code securityGroups} or {@code privateDns} null: not read (a
     * snapshot taken before archkit read them).
     */
    public record VpcEndpoint(String id, String vpcId, String serviceName, String type, String state, List<String> subnets, List<String> routeTables,
                              List<String> securityGroups, Boolean privateDns, Map<String, String> tags) {
        public VpcEndpoint { required(id, "VPC endpoint id"); }
    }

    /** A route: a destination (CIDR or prefix list) and its target (igw-, nat-, vpce-, pcx-, tgw-... or "local"). */
    public record Route(String destination, String target, String state) { }

    public record RouteTable(String id, String vpcId, boolean main, List<String> subnets, List<Route> routes, Map<String, String> tags) {
        public RouteTable { required(id, "route table id"); }
    }

    /** A network ACL entry: rule number, direction, protocol ("-1" for all), allow or deny, a CIDR, ports (-1 when all). */
    public record AclEntry(int number, boolean egress, String protocol, String action, String cidr, int from, int to) { }

    public record NetworkAcl(String id, String vpcId, boolean isDefault, List<String> subnets, List<AclEntry> entries, Map<String, String> tags) {
        public NetworkAcl { required(id, "network ACL id"); }
    }

    public record ListenerRule(String priority, List<String> paths, List<String> targetGroups) { }

    /** {@code rules} null: they could not be read. */
    public record Listener(String arn, int port, String protocol, List<ListenerRule> rules) { }

    /** {@code listeners} null: they could not be read. */
    public record LoadBalancer(String name, String arn, String type, String scheme, String vpcId, List<String> subnets,
                               List<String> securityGroups, List<Listener> listeners) {
        public LoadBalancer { required(name, "load balancer name"); }
    }

    public record TargetGroup(String name, String arn, int port, String protocol, String targetType, String healthPath,
                              Integer deregistrationDelay, List<String> loadBalancers) {
        public TargetGroup { required(name, "target group name"); }
    }

    public record Policy(String name, String metric, double target) { }

    /** {@code policies} null: they could not be read. */
    public record ScalableTarget(String resourceId, int min, int max, List<Policy> policies) {
        public ScalableTarget { required(resourceId, "scalable target resourceId"); }
    }

    public record DiscoveryService(String id, String name, String namespaceId) {
        public DiscoveryService { required(name, "discovery service name"); }
    }

    public record Database(String identifier, String engine, String instanceClass, boolean multiAz, int storage, boolean publiclyAccessible,
                           String vpcId, Map<String, String> tags) {
        public Database { required(identifier, "database identifier"); }
    }

    public record Statement(String effect, List<String> actions, List<String> resources) { }

    /** {@code statements} or {@code managed} null: they could not be read. */
    public record Role(String name, String arn, List<String> trust, List<Statement> statements, List<String> managed, Map<String, String> tags) {
        public Role { required(name, "role name"); }
    }

    public record NodeGroup(String name, List<String> instanceTypes, int desired, int min, int max, String capacityType) {
        public NodeGroup { required(name, "node group name"); }
    }

    /** {@code nodeGroups} null: they could not be read (all, or some). */
    public record EksCluster(String name, String version, List<NodeGroup> nodeGroups) {
        public EksCluster { required(name, "EKS cluster name"); }
    }

    /**
     * What could not be read, and why: the report is incomplete, and nothing this call could have
     * told about is called missing or changed. {@code resource} is what the call was about (a
     * cluster, a load balancer, a role...), or null for a whole list.
     */
    public record Unreadable(String service, String operation, String resource, String reason) {
        public Unreadable { required(service, "unreadable service"); required(operation, "unreadable operation"); }
    }

    private static void required(Object value, String what) {
        if (value == null) throw new IllegalArgumentException("no " + what);
    }

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    static {
        // a null inside a list ([null]) is an error at its place, not a crash later
        JSON.configOverride(List.class).setSetterInfo(com.fasterxml.jackson.annotation.JsonSetter.Value.forContentNulls(
                com.fasterxml.jackson.annotation.Nulls.FAIL));
    }

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
            String path = e instanceof com.fasterxml.jackson.databind.JsonMappingException m && !m.getPath().isEmpty() ? " at " + path(m) : "";
            Throwable cause = e.getCause() instanceof IllegalArgumentException iae ? iae : null;
            String why = cause != null ? cause.getMessage() : firstLine(e.getOriginalMessage());
            throw new Invalid(origin + at + ": not a valid snapshot" + path + ": " + why + " (take a new one with 'archkit snapshot')");
        }
    }

    private static String path(com.fasterxml.jackson.databind.JsonMappingException m) {
        StringBuilder sb = new StringBuilder();
        for (var r : m.getPath()) {
            if (r.getFieldName() != null) sb.append(sb.length() == 0 ? "" : ".").append(r.getFieldName());
            else if (r.getIndex() >= 0) sb.append('[').append(r.getIndex()).append(']');
        }
        return sb.toString();
    }

    private static String firstLine(String s) {
        if (s == null) return "";
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    static <T> List<T> orEmpty(List<T> l) { return l == null ? List.of() : l; }

    /**
     * Missing lists read as empty; but the VPC endpoints and route tables stay null when absent: a
     * snapshot taken before archkit read them says nothing about them (drift: not checked).
     */
    Inventory withDefaults() {
        return new Inventory(version, region, orEmpty(clusters), orEmpty(services), orEmpty(vpcs), orEmpty(subnets), orEmpty(securityGroups),
                orEmpty(natGateways), orEmpty(loadBalancers), orEmpty(targetGroups), orEmpty(scalableTargets), orEmpty(discoveryServices),
                orEmpty(databases), orEmpty(roles), orEmpty(eksClusters), orEmpty(unreadable), vpcEndpoints, routeTables,
                networkAcls);
    }

    static <T> List<T> sort(List<T> l, Comparator<T> c) {
        if (l == null) return null;   // not read: stays unknown
        List<T> out = new ArrayList<>(l);
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
                    .thenComparing(r -> r.cidr() == null ? "" : r.cidr()).thenComparing(r -> r.peerGroup() == null ? "" : r.peerGroup())
                    .thenComparing(r -> r.prefixList() == null ? "" : r.prefixList())), tags(g.tags())));
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
                        .thenComparing(u -> u.resource() == null ? "" : u.resource())),
                sort(d.vpcEndpoints(), Comparator.comparing(VpcEndpoint::id)),
                sort(d.routeTables(), Comparator.comparing(RouteTable::id)),
                sort(d.networkAcls(), Comparator.comparing(NetworkAcl::id)));
    }
}
