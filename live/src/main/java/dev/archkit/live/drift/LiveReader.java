package dev.archkit.live.drift;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.applicationautoscaling.ApplicationAutoScalingClient;
import software.amazon.awssdk.services.applicationautoscaling.model.ServiceNamespace;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ecs.EcsClient;
import software.amazon.awssdk.services.ecs.model.ClusterField;
import software.amazon.awssdk.services.ecs.model.ServiceField;
import software.amazon.awssdk.services.eks.EksClient;
import software.amazon.awssdk.services.elasticloadbalancingv2.ElasticLoadBalancingV2Client;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.rds.RdsClient;
import software.amazon.awssdk.services.servicediscovery.ServiceDiscoveryClient;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * Reads an {@link Inventory} from AWS with the SDK for Java v2, with read-only calls only
 * (describe, list, get: a test fails the build on any other). Paginators for every list; the
 * SDK's standard retry mode for throttling; per-resource calls on a small thread pool. A call
 * that fails (access denied, throttled beyond retries, timeout) is recorded as unreadable with its
 * reason, so the drift report can say it is incomplete instead of calling things missing.
 */
public final class LiveReader {

    /** Where and how to read. {@code endpoint} and {@code credentials} are for tests against a local server. */
    public record Options(String region, String profile, URI endpoint, AwsCredentialsProvider credentials, int concurrency) {
        public static Options of(String region, String profile) { return new Options(region, profile, null, null, 4); }
    }

    /** No credentials, or no region: nothing can be read at all. */
    public static final class CannotRead extends Exception {
        public CannotRead(String m) { super(m); }
    }

    /** The read-only IAM actions this reader uses: the policy 'archkit drift --print-policy' prints. */
    public static final List<String> ACTIONS = List.of(
            "ecs:ListClusters", "ecs:DescribeClusters", "ecs:ListServices", "ecs:DescribeServices", "ecs:DescribeTaskDefinition",
            "ec2:DescribeVpcs", "ec2:DescribeSubnets", "ec2:DescribeSecurityGroups", "ec2:DescribeSecurityGroupRules", "ec2:DescribeNatGateways",
            "elasticloadbalancing:DescribeLoadBalancers", "elasticloadbalancing:DescribeListeners", "elasticloadbalancing:DescribeRules",
            "elasticloadbalancing:DescribeTargetGroups", "elasticloadbalancing:DescribeTargetGroupAttributes",
            "application-autoscaling:DescribeScalableTargets", "application-autoscaling:DescribeScalingPolicies",
            "servicediscovery:ListServices", "servicediscovery:GetService",
            "rds:DescribeDBInstances",
            "iam:GetRole", "iam:ListRolePolicies", "iam:GetRolePolicy", "iam:ListAttachedRolePolicies",
            "eks:ListClusters", "eks:DescribeCluster", "eks:ListNodegroups", "eks:DescribeNodegroup");

    public static String policy() {
        StringBuilder sb = new StringBuilder("{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n    {\n      \"Sid\": \"ArchkitDriftReadOnly\",\n"
                + "      \"Effect\": \"Allow\",\n      \"Action\": [\n");
        for (int i = 0; i < ACTIONS.size(); i++) sb.append("        \"").append(ACTIONS.get(i)).append('"').append(i + 1 < ACTIONS.size() ? ",\n" : "\n");
        return sb.append("      ],\n      \"Resource\": \"*\"\n    }\n  ]\n}\n").toString();
    }

    private final Options o;
    private final List<Inventory.Unreadable> unreadable = Collections.synchronizedList(new ArrayList<>());

    public LiveReader(Options o) {
        this.o = o;
    }

    private ClientOverrideConfiguration overrides() {
        return ClientOverrideConfiguration.builder()
                .retryStrategy(RetryMode.STANDARD)
                .apiCallAttemptTimeout(Duration.ofSeconds(20))
                .apiCallTimeout(Duration.ofSeconds(90))
                .build();
    }

    private <B extends software.amazon.awssdk.awscore.client.builder.AwsClientBuilder<B, C>, C> C build(B builder, SdkHttpClient http, AwsCredentialsProvider creds, Region region) {
        builder.region(region).credentialsProvider(creds).overrideConfiguration(overrides());
        if (o.endpoint() != null) builder.endpointOverride(o.endpoint());
        if (builder instanceof software.amazon.awssdk.core.client.builder.SdkSyncClientBuilder<?, ?> sync) sync.httpClient(http);
        return builder.build();
    }

