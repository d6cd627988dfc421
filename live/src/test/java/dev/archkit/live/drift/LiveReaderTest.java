package dev.archkit.live.drift;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reader against a local HTTP server that answers in the services' documented wire formats
 * (JSON 1.1 for ECS, EC2 query XML, ELBv2 query XML) and refuses every other call with the
 * service's own access-denied error, as an account with a too-narrow policy would.
 */
class LiveReaderTest {

    HttpServer server;
    final List<String> calls = Collections.synchronizedList(new ArrayList<>());
    static final Map<String, String> ANSWERS = new HashMap<>();

    static {
        ANSWERS.put("ecs.ListClusters", """
                {"clusterArns":["arn:aws:ecs:us-east-1:123456789012:cluster/tutorial-cluster"]}""");
        ANSWERS.put("ecs.DescribeClusters", """
                {"clusters":[{"clusterArn":"arn:aws:ecs:us-east-1:123456789012:cluster/tutorial-cluster","clusterName":"tutorial-cluster",
                  "status":"ACTIVE","settings":[{"name":"containerInsights","value":"disabled"}],
                  "defaultCapacityProviderStrategy":[{"capacityProvider":"FARGATE","weight":1,"base":0}],
                  "tags":[{"key":"archkit:element","value":"tutorial-cluster"}]}],"failures":[]}""");
        ANSWERS.put("ecs.ListServices", """
                {"serviceArns":["arn:aws:ecs:us-east-1:123456789012:service/tutorial-cluster/my-service"]}""");
        ANSWERS.put("ecs.DescribeServices", """
                {"services":[{"serviceArn":"arn:aws:ecs:us-east-1:123456789012:service/tutorial-cluster/my-service","serviceName":"my-service",
                  "clusterArn":"arn:aws:ecs:us-east-1:123456789012:cluster/tutorial-cluster","desiredCount":4,"launchType":"FARGATE",
                  "taskDefinition":"arn:aws:ecs:us-east-1:123456789012:task-definition/my-service:7",
                  "deploymentConfiguration":{"deploymentCircuitBreaker":{"enable":true,"rollback":true},"maximumPercent":200,"minimumHealthyPercent":100},
                  "networkConfiguration":{"awsvpcConfiguration":{"subnets":["subnet-0aaa","subnet-0ccc"],"securityGroups":["sg-0svc"],"assignPublicIp":"ENABLED"}},
                  "loadBalancers":[],"serviceRegistries":[],"tags":[{"key":"archkit:element","value":"my-service"}]}],"failures":[]}""");
        ANSWERS.put("ecs.DescribeTaskDefinition", """
                {"taskDefinition":{"family":"my-service","revision":7,"cpu":"1024","memory":"2048","networkMode":"awsvpc",
                  "executionRoleArn":"arn:aws:iam::123456789012:role/ecsTaskExecutionRole",
                  "runtimePlatform":{"cpuArchitecture":"X86_64","operatingSystemFamily":"LINUX"},
                  "containerDefinitions":[{"name":"my-service","image":"public.ecr.aws/nginx/nginx:1.27","essential":true,
                    "portMappings":[{"containerPort":80,"protocol":"tcp"}],
                    "environment":[{"name":"DB_PASSWORD","value":"s3cr3t-value-from-a-careless-task-definition"}],
                    "logConfiguration":{"logDriver":"awslogs","options":{"awslogs-group":"/ecs/my-service"}}}]}}""");
        ANSWERS.put("ec2.DescribeVpcs", """
                <DescribeVpcsResponse xmlns="http://ec2.amazonaws.com/doc/2016-11-15/"><requestId>r1</requestId><vpcSet>
                  <item><vpcId>vpc-0abc</vpcId><cidrBlock>172.31.0.0/16</cidrBlock><state>available</state>
                    <tagSet><item><key>archkit:element</key><value>default-vpc</value></item></tagSet></item>
                </vpcSet></DescribeVpcsResponse>""");
        ANSWERS.put("ec2.DescribeSubnets", """
                <DescribeSubnetsResponse xmlns="http://ec2.amazonaws.com/doc/2016-11-15/"><requestId>r2</requestId><subnetSet>
                  <item><subnetId>subnet-0aaa</subnetId><vpcId>vpc-0abc</vpcId><cidrBlock>172.31.0.0/20</cidrBlock>
                    <availabilityZone>ap-northeast-2a</availabilityZone><mapPublicIpOnLaunch>true</mapPublicIpOnLaunch>
                    <tagSet><item><key>Name</key><value>public-a</value></item></tagSet></item>
                  <item><subnetId>subnet-0ccc</subnetId><vpcId>vpc-0abc</vpcId><cidrBlock>172.31.32.0/20</cidrBlock>
                    <availabilityZone>ap-northeast-2c</availabilityZone><mapPublicIpOnLaunch>true</mapPublicIpOnLaunch>
                    <tagSet><item><key>Name</key><value>public-c</value></item></tagSet></item>
                </subnetSet></DescribeSubnetsResponse>""");
        ANSWERS.put("ec2.DescribeSecurityGroups", """
                <DescribeSecurityGroupsResponse xmlns="http://ec2.amazonaws.com/doc/2016-11-15/"><requestId>r3</requestId><securityGroupInfo>
                  <item><ownerId>123456789012</ownerId><groupId>sg-0svc</groupId><groupName>service-sg</groupName><groupDescription>svc</groupDescription>
                    <vpcId>vpc-0abc</vpcId></item>
                </securityGroupInfo></DescribeSecurityGroupsResponse>""");
        ANSWERS.put("ec2.DescribeSecurityGroupRules", """
                <DescribeSecurityGroupRulesResponse xmlns="http://ec2.amazonaws.com/doc/2016-11-15/"><requestId>r4</requestId><securityGroupRuleSet>
                  <item><securityGroupRuleId>sgr-1</securityGroupRuleId><groupId>sg-0svc</groupId><isEgress>false</isEgress>
                    <ipProtocol>tcp</ipProtocol><fromPort>22</fromPort><toPort>22</toPort><cidrIpv4>0.0.0.0/0</cidrIpv4></item>
                </securityGroupRuleSet></DescribeSecurityGroupRulesResponse>""");
        ANSWERS.put("elasticloadbalancingv2.DescribeLoadBalancers", """
                <DescribeLoadBalancersResponse xmlns="http://elasticloadbalancing.amazonaws.com/doc/2015-12-01/"><DescribeLoadBalancersResult>
                  <LoadBalancers/></DescribeLoadBalancersResult><ResponseMetadata><RequestId>r5</RequestId></ResponseMetadata></DescribeLoadBalancersResponse>""");
        ANSWERS.put("elasticloadbalancingv2.DescribeTargetGroups", """
                <DescribeTargetGroupsResponse xmlns="http://elasticloadbalancing.amazonaws.com/doc/2015-12-01/"><DescribeTargetGroupsResult>
                  <TargetGroups/></DescribeTargetGroupsResult><ResponseMetadata><RequestId>r6</RequestId></ResponseMetadata></DescribeTargetGroupsResponse>""");
    }

