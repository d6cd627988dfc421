package dev.archkit.model.schema;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.archkit.model.view.Kind;

import static dev.archkit.model.schema.Type.*;

/**
 * The typed schema of the .arch language: every kind, the properties it takes, their value
 * types and units. The grammar knows none of this; the model builder checks every statement
 * against it, so adding a property is a change here and in the language reference only.
 *
 * <p>Over 300 lines on purpose: it is one declarative table, a few lines per kind, read top to
 * bottom like the language reference generated from it; split by kind family it would scatter
 * the language over files without making any part simpler.
 */
public final class Schema {

    public static final String ARCHITECTURE = "architecture";
    public static final String ENVIRONMENT = "environment";
    public static final String DEPENDENCY = "dependency";

    /** Kinds that may stand on either side of a dependency arrow (the node kinds of {@link Kind}). */
    private static final String[] NODE_KINDS = Kind.nodeIds();

    /** The words of the kinds that may stand on either side of a dependency arrow. */
    public static List<String> nodeKinds() { return List.of(NODE_KINDS); }

    private static final Map<String, KindSpec> KINDS = new LinkedHashMap<>();
    private static final List<String> TOP_LEVEL = new ArrayList<>();
    private static final List<String> TOP_LEVEL_VIEW = Collections.unmodifiableList(TOP_LEVEL);

    private Schema() { }

    public static KindSpec kind(String name) { return KINDS.get(name); }

    public static Map<String, KindSpec> kinds() { return Collections.unmodifiableMap(KINDS); }

    /** Kinds declared directly in an architecture, a fragment file or an environment. */
    public static List<String> topLevelKinds() { return TOP_LEVEL_VIEW; }

    public static boolean isNode(String kind) {
        KindSpec k = KINDS.get(kind);
        return k != null && k.isNode();
    }

    private static KindSpec define(KindSpec k, boolean topLevel) {
        // every element may carry these
        k.prop("description", Signature.of(STRING), "What this element is for, in a sentence.",
                "description \"Handles sign-up and profiles\"");
        k.prop("aws-name", Signature.of(STRING), "The name of the real AWS resource, when it differs from the element's name (used by drift and Terraform).",
                "aws-name \"doa-market-cluster\"");
        k.many("tag", new Signature().pos("key", WORD).pos("value", STRING), "A resource tag.",
                "tag team \"payments\"");
        k.many("suppress", new Signature().pos("rule", WORD).opt("reason", STRING).kw("cause", STRING),
                "Excuses a rule finding on this element; the reason is mandatory. With cause, only the finding about that cause"
                        + " (an environment variable, an IAM action: what its fingerprint names), e.g. cause \"LEGACY_TOKEN\".",
                "suppress availability/single-zone-service \"batch job, a zone outage is acceptable\"");
        // inline parts may also be written in the block
        for (Slot s : k.inline().slots()) {
            if (s.kind() == Slot.Kind.LITERAL || k.property(s.name()) != null) continue;
            Signature sig = s.kind() == Slot.Kind.FLAG ? Signature.flag() : Signature.of(s.type());
            k.prop(s.name(), sig, "Same as on the declaration line.", null);
        }
        KINDS.put(k.kind(), k);
        if (topLevel) TOP_LEVEL.add(k.kind());
        return k;
    }

    private static Signature capacity() {
        return new Signature().pos("provider", oneOf("fargate", "fargate-spot", "ec2"))
                .kw("weight", INT).kw("base", INT);
    }

    private static Signature rule(String dir) {
        return new Signature().pos("protocol", oneOf("tcp", "udp", "icmp", "all"))
                .opt("ports", PORTS).req(dir, SOURCE.listOf()).kw("description", STRING);
    }

    /** A network ACL rule: its number (the order rules are judged in), allow or deny, protocol, ports, and an address range. */
    private static Signature naclRule(String dir) {
        return new Signature().pos("number", INT).pos("action", oneOf("allow", "deny")).pos("protocol", oneOf("tcp", "udp", "icmp", "all"))
                .opt("ports", PORTS).req(dir, CIDR);
    }

    private static final Type SUBNETS = ref("subnet").listOf();
    /** The AWS services a VPC endpoint may reach, as their endpoint names write them (com.amazonaws.REGION.NAME). */
    private static final String[] ENDPOINT_SERVICES = {"ecr.api", "ecr.dkr", "logs", "s3", "dynamodb", "secretsmanager", "ssm",
            "ssmmessages", "ec2messages", "sts", "sqs", "sns", "kms", "monitoring", "events", "execute-api", "elasticloadbalancing",
            "ecs", "ecs-agent", "ecs-telemetry", "xray", "lambda", "kinesis-streams", "elasticfilesystem", "eks", "autoscaling"};
    private static final Type SGS = ref("securitygroup").listOf();

