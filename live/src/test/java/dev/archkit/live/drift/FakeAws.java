package dev.archkit.live.drift;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * A local server that serves an {@link Inventory} in the AWS wire formats the reader's clients
 * speak (JSON 1.1 for ECS, Application Auto Scaling and Cloud Map; EC2 query XML; ELBv2, RDS and
 * IAM query XML; EKS REST JSON), every list in pages of {@link #pageSize}, and misbehaves on
 * demand the way AWS does: per operation and from a given page on, access denied, throttling
 * that outlasts the retries, server errors, or answers slower than the reader waits; and, for
 * scale, a rate limit answered with throttling errors. It records every call, and which faults fired.
 */
final class FakeAws implements AutoCloseable {

    enum FaultKind { DENIED, THROTTLED, SERVER_ERROR, SLOW }

    /** A fault on one operation ("ecs.ListServices"), from one page on (0: every call). */
    record Fault(String operation, FaultKind kind, int fromPage) {
        @Override
        public String toString() { return kind + " " + operation + (fromPage > 0 ? " from page " + (fromPage + 1) : ""); }
    }

    static final String ACCOUNT = AwsWords.ACCOUNT;
    static final ObjectMapper JSON = new ObjectMapper();

    /** Every operation the reader makes, as "service.Operation". */
    static final List<String> OPERATIONS = List.of("ecs.ListClusters", "ecs.DescribeClusters", "ecs.ListServices", "ecs.DescribeServices",
            "ecs.DescribeTaskDefinition", "ec2.DescribeVpcs", "ec2.DescribeSubnets", "ec2.DescribeSecurityGroups", "ec2.DescribeSecurityGroupRules",
            "ec2.DescribeNatGateways", "ec2.DescribeVpcEndpoints", "ec2.DescribeRouteTables", "ec2.DescribeNetworkAcls",
            "elasticloadbalancingv2.DescribeLoadBalancers", "elasticloadbalancingv2.DescribeListeners", "elasticloadbalancingv2.DescribeRules",
            "elasticloadbalancingv2.DescribeTargetGroups", "elasticloadbalancingv2.DescribeTargetGroupAttributes",
            "applicationautoscaling.DescribeScalableTargets", "applicationautoscaling.DescribeScalingPolicies", "servicediscovery.ListServices",
            "servicediscovery.GetService", "rds.DescribeDBInstances", "iam.ListRoles", "iam.GetRole", "iam.ListRolePolicies", "iam.GetRolePolicy",
            "iam.ListAttachedRolePolicies", "eks.ListClusters", "eks.DescribeCluster", "eks.ListNodegroups", "eks.DescribeNodegroup");

    private final HttpServer server;
    private volatile Inventory inv;
    volatile int pageSize = 2;
    volatile List<Fault> faults = List.of();
    volatile Duration slow = Duration.ofMillis(2000);
    /** Requests per second before throttling (0: no limit). */
    volatile double rateLimit;
    private double tokens;
    private long lastRefill = System.nanoTime();
    final List<String> calls = Collections.synchronizedList(new ArrayList<>());
    final Set<Fault> fired = Collections.synchronizedSet(new java.util.HashSet<>());
    private final Map<String, Inventory.TaskDefinition> taskDefinitions = new HashMap<>();

    static {
        System.setProperty("sun.net.httpserver.nodelay", "true");   // no 40 ms delayed-ACK stall per small answer
    }

    FakeAws(Inventory inv) throws IOException {
        serve(inv);
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newFixedThreadPool(16));
        server.start();
    }

    void serve(Inventory i) {
        this.inv = i.withDefaults();
        taskDefinitions.clear();
        for (Inventory.Service s : inv.services()) if (s.task() != null) taskDefinitions.put(taskArn(s), s.task());
    }

    URI endpoint() { return URI.create("http://127.0.0.1:" + server.getAddress().getPort()); }

    /** Reader options for this server: few, fast retries, unless given. */
    LiveReader.Options options(int concurrency, LiveReader.Retry retry, Progress.Listener progress) {
        return new LiveReader.Options("us-east-1", "a test", null, endpoint(), AnonymousCredentialsProvider.create(), concurrency, retry, Set.of(), progress, n -> { });
    }

    /** Three attempts, a few milliseconds apart, 1.5 s each (a slow answer takes 2 s). */
    static final LiveReader.Retry QUICK = new LiveReader.Retry(3, Duration.ofMillis(1), Duration.ofMillis(4), Duration.ofMillis(1500));

    Inventory read() throws LiveReader.CannotRead {
        return new LiveReader(options(4, QUICK, Progress.Listener.NONE)).read();
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }

    static String taskArn(Inventory.Service s) {
        return "arn:aws:ecs:us-east-1:" + ACCOUNT + ":task-definition/" + s.cluster() + "--" + s.name() + ":1";
    }

    // ---- the protocol: which service and operation, and the parameters

    private record Request(String service, String op, Map<String, String> params, JsonNode json, String path) { }

    private static final Map<String, String> QUERY = Map.of("2016-11-15", "ec2", "2015-12-01", "elasticloadbalancingv2", "2014-10-31", "rds", "2010-05-08", "iam");
    private static final Map<String, String> TARGETS = Map.of("AmazonEC2ContainerServiceV20141113", "ecs", "AnyScaleFrontendService", "applicationautoscaling",
            "Route53AutoNaming_v20170314", "servicediscovery");

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            Request r = request(ex);
            String key = r.service() + "." + r.op();
            calls.add(key);
            int page = page(r);
            for (Fault f : faults) {
                if (f.operation().equals(key) && page >= f.fromPage()) {
                    fired.add(f);
                    if (f.kind() == FaultKind.SLOW) {
                        sleep(slow);
                        break;   // then answers, too late
                    }
                    error(ex, r, f.kind());
                    return;
                }
            }
            if (!admit()) {
                error(ex, r, FaultKind.THROTTLED);
                return;
            }
            String body = answer(r, key, page);
            if (body == null) {
                error(ex, r, null);
                return;
            }
            send(ex, 200, r, body);
        }
    }

    private synchronized boolean admit() {
        if (rateLimit <= 0) return true;
        long now = System.nanoTime();
        tokens = Math.min(rateLimit / 10, tokens + (now - lastRefill) / 1e9 * rateLimit);   // a burst of a tenth of a second
        lastRefill = now;
        if (tokens < 1) return false;
        tokens -= 1;
        return true;
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Request request(HttpExchange ex) throws IOException {
        String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String target = ex.getRequestHeaders().getFirst("X-Amz-Target");
        if (target != null) {
            return new Request(TARGETS.getOrDefault(target.substring(0, target.indexOf('.')), "unknown"), target.substring(target.indexOf('.') + 1),
                    Map.of(), JSON.readTree(body.isEmpty() ? "{}" : body), null);
        }
        if (body.contains("Action=")) {
            Map<String, String> form = new LinkedHashMap<>();
            for (String kv : body.split("&")) {
                String[] p = kv.split("=", 2);
                form.put(URLDecoder.decode(p[0], StandardCharsets.UTF_8), p.length > 1 ? URLDecoder.decode(p[1], StandardCharsets.UTF_8) : "");
            }
            return new Request(QUERY.getOrDefault(form.get("Version"), "unknown"), form.get("Action"), form, null, null);
        }
        String path = ex.getRequestURI().getPath();
        Map<String, String> q = new HashMap<>();
        if (ex.getRequestURI().getRawQuery() != null) {
            for (String kv : ex.getRequestURI().getRawQuery().split("&")) {
                String[] p = kv.split("=", 2);
                q.put(p[0], p.length > 1 ? URLDecoder.decode(p[1], StandardCharsets.UTF_8) : "");
            }
        }
        String[] parts = path.split("/");
        String op = parts.length == 2 ? "ListClusters" : parts.length == 3 ? "DescribeCluster" : parts.length == 4 ? "ListNodegroups" : "DescribeNodegroup";
        return new Request("eks", op, q, null, path);
    }

    /** The page a list call asks for: its token is "p" and the page's index. */
    private static int page(Request r) {
        String t = null;
        if (r.json() != null) t = r.json().has("nextToken") ? r.json().get("nextToken").asText() : r.json().has("NextToken") ? r.json().get("NextToken").asText() : null;
        else if (r.params() != null) t = r.params().getOrDefault("NextToken", r.params().getOrDefault("Marker", r.params().get("nextToken")));
        return t == null || !t.startsWith("p") ? 0 : Integer.parseInt(t.substring(1));
    }

    private void error(HttpExchange ex, Request r, FaultKind kind) throws IOException {
        boolean notFound = kind == null;
        int status = notFound ? (r.service().equals("iam") ? 404 : 400) : switch (kind) {
            case DENIED -> r.service().equals("ec2") || r.service().equals("eks") ? 403 : 400;
            case THROTTLED -> r.service().equals("ec2") ? 503 : r.service().equals("eks") ? 429 : 400;
            default -> 500;
        };
        String code = notFound ? (r.service().equals("iam") ? "NoSuchEntity" : "ResourceNotFoundException") : switch (kind) {
            case DENIED -> r.service().equals("ec2") ? "UnauthorizedOperation" : r.service().equals("elasticloadbalancingv2") || r.service().equals("rds")
                    || r.service().equals("iam") ? "AccessDenied" : "AccessDeniedException";
            case THROTTLED -> r.service().equals("ec2") ? "RequestLimitExceeded" : r.service().equals("ecs") || r.service().equals("eks")
                    || r.service().equals("applicationautoscaling") || r.service().equals("servicediscovery") ? "ThrottlingException" : "Throttling";
            default -> "InternalFailure";
        };
        String msg = notFound ? "not found" : kind == FaultKind.DENIED ? "User is not authorized to perform: " + r.service() + ":" + r.op() : "Rate exceeded";
        String body;
        if (r.service().equals("eks")) {
            ex.getResponseHeaders().add("x-amzn-ErrorType", code);
            body = "{\"message\":\"" + msg + "\"}";
        } else if (r.json() != null) {
            body = "{\"__type\":\"" + code + "\",\"message\":\"" + msg + "\"}";
        } else if (r.service().equals("ec2")) {
            body = "<Response><Errors><Error><Code>" + code + "</Code><Message>" + msg + "</Message></Error></Errors><RequestID>x</RequestID></Response>";
        } else {
            body = "<ErrorResponse><Error><Type>Sender</Type><Code>" + code + "</Code><Message>" + msg + "</Message></Error><RequestId>x</RequestId></ErrorResponse>";
        }
        send(ex, status, r, body);
    }

    private static void send(HttpExchange ex, int status, Request r, String body) throws IOException {
        byte[] out = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", r.json() != null || r.service().equals("eks") ? "application/x-amz-json-1.1" : "text/xml");
        ex.sendResponseHeaders(status, out.length);
        ex.getResponseBody().write(out);
    }

    // ---- the answers

    /** One page of a list, and the token of the next. */
    private record Page<T>(List<T> items, String next) { }

    private <T> Page<T> page(List<T> all, int page, int size) {
        int from = Math.min(all.size(), page * size), to = Math.min(all.size(), from + size);
        return new Page<>(all.subList(from, to), to < all.size() ? "p" + (page + 1) : null);
    }

    private String answer(Request r, String key, int p) {
        int size = pageSize;
        return switch (key) {
            case "ecs.ListClusters" -> json(page(inv.clusters().stream().map(Inventory.Cluster::arn).toList(), p, size), "clusterArns", "nextToken", JSON::valueToTree);
            case "ecs.DescribeClusters" -> {
                ObjectNode o = JSON.createObjectNode();
                ArrayNode a = o.putArray("clusters");
                Set<String> want = strings(r.json().get("clusters"));
                for (Inventory.Cluster c : inv.clusters()) {
                    if (!want.contains(c.arn())) continue;
                    ObjectNode x = a.addObject().put("clusterArn", c.arn()).put("clusterName", c.name()).put("status", "ACTIVE");
                    x.putArray("settings").addObject().put("name", "containerInsights").put("value", c.insights() ? "enabled" : "disabled");
                    ArrayNode st = x.putArray("defaultCapacityProviderStrategy");
                    for (Inventory.Strategy s : Inventory.orEmpty(c.defaultStrategy())) st.addObject().put("capacityProvider", s.provider()).put("weight", s.weight()).put("base", s.base());
                    tags(x.putArray("tags"), c.tags(), "key", "value");
                }
                o.putArray("failures");
                yield o.toString();
            }
            case "ecs.ListServices" -> {
                String cluster = r.json().get("cluster").asText();
                List<String> arns = inv.services().stream().filter(s -> cluster.endsWith("/" + s.cluster())).map(Inventory.Service::arn).toList();
                yield json(page(arns, p, Math.max(size, 10)), "serviceArns", "nextToken", JSON::valueToTree);
            }
            case "ecs.DescribeServices" -> {
                Set<String> want = strings(r.json().get("services"));
                ObjectNode o = JSON.createObjectNode();
                ArrayNode a = o.putArray("services");
                for (Inventory.Service s : inv.services()) if (want.contains(s.arn())) service(a.addObject(), s);
                o.putArray("failures");
                yield o.toString();
            }
            case "ecs.DescribeTaskDefinition" -> {
                Inventory.TaskDefinition td = taskDefinitions.get(r.json().get("taskDefinition").asText());
                if (td == null) yield null;
                ObjectNode o = JSON.createObjectNode();
                ObjectNode t = o.putObject("taskDefinition").put("family", td.family()).put("revision", td.revision()).put("networkMode", "awsvpc");
                if (td.cpu() != null) t.put("cpu", td.cpu());
                if (td.memory() != null) t.put("memory", td.memory());
                if (td.taskRole() != null) t.put("taskRoleArn", td.taskRole());
                if (td.executionRole() != null) t.put("executionRoleArn", td.executionRole());
                if (td.cpuArchitecture() != null) t.putObject("runtimePlatform").put("cpuArchitecture", td.cpuArchitecture()).put("operatingSystemFamily", "LINUX");
                ArrayNode cs = t.putArray("containerDefinitions");
                for (Inventory.Container c : td.containers()) {
                    ObjectNode x = cs.addObject().put("name", c.name()).put("essential", true);
                    if (c.image() != null) x.put("image", c.image());
                    ArrayNode pm = x.putArray("portMappings");
                    for (int port : c.ports()) pm.addObject().put("containerPort", port).put("protocol", "tcp");
                    ArrayNode env = x.putArray("environment");
                    for (String n : c.environment()) env.addObject().put("name", n).put("value", "v");
                    ArrayNode sec = x.putArray("secrets");
                    for (String n : c.secrets()) sec.addObject().put("name", n).put("valueFrom", "arn:aws:secretsmanager:us-east-1:" + ACCOUNT + ":secret:" + n);
                    if (c.logGroup() != null) x.putObject("logConfiguration").put("logDriver", "awslogs").putObject("options").put("awslogs-group", c.logGroup());
                    if (c.healthCheck()) x.putObject("healthCheck").putArray("command").add("CMD-SHELL").add("true");
                }
                yield o.toString();
            }
            case "ec2.DescribeVpcs" -> ec2(r, "vpcSet", page(inv.vpcs(), p, size), v -> el("vpcId", v.id()) + el("cidrBlock", v.cidr()) + ec2Tags(v.tags()));
            case "ec2.DescribeSubnets" -> ec2(r, "subnetSet", page(inv.subnets(), p, size), s -> el("subnetId", s.id()) + el("vpcId", s.vpcId())
                    + el("cidrBlock", s.cidr()) + el("availabilityZone", s.zone()) + el("mapPublicIpOnLaunch", Boolean.toString(s.mapPublicIp())) + ec2Tags(s.tags()));
            case "ec2.DescribeSecurityGroups" -> ec2(r, "securityGroupInfo", page(inv.securityGroups(), p, size), g -> el("ownerId", ACCOUNT)
                    + el("groupId", g.id()) + el("groupName", g.name()) + el("groupDescription", "d") + el("vpcId", g.vpcId()) + ec2Tags(g.tags()));
            case "ec2.DescribeSecurityGroupRules" -> {
                List<String> items = new ArrayList<>();
                int n = 0;
                for (Inventory.SecurityGroup g : inv.securityGroups()) {
                    for (Inventory.SgRule x : Inventory.orEmpty(g.rules())) {
                        String peer = x.cidr() == null ? "" : x.cidr().contains(":") ? el("cidrIpv6", x.cidr()) : el("cidrIpv4", x.cidr());
                        if (x.peerGroup() != null) peer = "<referencedGroupInfo>" + el("groupId", x.peerGroup()) + "</referencedGroupInfo>";
                        if (x.prefixList() != null) peer = el("prefixListId", x.prefixList());
                        items.add(el("securityGroupRuleId", "sgr-" + (n++)) + el("groupId", g.id()) + el("isEgress", Boolean.toString(x.egress()))
                                + el("ipProtocol", x.protocol()) + el("fromPort", Integer.toString(x.from())) + el("toPort", Integer.toString(x.to())) + peer
                                + el("description", x.description()));
                    }
                }
                yield ec2(r, "securityGroupRuleSet", page(items, p, size), s -> s);
            }
            case "ec2.DescribeNatGateways" -> ec2(r, "natGatewaySet", page(inv.natGateways(), p, size), g -> el("natGatewayId", g.id())
                    + el("subnetId", g.subnetId()) + el("state", g.state()) + ec2Tags(g.tags()));
            case "ec2.DescribeVpcEndpoints" -> ec2(r, "vpcEndpointSet", page(Inventory.orEmpty(inv.vpcEndpoints()), p, size), e -> el("vpcEndpointId", e.id())
                    + el("vpcId", e.vpcId()) + el("serviceName", e.serviceName()) + el("vpcEndpointType", e.type()) + el("state", e.state())
                    + set("subnetIdSet", e.subnets(), x -> "<item>" + x + "</item>") + set("routeTableIdSet", e.routeTables(), x -> "<item>" + x + "</item>")
                    + set("groupSet", e.securityGroups(), x -> "<item>" + el("groupId", x) + "</item>")
                    + (e.privateDns() == null ? "" : el("privateDnsEnabled", e.privateDns().toString())) + ec2Tags(e.tags()));
            case "ec2.DescribeRouteTables" -> ec2(r, "routeTableSet", page(Inventory.orEmpty(inv.routeTables()), p, size), t -> el("routeTableId", t.id())
                    + el("vpcId", t.vpcId())
                    + set("routeSet", t.routes(), x -> "<item>" + el(x.destination().startsWith("pl-") ? "destinationPrefixListId" : "destinationCidrBlock", x.destination())
                    + el(x.target().startsWith("nat-") ? "natGatewayId" : "gatewayId", x.target()) + el("state", x.state()) + "</item>")
                    + "<associationSet>" + (t.main() ? "<item>" + el("routeTableId", t.id()) + el("main", "true") + "</item>" : "")
                    + String.join("", Inventory.orEmpty(t.subnets()).stream().map(x -> "<item>" + el("routeTableId", t.id()) + el("subnetId", x)
                    + el("main", "false") + "</item>").toList()) + "</associationSet>" + ec2Tags(t.tags()));
            case "ec2.DescribeNetworkAcls" -> ec2(r, "networkAclSet", page(inv.networkAcls(), p, size), n -> el("networkAclId", n.id()) + el("vpcId", n.vpcId())
                    + el("default", Boolean.toString(n.isDefault())) + ec2Tags(n.tags()));
            case "elasticloadbalancingv2.DescribeTargetGroups" -> elb(r, "TargetGroups", page(inv.targetGroups(), p, size), t -> el("TargetGroupName", t.name())
                    + el("TargetGroupArn", t.arn()) + el("Port", Integer.toString(t.port())) + el("Protocol", t.protocol()) + el("TargetType", t.targetType())
                    + el("HealthCheckPath", t.healthPath()) + members("LoadBalancerArns", Inventory.orEmpty(t.loadBalancers())));
            case "elasticloadbalancingv2.DescribeTargetGroupAttributes" -> {
                Inventory.TargetGroup t = inv.targetGroups().stream().filter(x -> x.arn().equals(r.params().get("TargetGroupArn"))).findFirst().orElse(null);
                if (t == null) yield null;
                String attrs = t.deregistrationDelay() == null ? "" : "<member>" + el("Key", "deregistration_delay.timeout_seconds")
                        + el("Value", Integer.toString(t.deregistrationDelay())) + "</member>";
                yield query(r, "<Attributes>" + attrs + "</Attributes>");
            }
            case "elasticloadbalancingv2.DescribeLoadBalancers" -> elb(r, "LoadBalancers", page(inv.loadBalancers(), p, size), lb -> el("LoadBalancerName", lb.name())
                    + el("LoadBalancerArn", lb.arn()) + el("Type", lb.type()) + el("Scheme", lb.scheme()) + el("VpcId", lb.vpcId())
                    + "<AvailabilityZones>" + String.join("", lb.subnets().stream().map(s -> "<member>" + el("SubnetId", s) + "</member>").toList()) + "</AvailabilityZones>"
                    + members("SecurityGroups", lb.securityGroups()));
            case "elasticloadbalancingv2.DescribeListeners" -> {
                Inventory.LoadBalancer lb = inv.loadBalancers().stream().filter(x -> x.arn().equals(r.params().get("LoadBalancerArn"))).findFirst().orElse(null);
                if (lb == null) yield null;
                yield elb(r, "Listeners", page(Inventory.orEmpty(lb.listeners()), p, size), l -> el("ListenerArn", l.arn()) + el("LoadBalancerArn", lb.arn())
                        + el("Port", Integer.toString(l.port())) + el("Protocol", l.protocol()));
            }
            case "elasticloadbalancingv2.DescribeRules" -> {
                Inventory.Listener l = inv.loadBalancers().stream().flatMap(x -> Inventory.orEmpty(x.listeners()).stream())
                        .filter(x -> x.arn().equals(r.params().get("ListenerArn"))).findFirst().orElse(null);
                if (l == null) yield null;
                Map<String, String> tgArns = new HashMap<>();
                for (Inventory.TargetGroup t : inv.targetGroups()) tgArns.put(t.name(), t.arn());
                List<String> rules = new ArrayList<>();
                for (Inventory.ListenerRule rule : Inventory.orEmpty(l.rules())) {
                    rules.add(el("Priority", rule.priority()) + el("IsDefault", "false") + "<Conditions><member>" + el("Field", "path-pattern")
                            + members("Values", rule.paths()) + "</member></Conditions><Actions>"
                            + String.join("", rule.targetGroups().stream().map(t -> "<member>" + el("Type", "forward")
                            + el("TargetGroupArn", tgArns.getOrDefault(t, t)) + "</member>").toList()) + "</Actions>");
                }
                rules.add(el("Priority", "default") + el("IsDefault", "true") + "<Actions><member>" + el("Type", "fixed-response") + "</member></Actions>");
                yield elb(r, "Rules", page(rules, p, size), s -> s);
            }
            case "rds.DescribeDBInstances" -> {
                Page<Inventory.Database> pg = page(inv.databases(), p, size);
                StringBuilder sb = new StringBuilder("<DBInstances>");
                for (Inventory.Database d : pg.items()) {
                    sb.append("<DBInstance>").append(el("DBInstanceIdentifier", d.identifier())).append(el("Engine", d.engine())).append(el("DBInstanceClass", d.instanceClass()))
                            .append(el("MultiAZ", Boolean.toString(d.multiAz()))).append(el("AllocatedStorage", Integer.toString(d.storage())))
                            .append(el("PubliclyAccessible", Boolean.toString(d.publiclyAccessible())));
                    if (d.vpcId() != null) sb.append("<DBSubnetGroup>").append(el("VpcId", d.vpcId())).append("</DBSubnetGroup>");
                    sb.append("<TagList>");
                    if (d.tags() != null) d.tags().forEach((k, v) -> sb.append("<Tag>").append(el("Key", k)).append(el("Value", v)).append("</Tag>"));
                    sb.append("</TagList></DBInstance>");
                }
                sb.append("</DBInstances>").append(pg.next() == null ? "" : el("Marker", pg.next()));
                yield query(r, sb.toString());
            }
            case "iam.ListRoles" -> {
                Page<Inventory.Role> pg = page(inv.roles(), p, size);
                StringBuilder sb = new StringBuilder("<Roles>");
                for (Inventory.Role x : pg.items()) sb.append("<member>").append(role(x)).append("</member>");
                sb.append("</Roles>").append(el("IsTruncated", Boolean.toString(pg.next() != null))).append(pg.next() == null ? "" : el("Marker", pg.next()));
                yield query(r, sb.toString());
            }
            case "iam.GetRole" -> {
                Inventory.Role x = role(r.params().get("RoleName"));
                if (x == null) yield null;
                StringBuilder tags = new StringBuilder("<Tags>");
                if (x.tags() != null) x.tags().forEach((k, v) -> tags.append("<member>").append(el("Key", k)).append(el("Value", v)).append("</member>"));
                yield query(r, "<Role>" + role(x) + tags + "</Tags></Role>");
            }
            case "iam.ListRolePolicies" -> {
                Inventory.Role x = role(r.params().get("RoleName"));
                if (x == null) yield null;
                List<String> names = x.statements() == null || x.statements().isEmpty() ? List.of() : List.of("inline");
                yield query(r, members("PolicyNames", names) + el("IsTruncated", "false"));
            }
            case "iam.GetRolePolicy" -> {
                Inventory.Role x = role(r.params().get("RoleName"));
                if (x == null) yield null;
                ObjectNode doc = JSON.createObjectNode().put("Version", "2012-10-17");
                ArrayNode st = doc.putArray("Statement");
                for (Inventory.Statement s : Inventory.orEmpty(x.statements())) {
                    ObjectNode o = st.addObject().put("Effect", s.effect());
                    o.set("Action", JSON.valueToTree(s.actions()));
                    o.set("Resource", JSON.valueToTree(s.resources()));
                }
                yield query(r, el("RoleName", x.name()) + el("PolicyName", "inline") + el("PolicyDocument", URLEncoder.encode(doc.toString(), StandardCharsets.UTF_8)));
            }
            case "iam.ListAttachedRolePolicies" -> {
                Inventory.Role x = role(r.params().get("RoleName"));
                if (x == null) yield null;
                Page<String> pg = page(Inventory.orEmpty(x.managed()), p, size);
                StringBuilder sb = new StringBuilder("<AttachedPolicies>");
                for (String arn : pg.items()) sb.append("<member>").append(el("PolicyName", arn.substring(arn.lastIndexOf('/') + 1))).append(el("PolicyArn", arn)).append("</member>");
                sb.append("</AttachedPolicies>").append(el("IsTruncated", Boolean.toString(pg.next() != null))).append(pg.next() == null ? "" : el("Marker", pg.next()));
                yield query(r, sb.toString());
            }
            case "applicationautoscaling.DescribeScalableTargets" -> json(page(inv.scalableTargets(), p, size), "ScalableTargets", "NextToken", t -> {
                ObjectNode o = JSON.createObjectNode().put("ServiceNamespace", "ecs").put("ResourceId", t.resourceId())
                        .put("ScalableDimension", "ecs:service:DesiredCount").put("MinCapacity", t.min()).put("MaxCapacity", t.max());
                return o;
            });
            case "applicationautoscaling.DescribeScalingPolicies" -> {
                List<ObjectNode> all = new ArrayList<>();
                for (Inventory.ScalableTarget t : inv.scalableTargets()) {
                    for (Inventory.Policy pol : Inventory.orEmpty(t.policies())) {
                        ObjectNode o = JSON.createObjectNode().put("PolicyName", pol.name()).put("ServiceNamespace", "ecs").put("ResourceId", t.resourceId())
                                .put("ScalableDimension", "ecs:service:DesiredCount").put("PolicyType", "TargetTrackingScaling");
                        ObjectNode tt = o.putObject("TargetTrackingScalingPolicyConfiguration").put("TargetValue", pol.target());
                        tt.putObject("PredefinedMetricSpecification").put("PredefinedMetricType", pol.metric());
                        all.add(o);
                    }
                }
                yield json(page(all, p, size), "ScalingPolicies", "NextToken", x -> x);
            }
            case "servicediscovery.ListServices" -> json(page(inv.discoveryServices(), p, size), "Services", "NextToken",
                    d -> JSON.createObjectNode().put("Id", d.id()).put("Name", d.name()));
            case "servicediscovery.GetService" -> {
                String id = r.json().get("Id").asText();
                Inventory.DiscoveryService d = inv.discoveryServices().stream().filter(x -> x.id().equals(id)).findFirst().orElse(null);
                if (d == null) yield null;
                ObjectNode o = JSON.createObjectNode();
                o.putObject("Service").put("Id", d.id()).put("Name", d.name()).put("NamespaceId", d.namespaceId());
                yield o.toString();
            }
            case "eks.ListClusters" -> json(page(inv.eksClusters().stream().map(Inventory.EksCluster::name).toList(), p, size), "clusters", "nextToken", JSON::valueToTree);
            case "eks.DescribeCluster" -> {
                Inventory.EksCluster c = eks(r.path().split("/")[2]);
                if (c == null) yield null;
                ObjectNode o = JSON.createObjectNode();
                o.putObject("cluster").put("name", c.name()).put("version", c.version());
                yield o.toString();
            }
            case "eks.ListNodegroups" -> {
                Inventory.EksCluster c = eks(r.path().split("/")[2]);
                if (c == null) yield null;
                yield json(page(Inventory.orEmpty(c.nodeGroups()).stream().map(Inventory.NodeGroup::name).toList(), p, size), "nodegroups", "nextToken", JSON::valueToTree);
            }
            case "eks.DescribeNodegroup" -> {
                String[] parts = r.path().split("/");
                Inventory.EksCluster c = eks(parts[2]);
                Inventory.NodeGroup g = c == null ? null : Inventory.orEmpty(c.nodeGroups()).stream().filter(x -> x.name().equals(parts[4])).findFirst().orElse(null);
                if (g == null) yield null;
                ObjectNode o = JSON.createObjectNode();
                ObjectNode n = o.putObject("nodegroup").put("nodegroupName", g.name()).put("capacityType", g.capacityType());
                n.set("instanceTypes", JSON.valueToTree(g.instanceTypes()));
                n.putObject("scalingConfig").put("minSize", g.min()).put("maxSize", g.max()).put("desiredSize", g.desired());
                yield o.toString();
            }
            default -> null;
        };
    }

    private Inventory.Role role(String name) {
        return inv.roles().stream().filter(x -> x.name().equals(name)).findFirst().orElse(null);
    }

    private Inventory.EksCluster eks(String name) {
        return inv.eksClusters().stream().filter(x -> x.name().equals(name)).findFirst().orElse(null);
    }

    private static String role(Inventory.Role x) {
        ObjectNode trust = JSON.createObjectNode().put("Version", "2012-10-17");
        ObjectNode st = trust.putArray("Statement").addObject().put("Effect", "Allow").put("Action", "sts:AssumeRole");
        st.putObject("Principal").set("Service", JSON.valueToTree(Inventory.orEmpty(x.trust())));
        return el("Path", "/") + el("RoleName", x.name()) + el("RoleId", "AROA" + Math.abs(x.name().hashCode())) + el("Arn", x.arn())
                + el("CreateDate", "2024-01-01T00:00:00Z") + el("AssumeRolePolicyDocument", URLEncoder.encode(trust.toString(), StandardCharsets.UTF_8));
    }

    private void service(ObjectNode x, Inventory.Service s) {
        x.put("serviceArn", s.arn()).put("serviceName", s.name()).put("clusterArn", "arn:aws:ecs:us-east-1:" + ACCOUNT + ":cluster/" + s.cluster())
                .put("desiredCount", s.desiredCount()).put("status", "ACTIVE");
        if (s.launchType() != null) x.put("launchType", s.launchType());
        if (s.task() != null) x.put("taskDefinition", taskArn(s));
        ArrayNode st = x.putArray("capacityProviderStrategy");
        for (Inventory.Strategy c : Inventory.orEmpty(s.strategy())) st.addObject().put("capacityProvider", c.provider()).put("weight", c.weight()).put("base", c.base());
        x.putObject("deploymentConfiguration").putObject("deploymentCircuitBreaker").put("enable", s.circuitBreaker()).put("rollback", s.rollback());
        ObjectNode net = x.putObject("networkConfiguration").putObject("awsvpcConfiguration");
        net.set("subnets", JSON.valueToTree(s.subnets()));
        net.set("securityGroups", JSON.valueToTree(s.securityGroups()));
        net.put("assignPublicIp", s.publicIp() ? "ENABLED" : "DISABLED");
        ArrayNode lbs = x.putArray("loadBalancers");
        for (String tg : Inventory.orEmpty(s.targetGroups())) lbs.addObject().put("targetGroupArn", tg);
        ArrayNode reg = x.putArray("serviceRegistries");
        for (int i = 0; i < s.registries(); i++) reg.addObject().put("registryArn", "arn:aws:servicediscovery:us-east-1:" + ACCOUNT + ":service/srv-" + i);
        tags(x.putArray("tags"), s.tags(), "key", "value");
    }

    private static void tags(ArrayNode a, Map<String, String> tags, String k, String v) {
        if (tags != null) tags.forEach((key, val) -> a.addObject().put(k, key).put(v, val));
    }

    /** An EC2 XML set: its items, none when the list is null. */
    private static <T> String set(String name, List<T> items, Function<T, String> item) {
        return "<" + name + ">" + String.join("", Inventory.orEmpty(items).stream().map(item).toList()) + "</" + name + ">";
    }

    private static <T> String json(Page<T> page, String list, String token, Function<T, JsonNode> item) {
        ObjectNode o = JSON.createObjectNode();
        ArrayNode a = o.putArray(list);
        for (T t : page.items()) a.add(item.apply(t));
        if (page.next() != null) o.put(token, page.next());
        return o.toString();
    }

    private static <T> String ec2(Request r, String set, Page<T> page, Function<T, String> item) {
        StringBuilder sb = new StringBuilder("<").append(r.op()).append("Response xmlns=\"http://ec2.amazonaws.com/doc/2016-11-15/\"><requestId>r</requestId><")
                .append(set).append('>');
        for (T t : page.items()) sb.append("<item>").append(item.apply(t)).append("</item>");
        sb.append("</").append(set).append('>');
        if (page.next() != null) sb.append(el("nextToken", page.next()));
        return sb.append("</").append(r.op()).append("Response>").toString();
    }

    private static <T> String elb(Request r, String list, Page<T> page, Function<T, String> item) {
        StringBuilder sb = new StringBuilder("<").append(list).append('>');
        for (T t : page.items()) sb.append("<member>").append(item.apply(t)).append("</member>");
        sb.append("</").append(list).append('>');
        if (page.next() != null) sb.append(el("NextMarker", page.next()));
        return query(r, sb.toString());
    }

    private static String query(Request r, String result) {
        String ns = switch (r.service()) {
            case "elasticloadbalancingv2" -> "http://elasticloadbalancing.amazonaws.com/doc/2015-12-01/";
            case "rds" -> "http://rds.amazonaws.com/doc/2014-10-31/";
            default -> "https://iam.amazonaws.com/doc/2010-05-08/";
        };
        return "<" + r.op() + "Response xmlns=\"" + ns + "\"><" + r.op() + "Result>" + result + "</" + r.op() + "Result><ResponseMetadata><RequestId>r</RequestId>"
                + "</ResponseMetadata></" + r.op() + "Response>";
    }

    private static String members(String name, List<String> values) {
        StringBuilder sb = new StringBuilder("<").append(name).append('>');
        for (String v : values) sb.append(el("member", v));
        return sb.append("</").append(name).append('>').toString();
    }

    private static String ec2Tags(Map<String, String> tags) {
        if (tags == null || tags.isEmpty()) return "";
        StringBuilder sb = new StringBuilder("<tagSet>");
        tags.forEach((k, v) -> sb.append("<item>").append(el("key", k)).append(el("value", v)).append("</item>"));
        return sb.append("</tagSet>").toString();
    }

    static String el(String name, String value) {
        if (value == null) return "";
        return "<" + name + ">" + value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") + "</" + name + ">";
    }

    private static Set<String> strings(JsonNode n) {
        Set<String> out = new TreeSet<>();
        if (n != null) n.forEach(x -> out.add(x.asText()));
        return out;
    }
}