    public Inventory read() throws CannotRead {
        if (o.region() == null || o.region().isBlank()) {
            throw new CannotRead("no region: pass --region, or set AWS_REGION or a region in the AWS profile");
        }
        Region region = Region.of(o.region());
        AwsCredentialsProvider creds = o.credentials() != null ? o.credentials()
                : o.profile() != null ? ProfileCredentialsProvider.create(o.profile()) : DefaultCredentialsProvider.builder().build();
        try (SdkHttpClient http = UrlConnectionHttpClient.builder().connectionTimeout(Duration.ofSeconds(5)).socketTimeout(Duration.ofSeconds(20)).build();
             EcsClient ecs = build(EcsClient.builder(), http, creds, region);
             Ec2Client ec2 = build(Ec2Client.builder(), http, creds, region);
             ElasticLoadBalancingV2Client elb = build(ElasticLoadBalancingV2Client.builder(), http, creds, region);
             ApplicationAutoScalingClient aas = build(ApplicationAutoScalingClient.builder(), http, creds, region);
             ServiceDiscoveryClient sd = build(ServiceDiscoveryClient.builder(), http, creds, region);
             RdsClient rds = build(RdsClient.builder(), http, creds, region);
             IamClient iam = build(IamClient.builder(), http, creds, Region.AWS_GLOBAL);
             EksClient eks = build(EksClient.builder(), http, creds, region)) {
            ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, o.concurrency()));
            try {
                return read(pool, ecs, ec2, elb, aas, sd, rds, iam, eks);
            } finally {
                pool.shutdownNow();
            }
        }
    }

    /** Runs one read; a failure is recorded (or, for missing credentials, ends the whole read). */
    private <T> T call(String service, String operation, String resource, Supplier<T> body, T fallback) {
        try {
            return body.get();
        } catch (AwsServiceException e) {
            String code = e.awsErrorDetails() == null ? "" : e.awsErrorDetails().errorCode() + ": ";
            String msg = e.awsErrorDetails() == null ? e.getMessage() : e.awsErrorDetails().errorMessage();
            unreadable.add(new Inventory.Unreadable(service, operation, resource, code + (msg == null ? "" : firstLine(msg))));
        } catch (SdkClientException e) {
            if (credentialsProblem(e)) throw new NoCredentials(e);
            unreadable.add(new Inventory.Unreadable(service, operation, resource, firstLine(e.getMessage())));
        } catch (SdkException e) {
            unreadable.add(new Inventory.Unreadable(service, operation, resource, firstLine(e.getMessage())));
        }
        return fallback;
    }

    private static final class NoCredentials extends RuntimeException {
        NoCredentials(Throwable t) { super(t.getMessage(), t); }
    }

    static boolean credentialsProblem(SdkClientException e) {
        String m = String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT);
        return m.contains("unable to load credentials") || m.contains("profile file contained no credentials") || m.contains("no aws profile named");
    }

    static String firstLine(String s) {
        if (s == null) return "";
        int nl = s.indexOf('\n');
        String t = nl < 0 ? s : s.substring(0, nl);
        return t.length() > 300 ? t.substring(0, 300) + "..." : t;
    }

    static Map<String, String> tags(Map<String, String> m) { return m == null || m.isEmpty() ? null : new TreeMap<>(m); }

    private Inventory read(ExecutorService pool, EcsClient ecs, Ec2Client ec2, ElasticLoadBalancingV2Client elb, ApplicationAutoScalingClient aas,
                           ServiceDiscoveryClient sd, RdsClient rds, IamClient iam, EksClient eks) throws CannotRead {
        try {
            // ---- ECS
            List<String> clusterArns = call("ecs", "ListClusters", null, () -> {
                List<String> out = new ArrayList<>();
                ecs.listClustersPaginator(r -> { }).forEach(p -> out.addAll(p.clusterArns()));
                return out;
            }, List.of());
            List<Inventory.Cluster> clusters = new ArrayList<>();
            for (int i = 0; i < clusterArns.size(); i += 100) {
                List<String> batch = clusterArns.subList(i, Math.min(clusterArns.size(), i + 100));
                clusters.addAll(call("ecs", "DescribeClusters", null, () -> {
                    List<Inventory.Cluster> out = new ArrayList<>();
                    for (var c : ecs.describeClusters(r -> r.clusters(batch).include(ClusterField.SETTINGS, ClusterField.TAGS)).clusters()) {
                        boolean insights = c.settings().stream().anyMatch(s -> "containerInsights".equals(s.nameAsString()) && !"disabled".equals(s.value()));
                        List<Inventory.Strategy> st = c.defaultCapacityProviderStrategy().stream()
                                .map(s -> new Inventory.Strategy(s.capacityProvider(), s.weight() == null ? 0 : s.weight(), s.base() == null ? 0 : s.base())).toList();
                        Map<String, String> t = new TreeMap<>();
                        c.tags().forEach(x -> t.put(x.key(), x.value()));
                        out.add(new Inventory.Cluster(c.clusterName(), c.clusterArn(), insights, st, tags(t)));
                    }
                    return out;
                }, List.of()));
            }
            List<Future<List<Inventory.Service>>> serviceJobs = new ArrayList<>();
            for (Inventory.Cluster c : clusters) serviceJobs.add(pool.submit(() -> services(ecs, c)));
            List<Inventory.Service> services = new ArrayList<>();
            for (Future<List<Inventory.Service>> f : serviceJobs) services.addAll(get(f));

            // ---- EC2
            List<Inventory.Vpc> vpcs = call("ec2", "DescribeVpcs", null, () -> {
                List<Inventory.Vpc> out = new ArrayList<>();
                ec2.describeVpcsPaginator(r -> { }).forEach(p -> p.vpcs().forEach(v -> out.add(new Inventory.Vpc(v.vpcId(), v.cidrBlock(), ec2Tags(v.tags())))));
                return out;
            }, List.of());
            List<Inventory.Subnet> subnets = call("ec2", "DescribeSubnets", null, () -> {
                List<Inventory.Subnet> out = new ArrayList<>();
                ec2.describeSubnetsPaginator(r -> { }).forEach(p -> p.subnets().forEach(s -> out.add(new Inventory.Subnet(s.subnetId(), s.vpcId(), s.cidrBlock(),
                        s.availabilityZone(), Boolean.TRUE.equals(s.mapPublicIpOnLaunch()), ec2Tags(s.tags())))));
                return out;
            }, List.of());
            Map<String, List<Inventory.SgRule>> rules = call("ec2", "DescribeSecurityGroupRules", null, () -> {
                Map<String, List<Inventory.SgRule>> out = new LinkedHashMap<>();
                ec2.describeSecurityGroupRulesPaginator(r -> { }).forEach(p -> p.securityGroupRules().forEach(x -> out.computeIfAbsent(x.groupId(), k -> new ArrayList<>())
                        .add(new Inventory.SgRule(Boolean.TRUE.equals(x.isEgress()), x.ipProtocol(), x.fromPort() == null ? -1 : x.fromPort(),
                                x.toPort() == null ? -1 : x.toPort(), x.cidrIpv4() != null ? x.cidrIpv4() : x.cidrIpv6(),
                                x.referencedGroupInfo() == null ? null : x.referencedGroupInfo().groupId(), x.description()))));
                return out;
            }, null);
            List<Inventory.SecurityGroup> sgs = call("ec2", "DescribeSecurityGroups", null, () -> {
                List<Inventory.SecurityGroup> out = new ArrayList<>();
                ec2.describeSecurityGroupsPaginator(r -> { }).forEach(p -> p.securityGroups().forEach(g -> out.add(new Inventory.SecurityGroup(g.groupId(), g.groupName(),
                        g.vpcId(), rules == null ? List.of() : rules.getOrDefault(g.groupId(), List.of()), ec2Tags(g.tags())))));
                return out;
            }, List.of());
            List<Inventory.NatGateway> nats = call("ec2", "DescribeNatGateways", null, () -> {
                List<Inventory.NatGateway> out = new ArrayList<>();
                ec2.describeNatGatewaysPaginator(r -> { }).forEach(p -> p.natGateways().forEach(n -> out.add(new Inventory.NatGateway(n.natGatewayId(), n.subnetId(),
                        n.stateAsString(), ec2Tags(n.tags())))));
                return out;
            }, List.of());

            // ---- ELBv2
            List<Inventory.TargetGroup> tgs0 = call("elasticloadbalancingv2", "DescribeTargetGroups", null, () -> {
                List<Inventory.TargetGroup> out = new ArrayList<>();
                elb.describeTargetGroupsPaginator(r -> { }).forEach(p -> p.targetGroups().forEach(t -> out.add(new Inventory.TargetGroup(t.targetGroupName(),
                        t.targetGroupArn(), t.port() == null ? 0 : t.port(), t.protocolAsString(), t.targetTypeAsString(), t.healthCheckPath(), null, t.loadBalancerArns()))));
                return out;
            }, List.of());
            List<Future<Inventory.TargetGroup>> tgJobs = new ArrayList<>();
            for (Inventory.TargetGroup t : tgs0) tgJobs.add(pool.submit(() -> call("elasticloadbalancingv2", "DescribeTargetGroupAttributes", t.name(), () -> {
                Integer delay = null;
                for (var at : elb.describeTargetGroupAttributes(r -> r.targetGroupArn(t.arn())).attributes()) {
                    if ("deregistration_delay.timeout_seconds".equals(at.key())) delay = Integer.valueOf(at.value());
                }
                return new Inventory.TargetGroup(t.name(), t.arn(), t.port(), t.protocol(), t.targetType(), t.healthPath(), delay, t.loadBalancers());
            }, t)));
            List<Inventory.TargetGroup> tgs = new ArrayList<>();
            for (Future<Inventory.TargetGroup> f : tgJobs) tgs.add(get(f));
            Map<String, String> tgNames = new TreeMap<>();
            for (Inventory.TargetGroup t : tgs) tgNames.put(t.arn(), t.name());
            List<software.amazon.awssdk.services.elasticloadbalancingv2.model.LoadBalancer> rawLbs = call("elasticloadbalancingv2", "DescribeLoadBalancers", null, () -> {
                List<software.amazon.awssdk.services.elasticloadbalancingv2.model.LoadBalancer> out = new ArrayList<>();
                elb.describeLoadBalancersPaginator(r -> { }).forEach(p -> out.addAll(p.loadBalancers()));
                return out;
            }, List.of());
            List<Future<Inventory.LoadBalancer>> lbJobs = new ArrayList<>();
            for (var lb : rawLbs) lbJobs.add(pool.submit(() -> loadBalancer(elb, lb, tgNames)));
            List<Inventory.LoadBalancer> lbs = new ArrayList<>();
            for (Future<Inventory.LoadBalancer> f : lbJobs) lbs.add(get(f));

            // ---- Application Auto Scaling
            Map<String, List<Inventory.Policy>> policies = call("applicationautoscaling", "DescribeScalingPolicies", null, () -> {
                Map<String, List<Inventory.Policy>> out = new TreeMap<>();
                aas.describeScalingPoliciesPaginator(r -> r.serviceNamespace(ServiceNamespace.ECS)).forEach(p -> p.scalingPolicies().forEach(sp -> {
                    var tt = sp.targetTrackingScalingPolicyConfiguration();
                    if (tt == null) return;
                    String metric = tt.predefinedMetricSpecification() == null ? "custom" : tt.predefinedMetricSpecification().predefinedMetricTypeAsString();
                    out.computeIfAbsent(sp.resourceId(), k -> new ArrayList<>()).add(new Inventory.Policy(sp.policyName(), metric, tt.targetValue() == null ? 0 : tt.targetValue()));
                }));
                return out;
            }, Map.of());
            List<Inventory.ScalableTarget> targets = call("applicationautoscaling", "DescribeScalableTargets", null, () -> {
                List<Inventory.ScalableTarget> out = new ArrayList<>();
                aas.describeScalableTargetsPaginator(r -> r.serviceNamespace(ServiceNamespace.ECS)).forEach(p -> p.scalableTargets().forEach(t -> out.add(
                        new Inventory.ScalableTarget(t.resourceId(), t.minCapacity() == null ? 0 : t.minCapacity(), t.maxCapacity() == null ? 0 : t.maxCapacity(),
                                policies.getOrDefault(t.resourceId(), List.of())))));
                return out;
            }, List.of());

            // ---- Cloud Map
            List<Inventory.DiscoveryService> discovery = call("servicediscovery", "ListServices", null, () -> {
                List<Inventory.DiscoveryService> out = new ArrayList<>();
                sd.listServicesPaginator(r -> { }).forEach(p -> p.services().forEach(s -> out.add(new Inventory.DiscoveryService(s.id(), s.name(), null))));
                return out;
            }, List.of());
            List<Future<Inventory.DiscoveryService>> sdJobs = new ArrayList<>();
            for (Inventory.DiscoveryService d : discovery) sdJobs.add(pool.submit(() -> call("servicediscovery", "GetService", d.name(),
                    () -> new Inventory.DiscoveryService(d.id(), d.name(), sd.getService(r -> r.id(d.id())).service().namespaceId()), d)));
            List<Inventory.DiscoveryService> discovered = new ArrayList<>();
            for (Future<Inventory.DiscoveryService> f : sdJobs) discovered.add(get(f));

            // ---- RDS
            List<Inventory.Database> dbs = call("rds", "DescribeDBInstances", null, () -> {
                List<Inventory.Database> out = new ArrayList<>();
                rds.describeDBInstancesPaginator(r -> { }).forEach(p -> p.dbInstances().forEach(d -> {
                    Map<String, String> t = new TreeMap<>();
                    d.tagList().forEach(x -> t.put(x.key(), x.value()));
                    out.add(new Inventory.Database(d.dbInstanceIdentifier(), d.engine(), d.dbInstanceClass(), Boolean.TRUE.equals(d.multiAZ()),
                            d.allocatedStorage() == null ? 0 : d.allocatedStorage(), Boolean.TRUE.equals(d.publiclyAccessible()),
                            d.dbSubnetGroup() == null ? null : d.dbSubnetGroup().vpcId(), tags(t)));
                }));
                return out;
            }, List.of());

            // ---- IAM: the roles the task definitions use
            TreeSet<String> roleNames = new TreeSet<>();
            for (Inventory.Service s : services) {
                if (s.task() == null) continue;
                for (String arn : new String[] {s.task().taskRole(), s.task().executionRole()}) if (arn != null) roleNames.add(arn.substring(arn.lastIndexOf('/') + 1));
            }
            List<Future<Inventory.Role>> roleJobs = new ArrayList<>();
            for (String n : roleNames) roleJobs.add(pool.submit(() -> role(iam, n)));
            List<Inventory.Role> roles = new ArrayList<>();
            for (Future<Inventory.Role> f : roleJobs) {
                Inventory.Role r = get(f);
                if (r != null) roles.add(r);
            }

            // ---- EKS
            List<String> eksNames = call("eks", "ListClusters", null, () -> {
                List<String> out = new ArrayList<>();
                eks.listClustersPaginator(r -> { }).forEach(p -> out.addAll(p.clusters()));
                return out;
            }, List.of());
            List<Inventory.EksCluster> eksClusters = new ArrayList<>();
            for (String n : eksNames) {
                Inventory.EksCluster c = call("eks", "DescribeCluster", n, () -> {
                    String version = eks.describeCluster(r -> r.name(n)).cluster().version();
                    List<Inventory.NodeGroup> ngs = new ArrayList<>();
                    for (var page : eks.listNodegroupsPaginator(r -> r.clusterName(n))) {
                        for (String ng : page.nodegroups()) {
                            Inventory.NodeGroup g = call("eks", "DescribeNodegroup", n + "/" + ng, () -> {
                                var x = eks.describeNodegroup(r -> r.clusterName(n).nodegroupName(ng)).nodegroup();
                                var sc = x.scalingConfig();
                                return new Inventory.NodeGroup(x.nodegroupName(), x.instanceTypes(), sc == null ? 0 : sc.desiredSize(), sc == null ? 0 : sc.minSize(),
                                        sc == null ? 0 : sc.maxSize(), x.capacityTypeAsString());
                            }, null);
                            if (g != null) ngs.add(g);
                        }
                    }
                    return new Inventory.EksCluster(n, version, ngs);
                }, null);
                if (c != null) eksClusters.add(c);
            }
            return new Inventory(Inventory.VERSION, o.region(), clusters, services, vpcs, subnets, sgs, nats, lbs, tgs, targets, discovered, dbs, roles,
                    eksClusters, new ArrayList<>(unreadable)).sorted();
        } catch (NoCredentials e) {
            throw new CannotRead("no AWS credentials found (" + (o.profile() != null ? "profile '" + o.profile() + "'"
                    : "environment variables, the default profile, web identity, container and instance roles were tried")
                    + "). Configure them (aws configure, AWS_PROFILE or --profile)");
        }
    }

    private <T> T get(Future<T> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof NoCredentials n) throw n;
            throw new IllegalStateException(e.getCause());
        }
    }

    static Map<String, String> ec2Tags(List<software.amazon.awssdk.services.ec2.model.Tag> t) {
        Map<String, String> m = new TreeMap<>();
        if (t != null) t.forEach(x -> m.put(x.key(), x.value()));
        return tags(m);
    }

    private List<Inventory.Service> services(EcsClient ecs, Inventory.Cluster c) {
        List<String> arns = call("ecs", "ListServices", c.name(), () -> {
            List<String> out = new ArrayList<>();
            ecs.listServicesPaginator(r -> r.cluster(c.arn())).forEach(p -> out.addAll(p.serviceArns()));
            return out;
        }, List.of());
        List<Inventory.Service> out = new ArrayList<>();
        for (int i = 0; i < arns.size(); i += 10) {   // DescribeServices takes at most 10
            List<String> batch = arns.subList(i, Math.min(arns.size(), i + 10));
            out.addAll(call("ecs", "DescribeServices", c.name(), () -> {
                List<Inventory.Service> got = new ArrayList<>();
                for (var s : ecs.describeServices(r -> r.cluster(c.arn()).services(batch).include(ServiceField.TAGS)).services()) {
                    var net = s.networkConfiguration() == null ? null : s.networkConfiguration().awsvpcConfiguration();
                    var cb = s.deploymentConfiguration() == null ? null : s.deploymentConfiguration().deploymentCircuitBreaker();
                    Inventory.TaskDefinition td = call("ecs", "DescribeTaskDefinition", s.serviceName(), () -> task(ecs, s.taskDefinition()), null);
                    Map<String, String> t = new TreeMap<>();
                    s.tags().forEach(x -> t.put(x.key(), x.value()));
                    got.add(new Inventory.Service(s.serviceName(), c.name(), s.serviceArn(), s.desiredCount() == null ? 0 : s.desiredCount(), s.launchTypeAsString(),
                            s.capacityProviderStrategy().stream().map(x -> new Inventory.Strategy(x.capacityProvider(), x.weight() == null ? 0 : x.weight(),
                                    x.base() == null ? 0 : x.base())).toList(),
                            net == null ? List.of() : net.subnets(), net == null ? List.of() : net.securityGroups(),
                            net != null && "ENABLED".equals(net.assignPublicIpAsString()),
                            cb != null && Boolean.TRUE.equals(cb.enable()), cb != null && Boolean.TRUE.equals(cb.rollback()), td,
                            s.loadBalancers().stream().map(l -> l.targetGroupArn()).filter(java.util.Objects::nonNull).toList(),
                            s.serviceRegistries().size(), tags(t)));
                }
                return got;
            }, List.of()));
        }
        return out;
    }

    private static Inventory.TaskDefinition task(EcsClient ecs, String arn) {
        var td = ecs.describeTaskDefinition(r -> r.taskDefinition(arn)).taskDefinition();
        List<Inventory.Container> cs = new ArrayList<>();
        for (var c : td.containerDefinitions()) {
            String group = c.logConfiguration() == null ? null : c.logConfiguration().options().get("awslogs-group");
            // environment values are not kept: they may be secrets; names are enough to compare
            cs.add(new Inventory.Container(c.name(), c.image(), c.portMappings().stream().map(p -> p.containerPort()).filter(java.util.Objects::nonNull).toList(),
                    c.environment().stream().map(kv -> kv.name()).sorted().toList(), c.secrets().stream().map(x -> x.name()).sorted().toList(),
                    group, c.healthCheck() != null));
        }
        return new Inventory.TaskDefinition(td.family(), td.revision() == null ? 0 : td.revision(), td.cpu(), td.memory(),
                td.runtimePlatform() == null ? null : td.runtimePlatform().cpuArchitectureAsString(), td.taskRoleArn(), td.executionRoleArn(), cs);
    }

    private Inventory.LoadBalancer loadBalancer(ElasticLoadBalancingV2Client elb, software.amazon.awssdk.services.elasticloadbalancingv2.model.LoadBalancer lb,
                                                Map<String, String> tgNames) {
        List<Inventory.Listener> listeners = call("elasticloadbalancingv2", "DescribeListeners", lb.loadBalancerName(), () -> {
            List<Inventory.Listener> out = new ArrayList<>();
            elb.describeListenersPaginator(r -> r.loadBalancerArn(lb.loadBalancerArn())).forEach(p -> p.listeners().forEach(l -> {
                List<Inventory.ListenerRule> rules = call("elasticloadbalancingv2", "DescribeRules", lb.loadBalancerName() + ":" + l.port(), () -> {
                    List<Inventory.ListenerRule> rs = new ArrayList<>();
                    for (var rule : elb.describeRules(r -> r.listenerArn(l.listenerArn())).rules()) {
                        if (Boolean.TRUE.equals(rule.isDefault())) continue;
                        List<String> paths = new ArrayList<>();
                        for (var c : rule.conditions()) {
                            if (c.pathPatternConfig() != null) paths.addAll(c.pathPatternConfig().values());
                            else if ("path-pattern".equals(c.field())) paths.addAll(c.values());
                        }
                        List<String> targets = new ArrayList<>();
                        for (var act : rule.actions()) if (act.targetGroupArn() != null) targets.add(tgNames.getOrDefault(act.targetGroupArn(), act.targetGroupArn()));
                        rs.add(new Inventory.ListenerRule(rule.priority(), paths, targets));
                    }
                    return rs;
                }, List.of());
                out.add(new Inventory.Listener(l.listenerArn(), l.port() == null ? 0 : l.port(), l.protocolAsString(), rules));
            }));
            return out;
        }, List.of());
        return new Inventory.LoadBalancer(lb.loadBalancerName(), lb.loadBalancerArn(), lb.typeAsString(), lb.schemeAsString(), lb.vpcId(),
                lb.availabilityZones().stream().map(z -> z.subnetId()).toList(), lb.securityGroups(), listeners);
    }

    private Inventory.Role role(IamClient iam, String name) {
        return call("iam", "GetRole", name, () -> {
            var r = iam.getRole(b -> b.roleName(name)).role();
            List<String> trust = new ArrayList<>();
            for (Inventory.Statement st : statements(r.assumeRolePolicyDocument())) trust.addAll(st.resources());
            List<Inventory.Statement> statements = new ArrayList<>();
            List<String> inline = call("iam", "ListRolePolicies", name, () -> {
                List<String> out = new ArrayList<>();
                iam.listRolePoliciesPaginator(b -> b.roleName(name)).forEach(p -> out.addAll(p.policyNames()));
                return out;
            }, List.of());
            for (String p : inline) {
                statements.addAll(call("iam", "GetRolePolicy", name + "/" + p,
                        () -> statements(iam.getRolePolicy(b -> b.roleName(name).policyName(p)).policyDocument()), List.of()));
            }
            List<String> managed = call("iam", "ListAttachedRolePolicies", name, () -> {
                List<String> out = new ArrayList<>();
                iam.listAttachedRolePoliciesPaginator(b -> b.roleName(name)).forEach(p -> p.attachedPolicies().forEach(a -> out.add(a.policyArn())));
                return out;
            }, List.of());
            Map<String, String> t = new TreeMap<>();
            r.tags().forEach(x -> t.put(x.key(), x.value()));
            return new Inventory.Role(r.roleName(), r.arn(), trust, statements, managed, tags(t));
        }, null);
    }

    /**
     * The statements of a policy document (IAM returns them URL-encoded). For a trust policy the
     * principals' services are returned as the statement's resources.
     */
    static List<Inventory.Statement> statements(String document) {
        if (document == null) return List.of();
        List<Inventory.Statement> out = new ArrayList<>();
        try {
            JsonNode root = new ObjectMapper().readTree(URLDecoder.decode(document, StandardCharsets.UTF_8));
            JsonNode st = root.get("Statement");
            List<JsonNode> list = new ArrayList<>();
            if (st != null && st.isArray()) st.forEach(list::add);
            else if (st != null) list.add(st);
            for (JsonNode s : list) {
                List<String> resources = strings(s.get("Resource"));
                if (s.has("Principal") && s.get("Principal").has("Service")) resources = strings(s.get("Principal").get("Service"));
                out.add(new Inventory.Statement(s.path("Effect").asText("Allow"), strings(s.get("Action")), resources));
            }
        } catch (Exception e) {
            out.add(new Inventory.Statement("Unreadable", List.of(), List.of()));
        }
        return out;
    }

    static List<String> strings(JsonNode n) {
        List<String> out = new ArrayList<>();
        if (n == null) return out;
        if (n.isArray()) n.forEach(x -> out.add(x.asText()));
        else out.add(n.asText());
        return out;
    }
}
