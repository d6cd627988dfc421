package dev.archkit.live.drift;

import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.applicationautoscaling.ApplicationAutoScalingClient;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ecs.EcsClient;
import software.amazon.awssdk.services.eks.EksClient;
import software.amazon.awssdk.services.elasticloadbalancingv2.ElasticLoadBalancingV2Client;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.rds.RdsClient;
import software.amazon.awssdk.services.servicediscovery.ServiceDiscoveryClient;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads an {@link Inventory} from AWS with the SDK for Java v2, with read-only calls only
 * (describe, list, get: a test fails the build on any other). Paginators for every list; the
 * SDK's adaptive retry strategy (client-side rate limiting, exponential backoff with full jitter)
 * with more attempts than the standard three; per-resource calls on a bounded pool, one AWS service
 * at a time. A call that fails (access denied, throttled beyond the retries, a server error, a
 * timeout) is recorded as unreadable with what it was about ({@link AwsCalls}), so the drift
 * report can say what is unknown instead of calling things missing. Region and credentials come
 * from the SDK's default chains ({@link AwsSetup}); which source was used is told to
 * {@link Options#notes}. One reader per AWS service; this class makes the clients and puts their
 * answers together.
 */
public final class LiveReader {

    /** How hard to retry: attempts per call, backoff base and cap, and the time one attempt may take. */
    public record Retry(int attempts, Duration base, Duration cap, Duration attemptTimeout) {
        /** For real accounts: ten attempts, 100 ms doubling to at most 20 s, jittered. */
        public static final Retry DEFAULT = new Retry(10, Duration.ofMillis(100), Duration.ofSeconds(20), Duration.ofSeconds(20));
    }

    /**
     * Where and how to read. {@code regionSource} names where a given region came from (--region,
     * the architecture); {@code roles} are IAM roles to read in full besides those ECS tasks may
     * assume. {@code endpoint} and {@code credentials} are for tests against a local server.
     */
    public record Options(String region, String regionSource, String profile, URI endpoint, AwsCredentialsProvider credentials, int concurrency,
                          Retry retry, Set<String> roles, Progress.Listener progress, Consumer<String> notes) {
        public static Options of(String region, String profile) {
            return new Options(region, "--region", profile, null, null, 4, Retry.DEFAULT, Set.of(), Progress.Listener.NONE, n -> { });
        }

        public Options withConcurrency(int n) { return new Options(region, regionSource, profile, endpoint, credentials, n, retry, roles, progress, notes); }

        public Options withRoles(Set<String> r) { return new Options(region, regionSource, profile, endpoint, credentials, concurrency, retry, r, progress, notes); }

        public Options withProgress(Progress.Listener p) { return new Options(region, regionSource, profile, endpoint, credentials, concurrency, retry, roles, p, notes); }

        public Options withNotes(Consumer<String> n) { return new Options(region, regionSource, profile, endpoint, credentials, concurrency, retry, roles, progress, n); }

        public Options withRegionSource(String s) { return new Options(region, s, profile, endpoint, credentials, concurrency, retry, roles, progress, notes); }
    }

    /** No credentials, or no region: nothing can be read at all. */
    public static final class CannotRead extends Exception {
        public CannotRead(String m) { super(m); }
    }

    /** The read-only IAM actions this reader uses: the policy 'archkit drift --print-policy' prints. */
    public static final List<String> ACTIONS = List.of(
            "ecs:ListClusters", "ecs:DescribeClusters", "ecs:ListServices", "ecs:DescribeServices", "ecs:DescribeTaskDefinition",
            "ec2:DescribeVpcs", "ec2:DescribeSubnets", "ec2:DescribeSecurityGroups", "ec2:DescribeSecurityGroupRules", "ec2:DescribeNatGateways",
            "ec2:DescribeVpcEndpoints", "ec2:DescribeRouteTables", "ec2:DescribeNetworkAcls",
            "elasticloadbalancing:DescribeLoadBalancers", "elasticloadbalancing:DescribeListeners", "elasticloadbalancing:DescribeRules",
            "elasticloadbalancing:DescribeTargetGroups", "elasticloadbalancing:DescribeTargetGroupAttributes",
            "application-autoscaling:DescribeScalableTargets", "application-autoscaling:DescribeScalingPolicies",
            "servicediscovery:ListServices", "servicediscovery:GetService",
            "rds:DescribeDBInstances",
            "iam:ListRoles", "iam:GetRole", "iam:ListRolePolicies", "iam:GetRolePolicy", "iam:ListAttachedRolePolicies",
            "eks:ListClusters", "eks:DescribeCluster", "eks:ListNodegroups", "eks:DescribeNodegroup");

    public static String policy() {
        StringBuilder sb = new StringBuilder("{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n    {\n      \"Sid\": \"ArchkitDriftReadOnly\",\n"
                + "      \"Effect\": \"Allow\",\n      \"Action\": [\n");
        for (int i = 0; i < ACTIONS.size(); i++) sb.append("        \"").append(ACTIONS.get(i)).append('"').append(i + 1 < ACTIONS.size() ? ",\n" : "\n");
        return sb.append("      ],\n      \"Resource\": \"*\"\n    }\n  ]\n}\n").toString();
    }

    private final Options o;

    public LiveReader(Options o) {
        this.o = o;
    }

    private ClientOverrideConfiguration overrides(Progress.Sink sink) {
        Retry r = o.retry();
        return ClientOverrideConfiguration.builder()
                .retryStrategy(AwsRetryStrategy.adaptiveRetryStrategy().toBuilder()
                        .maxAttempts(r.attempts())
                        .backoffStrategy(BackoffStrategy.exponentialDelay(r.base(), r.cap()))
                        .throttlingBackoffStrategy(BackoffStrategy.exponentialDelay(r.base(), r.cap()))
                        .build())
                .apiCallAttemptTimeout(r.attemptTimeout())
                .apiCallTimeout(r.attemptTimeout().multipliedBy(r.attempts()).plus(r.cap().multipliedBy(r.attempts())))
                .addMetricPublisher(sink)
                .build();
    }

    private <B extends software.amazon.awssdk.awscore.client.builder.AwsClientBuilder<B, C>, C> C build(B builder, SdkHttpClient http, AwsCredentialsProvider creds,
                                                                                                       Region region, Progress.Sink sink) {
        builder.region(region).credentialsProvider(creds).overrideConfiguration(overrides(sink));
        if (o.endpoint() != null) builder.endpointOverride(o.endpoint());
        if (builder instanceof software.amazon.awssdk.core.client.builder.SdkSyncClientBuilder<?, ?> sync) sync.httpClient(http);
        return builder.build();
    }

    public Inventory read() throws CannotRead {
        AwsSetup.Resolved<Region> region = AwsSetup.region(o.region(), o.regionSource(), o.profile());
        AwsSetup.Resolved<AwsCredentialsProvider> creds = AwsSetup.credentials(o.credentials(), o.profile());
        o.notes().accept("reading " + region.value().id() + " (region from " + region.source() + ") with credentials from " + creds.source());
        Progress.Sink sink = new Progress.Sink(o.progress());
        try (SdkHttpClient http = UrlConnectionHttpClient.builder().connectionTimeout(Duration.ofSeconds(5)).socketTimeout(o.retry().attemptTimeout()).build();
             EcsClient ecs = build(EcsClient.builder(), http, creds.value(), region.value(), sink);
             Ec2Client ec2 = build(Ec2Client.builder(), http, creds.value(), region.value(), sink);
             ElasticLoadBalancingV2Client elb = build(ElasticLoadBalancingV2Client.builder(), http, creds.value(), region.value(), sink);
             ApplicationAutoScalingClient aas = build(ApplicationAutoScalingClient.builder(), http, creds.value(), region.value(), sink);
             ServiceDiscoveryClient sd = build(ServiceDiscoveryClient.builder(), http, creds.value(), region.value(), sink);
             RdsClient rds = build(RdsClient.builder(), http, creds.value(), region.value(), sink);
             IamClient iam = build(IamClient.builder(), http, creds.value(), Region.AWS_GLOBAL, sink);
             EksClient eks = build(EksClient.builder(), http, creds.value(), region.value(), sink)) {
            ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, o.concurrency()));
            try {
                AwsCalls calls = new AwsCalls(pool, sink);
                EcsReading ecsReading = new EcsReading(ecs, calls);
                Ec2Reading ec2Reading = new Ec2Reading(ec2, calls);
                ElbReading elbReading = new ElbReading(elb, calls);
                sink.phase("ECS");
                List<Inventory.Cluster> clusters = ecsReading.clusters();
                List<Inventory.Service> services = ecsReading.services(clusters);
                sink.phase("EC2");
                List<Inventory.Vpc> vpcs = ec2Reading.vpcs();
                List<Inventory.Subnet> subnets = ec2Reading.subnets();
                List<Inventory.SecurityGroup> sgs = ec2Reading.securityGroups();
                List<Inventory.NatGateway> nats = ec2Reading.natGateways();
                List<Inventory.VpcEndpoint> endpoints = ec2Reading.vpcEndpoints();
                List<Inventory.RouteTable> routeTables = ec2Reading.routeTables();
                List<Inventory.NetworkAcl> acls = ec2Reading.networkAcls();
                sink.phase("Elastic Load Balancing");
                List<Inventory.TargetGroup> tgs = elbReading.targetGroups();
                List<Inventory.LoadBalancer> lbs = elbReading.loadBalancers(tgs);
                sink.phase("Application Auto Scaling");
                List<Inventory.ScalableTarget> targets = new AutoScalingReading(aas, calls).scalableTargets();
                sink.phase("Cloud Map");
                List<Inventory.DiscoveryService> discovery = new CloudMapReading(sd, calls).services();
                sink.phase("RDS");
                List<Inventory.Database> dbs = new RdsReading(rds, calls).databases();
                sink.phase("IAM");
                List<Inventory.Role> roles = new IamReading(iam, calls).roles(services, o.roles());
                sink.phase("EKS");
                List<Inventory.EksCluster> eksClusters = new EksReading(eks, calls).clusters();
                sink.phase("done");
                return new Inventory(Inventory.VERSION, region.value().id(), clusters, services, vpcs, subnets, sgs, nats, lbs, tgs, targets, discovery, dbs, roles,
                        eksClusters, calls.unreadable(), endpoints, routeTables, acls).sorted();
            } catch (AwsCalls.NoCredentials e) {
                throw new CannotRead("the AWS credentials stopped working: " + AwsCalls.firstLine(e.getMessage()));
            } finally {
                pool.shutdownNow();
            }
        }
    }
}