    static {
        // ---- the root and environments -------------------------------------------------
        KindSpec arch = new KindSpec(ARCHITECTURE, "The whole system: region, zones, budget, and every element.",
                "architecture fintech {\n  region ap-northeast-2\n  zones ap-northeast-2a, ap-northeast-2c\n}");
        arch.prop("region", Signature.of(REGION), "The AWS region everything runs in.", "region ap-northeast-2")
            .prop("zones", Signature.of(ZONE.listOf()), "The availability zones in use; every subnet's zone must be one of them.",
                    "zones ap-northeast-2a, ap-northeast-2c")
            .prop("budget", Signature.of(MONEY), "The monthly cost ceiling of the whole architecture (all environments together).", "budget 12000 USD per month")
            .prop("max-cost-increase", Signature.of(PERCENT), "How much one change may raise the monthly cost at desired scale (checked by 'archkit diff' and 'archkit cost --diff').", "max-cost-increase 10%")
            .prop("required-tags", Signature.of(WORD.listOf()), "Tags every element must carry.", "required-tags team, cost-center")
            .prop("account", Signature.of(STRING), "The AWS account id, for documentation and drift.", "account \"123456789012\"")
            .many("rule", new Signature().pos("id", WORD).pos("level", oneOf("error", "warning", "info", "off")).opt("reason", STRING),
                    "Changes a rule's severity for this architecture, or turns it off (which needs a reason, as a suppression does).",
                    "rule resilience/missing-circuit-breaker off \"the platform's mesh retries and breaks circuits\"");
        define(arch, false);

        KindSpec env = new KindSpec(ENVIRONMENT, "Overrides for one environment (dev, stg, prod) of the same architecture.",
                "environment prod {\n  stage production\n  service user-service { replicas 3 min 2 max 10 }\n}");
        env.prop("stage", Signature.of(oneOf("production", "staging", "development", "test")),
                    "What the environment is for; rules are stricter in production. Defaults from the name (prod, stg, dev).", "stage production")
           .prop("budget", Signature.of(MONEY), "The monthly cost ceiling of this environment.", "budget 3000 USD per month")
           .prop("max-cost-increase", Signature.of(PERCENT), "How much one change may raise this environment's monthly cost.", "max-cost-increase 10%")
           .prop("zones", Signature.of(ZONE.listOf()), "The zones used in this environment.", "zones ap-northeast-2a, ap-northeast-2c")
           .prop("exclude", Signature.of(ref(NODE_KINDS).listOf()), "Elements that do not run in this environment.",
                    "exclude health-service, log-service");
        define(env, false);

        // ---- network ---------------------------------------------------------------------
        define(new KindSpec("network", "A VPC with its subnets, NAT gateways, VPC endpoints and network ACLs.",
                "network main 10.0.0.0/16 {\n  subnet public-a zone ap-northeast-2a public 10.0.0.0/24\n  subnet app-a zone ap-northeast-2a private 10.0.10.0/24\n  nat nat-a subnet public-a\n}")
                .inline(new Signature().pos("cidr", CIDR))
                .prop("dns-hostnames", Signature.flag(), "Enables DNS hostnames in the VPC.", "dns-hostnames on")
                .prop("flow-logs", Signature.flag(), "Enables VPC flow logs.", "flow-logs on")
                .child("subnet").child("nat").child("endpoint").child("nacl"), true);
        define(new KindSpec("subnet", "A subnet of a network, in one zone; public subnets route to an internet gateway.",
                "subnet app-a zone ap-northeast-2a private 10.0.10.0/24")
                .inline(new Signature().opt("tier", oneOf("public", "private")).pos("cidr", CIDR).req("zone", ZONE))
                .prop("route", new Signature().pos("target", oneOf("igw", "nat", "none")).opt("nat", ref("nat")),
                        "The subnet's default route: the internet gateway, a NAT gateway, or none (default: igw for a public subnet;"
                                + " for a private one, the NAT gateway that serves it, else none).", "route nat nat-a")
                .nested(), false);
        define(new KindSpec("nat", "A NAT gateway in a public subnet; private subnets of its zone route through it.",
                "nat nat-a subnet public-a")
                .inline(new Signature().req("subnet", ref("subnet")))
                .prop("serves", Signature.of(SUBNETS), "The private subnets routed through this gateway (default: those in its zone).",
                        "serves app-a, app-c")
                .prop("usage", new Signature().req("data", SIZE), "Expected data processed per month (for cost).", "usage data 200 GB")
                .nested(), false);
        define(new KindSpec("endpoint", "A VPC endpoint: an AWS service reached from the network's subnets without the internet."
                        + " Interface endpoints stand in subnets behind security groups; gateway endpoints (S3, DynamoDB) are routes.",
                "endpoint ecr-api {\n  type interface\n  service ecr.api\n  subnets app-a, app-c\n  securitygroups endpoints-sg\n  private-dns on\n}")
                .prop("type", Signature.of(oneOf("interface", "gateway")), "Interface (a network interface per subnet) or gateway (a route; S3 and DynamoDB only). Default: interface.", "type gateway")
                .prop("service", Signature.of(oneOf(ENDPOINT_SERVICES)), "The AWS service the endpoint reaches.", "service ecr.dkr")
                .prop("subnets", Signature.of(SUBNETS), "The subnets an interface endpoint has a network interface in (one per zone).", "subnets app-a, app-c")
                .prop("securitygroups", Signature.of(SGS), "The security groups of an interface endpoint.", "securitygroups endpoints-sg")
                .prop("private-dns", Signature.flag(), "Whether the service's public name resolves to the endpoint inside the VPC (interface endpoints; default on).", "private-dns on")
                .prop("usage", new Signature().req("data", SIZE), "Expected data processed per month by an interface endpoint (for cost).", "usage data 20 GB")
                .nested(), false);

        define(new KindSpec("nacl", "A network ACL: stateless rules every packet entering or leaving its subnets passes, judged in the order"
                        + " of their numbers (the first rule that matches decides; a packet no rule matches is denied). Being stateless, it must"
                        + " also let the return traffic through, on the ephemeral ports 1024-65535. A subnet that no NACL names keeps its VPC's"
                        + " default NACL, which allows all traffic in and out.",
                "nacl app-nacl {\n  subnets app-a, app-c\n  ingress 100 allow tcp 8080 from 10.0.0.0/23\n  egress 100 allow tcp 1024-65535 to 10.0.0.0/23\n  egress 200 deny all to 0.0.0.0/0\n}")
                .prop("subnets", Signature.of(SUBNETS), "The subnets of its network the NACL guards (each subnet in at most one NACL).", "subnets app-a, app-c")
                .many("ingress", naclRule("from"), "A rule for traffic entering the subnets: number (1 to 32766, unique per direction), allow or deny,"
                        + " protocol, port or range (tcp and udp name one, or 'all'; icmp and all take none), and the source range.", "ingress 100 allow tcp 443 from 0.0.0.0/0")
                .many("egress", naclRule("to"), "A rule for traffic leaving the subnets: number, allow or deny, protocol, port or range,"
                        + " and the destination range.", "egress 100 allow tcp 1024-65535 to 0.0.0.0/0")
                .nested(), false);

        define(new KindSpec("prefixlist", "A customer-managed prefix list: address ranges a security group rule names as one source or"
                        + " destination ('from prefix-list office-ranges'). The region's AWS-managed lists need no declaration: 'prefix-list aws:s3'"
                        + " and 'prefix-list aws:dynamodb' name the public ranges of S3 and DynamoDB.",
                "prefixlist office-ranges {\n  entries 203.0.113.0/24, 198.51.100.0/24\n  max-entries 10\n}")
                .prop("entries", Signature.of(CIDR.listOf()), "The list's address ranges, all IPv4 or all IPv6.", "entries 203.0.113.0/24, 198.51.100.0/24")
                .prop("max-entries", Signature.of(INT), "The most entries the list may hold (1 to 1000; default: its entry count). Each rule naming the list"
                        + " counts as this many rules against a security group's quota.", "max-entries 10"), true);

        define(new KindSpec("securitygroup", "A security group; rules name their source as a CIDR, 'self', another group or a managed prefix list.",
                "securitygroup task-sg {\n  ingress tcp 8080 from alb-sg description \"from the load balancer\"\n  egress all to 0.0.0.0/0\n}")
                .prop("network", Signature.of(ref("network")), "The VPC of the group (default: the only network).", "network main")
                .many("ingress", rule("from"), "Allows traffic in: protocol, port or range, and where from.", "ingress tcp 443 from 0.0.0.0/0")
                .many("egress", rule("to"), "Allows traffic out: protocol, port or range, and where to.", "egress tcp 5432 to db-sg"), true);

        // ---- compute ---------------------------------------------------------------------
        define(new KindSpec("cluster", "An ECS or EKS cluster (or, to describe alternatives, Docker Swarm or Elastic Beanstalk).",
                "cluster main {\n  type ecs\n  capacity fargate weight 3 base 2\n  capacity fargate-spot weight 1\n  insights on\n}")
                .prop("type", Signature.of(oneOf("ecs", "eks", "swarm", "beanstalk")), "The orchestrator (default ecs).", "type eks")
                .many("capacity", capacity(), "A capacity provider in the default strategy, with weight and base.", "capacity fargate-spot weight 1")
                .prop("insights", Signature.flag(), "CloudWatch Container Insights.", "insights on")
                .prop("version", Signature.of(STRING), "The Kubernetes version (EKS).", "version \"1.30\"")
                .prop("network", Signature.of(ref("network")), "The VPC of the cluster.", "network main")
                .prop("subnets", Signature.of(SUBNETS), "Subnets of the control plane endpoints (EKS).", "subnets app-a, app-c")
                .prop("endpoint", Signature.of(oneOf("public", "private", "public-and-private")), "EKS API endpoint access.", "endpoint private")
                .many("namespace", Signature.of(WORD), "A Kubernetes namespace in the cluster.", "namespace elice-devops-prod")
                .prop("network-policy", Signature.of(oneOf("vpc-cni", "calico", "cilium", "none")),
                        "What enforces Kubernetes NetworkPolicies in an EKS cluster: the VPC CNI's network policy agent, Calico, Cilium,"
                                + " or none (then 'archkit k8s' writes no NetworkPolicy and every pod reaches every other).", "network-policy vpc-cni")
                .child("nodegroup"), true);
        define(new KindSpec("nodegroup", "EC2 worker nodes of a cluster (EKS managed node group, or ECS on EC2 capacity).",
                "nodegroup workers {\n  instance t3.medium\n  size 2 min 2 max 4\n  subnets app-a, app-c\n}")
                .prop("instance", Signature.of(INSTANCE_TYPE.listOf()), "The EC2 instance type(s).", "instance t3.medium")
                .prop("size", new Signature().pos("desired", INT).kw("min", INT).kw("max", INT), "Desired, minimum and maximum node count.", "size 2 min 2 max 4")
                .prop("subnets", Signature.of(SUBNETS), "Subnets the nodes run in.", "subnets app-a, app-c")
                .prop("securitygroups", Signature.of(SGS), "Security groups of the nodes (set through a launch template). The orchestrator's"
                        + " ports belong here (kubelet 10250 from the EKS control plane; Swarm 2377, 7946 and 4789 between the hosts), and"
                        + " the tasks that share the hosts' network use them: EKS pods whose service names no security groups of its own"
                        + " (no security groups for pods), Swarm and Beanstalk tasks.", "securitygroups node-sg")
                .prop("capacity", Signature.of(oneOf("on-demand", "spot")), "On-demand or Spot instances.", "capacity spot")
                .prop("arch", Signature.of(oneOf("x86_64", "arm64")), "CPU architecture.", "arch arm64")
                .prop("disk", Signature.of(SIZE), "Root volume size per node.", "disk 50 GB")
                .nested(), false);

        KindSpec service = new KindSpec("service", "A containerized service: an ECS service with its task definition, or a Kubernetes Deployment.",
                "service user-service {\n  cluster main\n  runtime fargate\n  image \"fintech/user-service:1.4.2\"\n  cpu 1024\n  memory 2048\n  port 8080\n  replicas 3 min 2 max 50\n  scale cpu 70%\n  subnets app-a, app-c\n  securitygroups task-sg\n  deploy rolling circuit-breaker rollback\n}")
            .node()
            .prop("cluster", Signature.of(ref("cluster")), "The cluster the service runs in.", "cluster main")
            .prop("runtime", Signature.of(oneOf("fargate", "ec2", "eks", "swarm", "beanstalk")), "Where tasks run: Fargate, EC2 capacity, EKS pods (default from the cluster).", "runtime fargate")
            .prop("namespace", Signature.of(WORD), "The Kubernetes namespace (EKS).", "namespace elice-devops-prod")
            .prop("image", Signature.of(STRING), "The container image with its tag.", "image \"fintech/user-service:1.4.2\"")
            .prop("cpu", Signature.of(CPU), "Task CPU: units (1024 = 1 vCPU), vCPUs or millicores.", "cpu 1024")
            .prop("memory", Signature.of(MEMORY), "Task memory: MiB, or with a unit.", "memory 2048")
            .prop("arch", Signature.of(oneOf("x86_64", "arm64")), "CPU architecture (Graviton is arm64).", "arch arm64")
            .prop("port", Signature.of(INT.listOf()), "Container port(s).", "port 8080")
            .prop("peers", new Signature().req("port", PORTS),
                    "The service's own tasks call each other on these ports (a JGroups, Hazelcast or Akka cluster, a Redis cluster bus): the traffic a security group's 'from self' rule is for.",
                    "peers port 7800")
            .prop("replicas", new Signature().pos("desired", INT).kw("min", INT).kw("max", INT), "Desired task count, and the autoscaling range.", "replicas 3 min 2 max 50")
            .many("scale", new Signature().pos("metric", oneOf("cpu", "memory", "requests")).pos("target", NUMBER)
                    .kw("cooldown-in", DURATION).kw("cooldown-out", DURATION),
                    "A target-tracking policy: average CPU or memory in percent, or ALB requests per target.", "scale requests 1000")
            .many("schedule", new Signature().pos("cron", STRING).kw("min", INT).kw("max", INT).kw("name", WORD),
                    "A scheduled scaling action.", "schedule \"cron(0 22 * * ? *)\" min 1 max 4 name night")
            .prop("subnets", Signature.of(SUBNETS), "Subnets the tasks run in.", "subnets app-a, app-c")
            .prop("securitygroups", Signature.of(SGS), "Security groups of the tasks.", "securitygroups task-sg")
            .prop("public-ip", Signature.flag(), "Assigns a public IP to each task.", "public-ip off")
            .prop("latency", Signature.of(DURATION), "Its own time to answer a call (not counting the calls it makes): added along synchronous paths by 'deadline'.", "latency 50ms")
            .prop("deploy", new Signature().pos("strategy", oneOf("rolling", "blue-green"))
                    .kw("canary", PERCENT).kw("linear", PERCENT).kw("every", DURATION)
                    .flag("circuit-breaker").flag("rollback")
                    .kw("max-percent", PERCENT).kw("min-healthy", PERCENT)
                    .kw("alarms", ref("alarm").listOf()).kw("wait", DURATION),
                    "The deployment: rolling (with the ECS circuit breaker) or blue/green via CodeDeploy (canary or linear).",
                    "deploy blue-green linear 10% every 1m alarms product-5xx wait 5m")
            .prop("health", new Signature().pos("check", STRING).kw("interval", DURATION).kw("timeout", DURATION)
                    .kw("retries", INT).kw("start-period", DURATION),
                    "The container health check: a path or a command.", "health /health interval 30s timeout 5s retries 3 start-period 60s")
            .many("probe", new Signature().pos("type", oneOf("liveness", "readiness", "startup")).pos("path", PATH)
                    .kw("port", INT).kw("delay", DURATION).kw("period", DURATION).kw("timeout", DURATION).kw("failures", INT),
                    "A Kubernetes probe.", "probe liveness /health port 8080 delay 30s period 10s")
            .prop("requests", new Signature().kw("cpu", CPU).kw("memory", MEMORY), "Kubernetes resource requests.", "requests cpu 125m memory 128Mi")
            .prop("limits", new Signature().kw("cpu", CPU).kw("memory", MEMORY), "Kubernetes resource limits.", "limits cpu 250m memory 256Mi")
            .many("env", new Signature().pos("name", WORD).pos("value", STRING), "A plain environment variable (never a secret: use 'secret').", "env NODE_ENV production")
            .many("secret", new Signature().pos("name", WORD).req("from", oneOf("secretsmanager", "ssm")).pos("ref", STRING),
                    "An environment variable read from Secrets Manager or SSM Parameter Store at start.", "secret DB_PASSWORD from secretsmanager \"products-db-password\"")
            .prop("role", Signature.of(ref("role")), "The task role (what the code may call); or write 'role { allow ... }' inline.", "role product-task-role")
            .prop("execution-role", Signature.of(ref("role")), "The task execution role (pulls images, reads secrets, writes logs).", "execution-role ecs-execution")
            .prop("logs", new Signature().pos("driver", oneOf("awslogs", "firelens", "fluentbit", "none"))
                    .kw("group", STRING).kw("retention", DURATION), "Where container logs go.", "logs awslogs group \"/ecs/user-service\" retention 30d")
            .prop("tracing", Signature.of(oneOf("xray", "otel", "none")), "Distributed tracing.", "tracing xray")
            .prop("metrics", Signature.of(oneOf("container-insights", "prometheus", "cloudwatch").listOf()), "Metrics collected.", "metrics prometheus")
            .prop("discovery", Signature.of(ref("cloudmap")), "Registers the service in a Cloud Map namespace.", "discovery fintech.local")
            .many("capacity", capacity(), "A capacity provider in the service's own strategy.", "capacity fargate weight 3 base 2")
            .prop("critical", Signature.flag(), "Marks a business-critical service (stricter availability rules).", "critical")
            .prop("ephemeral-storage", Signature.of(SIZE), "Fargate ephemeral storage (20 GB included).", "ephemeral-storage 30 GB")
            .many("volume", new Signature().pos("type", oneOf("emptydir", "efs", "ebs", "hostpath")).kw("path", STRING).kw("size", SIZE)
                            .flag("persistent"),
                    "A volume mounted in the container; 'persistent' marks data that must outlive the pod or task.", "volume efs path \"/data\" persistent")
            .prop("disruption", new Signature().req("max-unavailable", INT),
                    "The PodDisruptionBudget of an EKS service: how many pods voluntary disruptions (node drains, upgrades) may take"
                            + " down at once (default 1; written when the service never runs fewer than two pods, or when declared).", "disruption max-unavailable 1")
            .prop("privileged", Signature.flag(), "Runs the container privileged (EKS: securityContext.privileged): root on the node.", "privileged on")
            .prop("host-network", Signature.flag(), "Puts the pod on the node's network namespace (EKS: hostNetwork).", "host-network on")
            .many("sidecar", new Signature().pos("name", WORD).req("image", STRING).kw("cpu", CPU).kw("memory", MEMORY).kw("port", INT),
                    "A second container in the task (e.g. the X-Ray daemon).", "sidecar xray-daemon image \"amazon/aws-xray-daemon:3.3.12\" cpu 32 memory 256 port 2000")
            .prop("exec", Signature.flag(), "ECS Exec (enableExecuteCommand).", "exec on")
            .prop("budget", Signature.of(MONEY), "The monthly cost ceiling of this service.", "budget 800 USD per month")
            .prop("usage", new Signature().req("logs", SIZE), "Expected log volume per task per month (for cost).", "usage logs 2 GB");
        define(service, true);

        define(new KindSpec("function", "A Lambda function.", "function thumbnailer {\n  runtime \"java21\"\n  memory 1024\n  timeout 30s\n}")
                .node()
                .prop("runtime", Signature.of(STRING), "The Lambda runtime.", "runtime \"java21\"")
                .prop("memory", Signature.of(MEMORY), "Memory size.", "memory 1024")
                .prop("timeout", Signature.of(DURATION), "Function timeout.", "timeout 30s")
                .prop("latency", Signature.of(DURATION), "Its own time to answer a call (not counting the calls it makes): added along synchronous paths by 'deadline'.", "latency 200ms")
                .prop("concurrency", Signature.of(INT), "Reserved concurrency.", "concurrency 100")
                .prop("subnets", Signature.of(SUBNETS), "VPC subnets.", "subnets app-a, app-c")
                .prop("securitygroups", Signature.of(SGS), "Security groups.", "securitygroups fn-sg")
                .prop("role", Signature.of(ref("role")), "The execution role.", "role thumbnailer-role"), true);

        // ---- ingress -----------------------------------------------------------------------
        define(new KindSpec("loadbalancer", "An Application, Network or Classic Load Balancer with listeners, path routes and a health check.",
                "loadbalancer public-alb {\n  type application\n  scheme internet-facing\n  subnets public-a, public-c\n  securitygroups alb-sg\n  listener https 443 certificate \"arn:aws:acm:...\"\n  route /users/* -> user-service health /health\n}")
                .node()
                .prop("type", Signature.of(oneOf("application", "network", "classic")), "ALB, NLB or Classic LB.", "type application")
                .prop("scheme", Signature.of(oneOf("internet-facing", "internal")), "Internet-facing or internal (default internet-facing).", "scheme internal")
                .prop("subnets", Signature.of(SUBNETS), "Subnets of the load balancer nodes.", "subnets public-a, public-c")
                .prop("securitygroups", Signature.of(SGS), "Security groups (ALB, and NLB if set).", "securitygroups alb-sg")
                .many("listener", new Signature().pos("protocol", oneOf("http", "https", "tcp", "tls", "udp"))
                        .pos("port", INT).kw("certificate", STRING).kw("redirect", INT).kw("forward", ref(NODE_KINDS)),
                        "A listener: protocol and port; optionally a redirect or a default target.", "listener http 80 redirect 443")
                .many("route", new Signature().pos("path", PATH).lit("->").pos("target", ref("service", "function"))
                        .kw("port", INT).kw("health", PATH).kw("priority", INT).kw("host", STRING),
                        "A listener rule: path pattern to a target group of a service.", "route /api/v1/products/* -> product-service port 3003 health /health")
                .prop("health", new Signature().pos("path", PATH).kw("interval", DURATION).kw("timeout", DURATION)
                        .kw("healthy", INT).kw("unhealthy", INT).kw("matcher", STRING),
                        "The default target group health check.", "health /health interval 30s healthy 2 unhealthy 3")
                .prop("deregistration", Signature.of(DURATION), "Target deregistration delay.", "deregistration 30s")
                .prop("idle-timeout", Signature.of(DURATION), "Idle connection timeout.", "idle-timeout 60s")
                .prop("cross-zone", Signature.flag(), "Cross-zone load balancing.", "cross-zone on")
                .prop("deletion-protection", Signature.flag(), "Deletion protection.", "deletion-protection on")
                .prop("access-logs", Signature.flag(), "Access logs to S3.", "access-logs on")
                .prop("usage", new Signature().kw("rps", NUMBER).kw("data", SIZE), "Expected average requests per second and data processed per month (for the LCU estimate).", "usage rps 200 data 500 GB"), true);

        define(new KindSpec("apigateway", "An Amazon API Gateway (REST or HTTP API) with routes, throttling, authorizers and a VPC link.",
                "apigateway public-api {\n  type rest\n  authorizer cognito-users cognito pool \"fintech-users\"\n  throttle rate 1000 burst 2000\n  vpc-link internal-nlb\n  route GET /users/* -> user-service\n  route POST /payments -> payment-service auth cognito-users\n}")
                .node()
                .prop("type", Signature.of(oneOf("rest", "http", "websocket")), "REST API, HTTP API or WebSocket API.", "type http")
                .prop("endpoint", Signature.of(oneOf("regional", "edge", "private")), "Endpoint type.", "endpoint regional")
                .many("route", new Signature().pos("method", oneOf("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "ANY"))
                        .pos("path", PATH).lit("->").pos("target", ref(NODE_KINDS)).kw("auth", WORD),
                        "A route: method and path to a target, optionally behind an authorizer.", "route POST /payments -> payment-service auth cognito-users")
                .many("authorizer", new Signature().pos("name", WORD).pos("type", oneOf("cognito", "jwt", "lambda", "iam")).kw("pool", STRING),
                        "An authorizer routes may name.", "authorizer cognito-users cognito pool \"fintech-users\"")
                .prop("throttle", new Signature().kw("rate", INT).kw("burst", INT), "Default throttling: steady requests per second and burst.", "throttle rate 1000 burst 2000")
                .prop("vpc-link", Signature.of(ref("loadbalancer")), "The VPC link to a (network) load balancer for private integrations.", "vpc-link internal-nlb")
                .prop("stage", Signature.of(WORD.listOf()), "Deployment stages.", "stage prod")
                .prop("waf", Signature.flag(), "A WAF web ACL in front.", "waf on")
                .prop("usage", new Signature().req("rps", NUMBER), "Expected average requests per second (for cost).", "usage rps 50"), true);

        define(new KindSpec("cloudmap", "An AWS Cloud Map namespace for service discovery.",
                "cloudmap fintech.local {\n  type dns-private\n  network main\n  ttl 60s\n}")
                .prop("type", Signature.of(oneOf("dns-private", "dns-public", "http")), "Namespace type (default dns-private).", "type dns-private")
                .prop("network", Signature.of(ref("network")), "The VPC of a private DNS namespace.", "network main")
                .prop("ttl", Signature.of(DURATION), "DNS record TTL.", "ttl 60s")
                .prop("routing", Signature.of(oneOf("multivalue", "weighted")), "DNS routing policy.", "routing multivalue"), true);

        // ---- identity ----------------------------------------------------------------------
        Signature stmt = new Signature().pos("actions", STRING.listOf()).req("on", STRING.listOf()).kw("condition", STRING);
        define(new KindSpec("role", "An IAM role with its policy statements.",
                "role product-task-role {\n  allow s3:GetObject, s3:PutObject on \"arn:aws:s3:::doa-market-product-images/*\"\n  allow xray:PutTraceSegments on \"*\"\n}")
                .many("allow", stmt, "Allows actions on resources.", "allow dynamodb:GetItem on \"arn:aws:dynamodb:*:*:table/Users\"")
                .many("deny", stmt, "Denies actions on resources.", "deny s3:DeleteObject on \"*\"")
                .many("managed", Signature.of(STRING), "An attached managed policy (name or ARN).", "managed \"AmazonECSTaskExecutionRolePolicy\"")
                .prop("trust", Signature.of(oneOf("ecs-tasks", "eks-pods", "ec2", "lambda").listOf()), "Who may assume the role (default ecs-tasks).", "trust ecs-tasks"), true);

        // ---- data ------------------------------------------------------------------------
        define(new KindSpec("database", "An RDS or Aurora database.",
                "database user-db {\n  engine mysql\n  class db.r6g.large\n  multi-az\n  storage 100 GB\n  encrypted\n}")
                .node()
                .prop("engine", Signature.of(oneOf("mysql", "postgres", "mariadb", "aurora-mysql", "aurora-postgresql", "oracle", "sqlserver")), "The engine.", "engine postgres")
                .prop("version", Signature.of(STRING), "Engine version.", "version \"16.3\"")
                .prop("class", Signature.of(DB_CLASS), "The instance class.", "class db.t3.medium")
                .prop("multi-az", Signature.flag(), "A standby in a second zone.", "multi-az")
                .prop("storage", Signature.of(SIZE), "Allocated storage.", "storage 100 GB")
                .prop("storage-type", Signature.of(oneOf("gp2", "gp3", "io1", "io2", "aurora")), "Storage type.", "storage-type gp3")
                .prop("replicas", Signature.of(INT), "Read replicas (Aurora: readers).", "replicas 1")
                .prop("zone", Signature.of(ZONE), "The zone of a single-AZ instance.", "zone ap-northeast-2a")
                .prop("subnets", Signature.of(SUBNETS), "Subnets of the DB subnet group.", "subnets data-a, data-c")
                .prop("securitygroups", Signature.of(SGS), "Security groups.", "securitygroups db-sg")
                .prop("port", Signature.of(INT), "Port (default from the engine).", "port 5432")
                .prop("encrypted", Signature.flag(), "Storage encryption.", "encrypted")
                .prop("public", Signature.flag(), "Publicly accessible.", "public off")
                .prop("backup", Signature.of(DURATION), "Backup retention (automated backups with point-in-time recovery; 0 turns them off).", "backup 7d")
                .prop("snapshots", new Signature().req("every", DURATION),
                        "Snapshots on a schedule (AWS Backup or a scheduled job): how often one is taken, the RPO of restoring from them.", "snapshots every 12h")
                .prop("replica-zones", Signature.of(ZONE.listOf()), "The zones of the read replicas (Aurora: readers), one per replica.",
                        "replica-zones ap-northeast-2c")
                .prop("deletion-protection", Signature.flag(), "Deletion protection.", "deletion-protection"), true);
        define(new KindSpec("cache", "An ElastiCache cluster (Redis, Valkey or Memcached).",
                "cache sessions {\n  engine redis\n  class cache.r6g.large\n  nodes 2\n  multi-az\n}")
                .node()
                .prop("engine", Signature.of(oneOf("redis", "valkey", "memcached")), "The engine.", "engine redis")
                .prop("class", Signature.of(CACHE_NODE), "The node type.", "class cache.t3.micro")
                .prop("nodes", Signature.of(INT), "Number of nodes.", "nodes 2")
                .prop("multi-az", Signature.flag(), "Multi-AZ with automatic failover.", "multi-az")
                .prop("subnets", Signature.of(SUBNETS), "Subnets.", "subnets data-a, data-c")
                .prop("securitygroups", Signature.of(SGS), "Security groups.", "securitygroups cache-sg")
                .prop("port", Signature.of(INT), "Port.", "port 6379")
                .prop("encrypted", Signature.flag(), "Encryption at rest and in transit.", "encrypted"), true);
        define(new KindSpec("table", "A DynamoDB table.", "table ProductViews {\n  billing on-demand\n  pitr on\n}")
                .node()
                .prop("billing", Signature.of(oneOf("on-demand", "provisioned")), "Billing mode.", "billing provisioned")
                .prop("read", Signature.of(INT), "Provisioned read capacity units.", "read 100")
                .prop("write", Signature.of(INT), "Provisioned write capacity units.", "write 50")
                .prop("pitr", Signature.flag(), "Point-in-time recovery.", "pitr on")
                .prop("encrypted", Signature.flag(), "Encryption with a customer key.", "encrypted"), true);
        define(new KindSpec("search", "An OpenSearch domain.", "search products-search {\n  engine opensearch\n  class r6g.large.search\n  nodes 3\n}")
                .node()
                .prop("engine", Signature.of(oneOf("opensearch", "elasticsearch")), "The engine.", "engine opensearch")
                .prop("version", Signature.of(STRING), "Version.", "version \"2.13\"")
                .prop("class", Signature.of(SEARCH_NODE), "Data node instance type.", "class r6g.large.search")
                .prop("nodes", Signature.of(INT), "Data nodes.", "nodes 3")
                .prop("zone-count", Signature.of(INT), "Zone awareness: zones the nodes spread over.", "zone-count 3")
                .prop("storage", Signature.of(SIZE), "EBS storage per node.", "storage 100 GB")
                .prop("subnets", Signature.of(SUBNETS), "Subnets.", "subnets data-a, data-c")
                .prop("securitygroups", Signature.of(SGS), "Security groups.", "securitygroups search-sg")
                .prop("encrypted", Signature.flag(), "Encryption at rest.", "encrypted"), true);
        define(new KindSpec("bucket", "Object storage: an S3 bucket, or MinIO served by a service.",
                "bucket product-images {\n  type s3\n  versioning on\n  encrypted\n}")
                .node()
                .prop("type", Signature.of(oneOf("s3", "minio")), "S3, or MinIO (S3 API compatible).", "type minio")
                .prop("served-by", Signature.of(ref("service")), "The service that serves a MinIO bucket.", "served-by minio")
                .prop("versioning", Signature.flag(), "Object versioning.", "versioning on")
                .prop("encrypted", Signature.flag(), "Default encryption.", "encrypted")
                .prop("public", Signature.flag(), "Public access.", "public off"), true);

        // ---- messaging ---------------------------------------------------------------------
        define(new KindSpec("queue", "An SQS queue.", "queue payment-events {\n  fifo\n  dlq payment-events-dlq\n  visibility 30s\n}")
                .node()
                .prop("fifo", Signature.flag(), "A FIFO queue.", "fifo")
                .prop("dlq", Signature.of(ref("queue")), "The dead-letter queue.", "dlq payment-events-dlq")
                .prop("max-receives", Signature.of(INT), "Receives before a message goes to the DLQ.", "max-receives 5")
                .prop("visibility", Signature.of(DURATION), "Visibility timeout.", "visibility 30s")
                .prop("retention", Signature.of(DURATION), "Message retention.", "retention 4d")
                .prop("encrypted", Signature.flag(), "Server-side encryption.", "encrypted"), true);
        define(new KindSpec("topic", "An SNS topic.", "topic order-events {\n  fifo\n}")
                .node()
                .prop("fifo", Signature.flag(), "A FIFO topic.", "fifo")
                .prop("encrypted", Signature.flag(), "Server-side encryption.", "encrypted"), true);
        define(new KindSpec("eventbus", "An EventBridge event bus.", "eventbus doa-market-event-bus {\n  archive 7d\n}")
                .node()
                .prop("archive", Signature.of(DURATION), "Event archive retention.", "archive 7d"), true);

        // ---- outside -----------------------------------------------------------------------
        define(new KindSpec("external", "A system outside the architecture: users, a SaaS, a partner API.",
                "external payment-gateway {\n  type saas\n  url \"https://api.pg.example\"\n}")
                .node()
                .prop("type", Signature.of(oneOf("users", "saas", "partner", "on-premises", "internet")), "What it is.", "type users")
                .prop("url", Signature.of(STRING), "Where it is.", "url \"https://api.pg.example\"")
                .prop("sla", Signature.of(PERCENT), "Its availability commitment.", "sla 99.9%")
                .prop("latency", Signature.of(DURATION), "Its time to answer a call (a partner's published latency): added along synchronous paths by 'deadline'.", "latency 400ms"), true);

        define(new KindSpec("alarm", "A CloudWatch alarm (deployments may roll back on it).",
                "alarm product-5xx {\n  metric \"HTTPCode_Target_5XX_Count\"\n  threshold 10\n  period 1m\n}")
                .prop("metric", Signature.of(STRING), "The metric name.", "metric \"CPUUtilization\"")
                .prop("threshold", Signature.of(NUMBER), "The threshold (a number or a percent).", "threshold 80%")
                .prop("period", Signature.of(DURATION), "Evaluation period.", "period 5m")
                .prop("evaluations", Signature.of(INT), "Periods that must breach.", "evaluations 2")
                .prop("target", Signature.of(ref(NODE_KINDS)), "The element it watches.", "target product-service")
                .prop("notify", Signature.of(ref("topic")), "The topic notified.", "notify alerts"), true);

        // ---- dependencies (edges) -----------------------------------------------------------
        define(new KindSpec(DEPENDENCY, "A call from one element to another: '->' is synchronous, '~>' asynchronous.",
                "user-service -> user-db {\n  port 3306\n  timeout 2s\n  retries 2 backoff exponential jitter\n  circuit-breaker\n}")
                .prop("protocol", Signature.of(oneOf("http", "https", "grpc", "tcp", "sql", "redis", "amqp", "kafka", "aws")), "The protocol.", "protocol grpc")
                .prop("port", Signature.of(PORTS), "The port called (default: the callee's).", "port 5432")
                .prop("timeout", Signature.of(DURATION), "The caller's timeout per attempt.", "timeout 2s")
                .prop("retries", new Signature().pos("count", INT).kw("backoff", oneOf("none", "fixed", "exponential")).flag("jitter")
                                .kw("on", oneOf("errors", "timeouts", "connect-errors")),
                        "Retries after the first attempt; 'on' says which failures are retried: any error, timeouts (and errors), or only "
                                + "connect errors (the request never reached the callee).", "retries 2 backoff exponential jitter on connect-errors")
                .prop("circuit-breaker", new Signature().opt("enabled", BOOL).kw("threshold", PERCENT).kw("window", DURATION).kw("cooldown", DURATION),
                        "A circuit breaker on the call.", "circuit-breaker threshold 50% window 30s")
                .prop("rps", Signature.of(NUMBER), "Expected requests per second (usage, for cost and capacity).", "rps 200")
                .prop("optional", Signature.flag(), "A soft dependency: the caller has a fallback and works (degraded) without it.", "optional")
                .prop("via", Signature.of(ref("loadbalancer", "apigateway", "cloudmap")), "What the call goes through.", "via fintech.local"), false);
    }
}
