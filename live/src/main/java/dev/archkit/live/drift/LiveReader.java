package dev.archkit.live.drift;

import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.retry.RetryMode;
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

/**
 * Reads an {@link Inventory} from AWS with the SDK for Java v2, with read-only calls only
 * (describe, list, get: a test fails the build on any other). Paginators for every list; the
 * SDK's standard retry mode for throttling; per-resource calls on a small thread pool. A call
 * that fails (access denied, throttled beyond retries, timeout) is recorded as unreadable with its
 * reason ({@link AwsCalls}), so the drift report can say it is incomplete instead of calling
 * things missing. One reader per AWS service ({@link EcsReading}, {@link Ec2Reading},
 * {@link ElbReading}, {@link AutoScalingReading}, {@link CloudMapReading}, {@link RdsReading},
 * {@link IamReading}, {@link EksReading}); this class makes the clients and puts their answers together.
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
                AwsCalls calls = new AwsCalls(pool);
                EcsReading ecsReading = new EcsReading(ecs, calls);
                Ec2Reading ec2Reading = new Ec2Reading(ec2, calls);
                ElbReading elbReading = new ElbReading(elb, calls);
                List<Inventory.Cluster> clusters = ecsReading.clusters();
                List<Inventory.Service> services = ecsReading.services(clusters);
                List<Inventory.Vpc> vpcs = ec2Reading.vpcs();
                List<Inventory.Subnet> subnets = ec2Reading.subnets();
                List<Inventory.SecurityGroup> sgs = ec2Reading.securityGroups();
                List<Inventory.NatGateway> nats = ec2Reading.natGateways();
                List<Inventory.TargetGroup> tgs = elbReading.targetGroups();
                List<Inventory.LoadBalancer> lbs = elbReading.loadBalancers(tgs);
                List<Inventory.ScalableTarget> targets = new AutoScalingReading(aas, calls).scalableTargets();
                List<Inventory.DiscoveryService> discovery = new CloudMapReading(sd, calls).services();
                List<Inventory.Database> dbs = new RdsReading(rds, calls).databases();
                List<Inventory.Role> roles = new IamReading(iam, calls).roles(services);
                List<Inventory.EksCluster> eksClusters = new EksReading(eks, calls).clusters();
                return new Inventory(Inventory.VERSION, o.region(), clusters, services, vpcs, subnets, sgs, nats, lbs, tgs, targets, discovery, dbs, roles,
                        eksClusters, calls.unreadable()).sorted();
            } catch (AwsCalls.NoCredentials e) {
                throw new CannotRead("no AWS credentials found (" + (o.profile() != null ? "profile '" + o.profile() + "'"
                        : "environment variables, the default profile, web identity, container and instance roles were tried")
                        + "). Configure them (aws configure, AWS_PROFILE or --profile)");
            } finally {
                pool.shutdownNow();
            }
        }
    }
}