    static final Map<String, String> QUERY_SERVICES = Map.of("2016-11-15", "ec2", "2015-12-01", "elasticloadbalancingv2", "2014-10-31", "rds", "2010-05-08", "iam");
    static final Map<String, String> JSON_SERVICES = Map.of("AmazonEC2ContainerServiceV20141113", "ecs", "AnyScaleFrontendService", "applicationautoscaling",
            "Route53AutoNaming_v20170314", "servicediscovery");

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    void handle(HttpExchange ex) throws IOException {
        String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String target = ex.getRequestHeaders().getFirst("X-Amz-Target");
        String service, op;
        boolean json;
        if (target != null) {
            service = JSON_SERVICES.getOrDefault(target.substring(0, target.indexOf('.')), "unknown");
            op = target.substring(target.indexOf('.') + 1);
            json = true;
        } else if (body.contains("Action=")) {
            Map<String, String> form = new HashMap<>();
            for (String kv : body.split("&")) {
                String[] p = kv.split("=", 2);
                form.put(URLDecoder.decode(p[0], StandardCharsets.UTF_8), p.length > 1 ? URLDecoder.decode(p[1], StandardCharsets.UTF_8) : "");
            }
            service = QUERY_SERVICES.getOrDefault(form.get("Version"), "unknown");
            op = form.get("Action");
            json = false;
        } else {
            service = "eks";   // REST: GET /clusters, ...
            op = ex.getRequestURI().getPath();
            json = true;
        }
        calls.add(service + "." + op);
        String answer = ANSWERS.get(service + "." + op);
        int status = 200;
        if (answer == null) {
            status = 403;
            if (service.equals("eks")) {
                ex.getResponseHeaders().add("x-amzn-ErrorType", "AccessDeniedException");
                answer = "{\"message\":\"User is not authorized to perform: eks:ListClusters\"}";
            } else if (json) {
                status = 400;
                answer = "{\"__type\":\"AccessDeniedException\",\"message\":\"User is not authorized to perform: " + service + ":" + op + "\"}";
            } else if (service.equals("ec2")) {
                answer = "<Response><Errors><Error><Code>UnauthorizedOperation</Code><Message>You are not authorized to perform this operation.</Message></Error></Errors><RequestID>x</RequestID></Response>";
            } else {
                answer = "<ErrorResponse><Error><Type>Sender</Type><Code>AccessDenied</Code><Message>User is not authorized to perform: "
                        + service + ":" + op + "</Message></Error><RequestId>x</RequestId></ErrorResponse>";
            }
        }
        byte[] out = answer.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", json ? "application/x-amz-json-1.1" : "text/xml");
        ex.sendResponseHeaders(status, out.length);
        ex.getResponseBody().write(out);
        ex.close();
    }

    Inventory read() throws Exception {
        return new LiveReader(new LiveReader.Options("us-east-1", "a test", null, URI.create("http://127.0.0.1:" + server.getAddress().getPort()),
                AnonymousCredentialsProvider.create(), 2, new LiveReader.Retry(2, java.time.Duration.ofMillis(1), java.time.Duration.ofMillis(5),
                java.time.Duration.ofSeconds(5)), java.util.Set.of(), Progress.Listener.NONE, n -> { })).read();
    }

    @Test
    void readsTheDocumentedResponsesAndRecordsWhatItMayNotRead() throws Exception {
        Inventory inv = read();
        assertThat(inv.clusters()).singleElement().satisfies(c -> {
            assertThat(c.name()).isEqualTo("tutorial-cluster");
            assertThat(c.tags()).containsEntry("archkit:element", "tutorial-cluster");
        });
        assertThat(inv.services()).singleElement().satisfies(s -> {
            assertThat(s.desiredCount()).isEqualTo(4);
            assertThat(s.publicIp()).isTrue();
            assertThat(s.circuitBreaker()).isTrue();
            assertThat(s.task().cpu()).isEqualTo("1024");
            assertThat(s.task().containers().get(0).environment()).containsExactly("DB_PASSWORD");
        });
        assertThat(inv.subnets()).extracting(Inventory.Subnet::zone).containsExactly("ap-northeast-2a", "ap-northeast-2c");
        assertThat(inv.securityGroups()).singleElement().satisfies(g -> assertThat(g.rules()).singleElement()
                .isEqualTo(new Inventory.SgRule(false, "tcp", 22, 22, "0.0.0.0/0", null, null)));
        assertThat(inv.unreadable()).extracting(u -> u.service() + "." + u.operation()).contains("ec2.DescribeNatGateways", "rds.DescribeDBInstances",
                "applicationautoscaling.DescribeScalableTargets", "servicediscovery.ListServices", "iam.ListRoles", "iam.GetRole", "eks.ListClusters");
        assertThat(inv.unreadable()).filteredOn(u -> u.operation().equals("DescribeDBInstances")).singleElement()
                .satisfies(u -> assertThat(u.reason()).startsWith("AccessDenied: User is not authorized"));
        // DescribeServices went in batches, and only read calls were made
        assertThat(calls).allMatch(c -> c.matches("\\w+\\.(Describe|List|Get|/clusters).*"));
        // no environment value reaches the snapshot
        assertThat(inv.toJson()).doesNotContain("s3cr3t");
    }
}
