package dev.archkit.model.req;

import java.util.List;

/**
 * The fixed vocabulary of checkable predicates of a requirements block. Each is answered from the
 * facts of a candidate's model (the review module holds the checks); docs/review.md documents them.
 */
public enum Predicate {
    // availability
    SURVIVES_ZONE_LOSS("survives-zone-loss", Area.AVAILABILITY, Takes.NOTHING,
            "every service, database and cache keeps a running copy in another zone"),
    MIN_TASKS_PER_ZONE("min-tasks-per-zone", Area.AVAILABILITY, Takes.COUNT,
            "every service runs at least N tasks in each of its zones at its lowest count"),
    MIN_ZONES("min-zones", Area.AVAILABILITY, Takes.COUNT,
            "every service spreads over at least N zones"),
    // data
    RPO_ZERO("rpo-zero", Area.DATA, Takes.NOTHING,
            "every database replicates synchronously (Multi-AZ or Aurora): no committed write is lost with a zone"),
    AUTOMATIC_FAILOVER("automatic-failover", Area.DATA, Takes.NOTHING,
            "every database and cache fails over to a standby on its own (RTO of minutes, no restore)"),
    MAX_RPO("max-rpo", Area.DATA, Takes.DURATION,
            "every database loses at most the given time of committed writes with a zone or an instance: 0 when synchronous, else its newest restorable point (point-in-time recovery, scheduled snapshots)"),
    REPLICA_IN_ANOTHER_ZONE("replica-in-another-zone", Area.DATA, Takes.NOTHING,
            "every database keeps a running copy of its data in a zone other than its primary's (a Multi-AZ standby, Aurora storage, a read replica placed in another zone)"),
    // deployment safety
    ZERO_DOWNTIME_DEPLOYS("zero-downtime-deploys", Area.DEPLOYMENT, Takes.NOTHING,
            "every service deploys rolling, blue/green, canary or linear, never all at once"),
    AUTOMATIC_ROLLBACK("automatic-rollback", Area.DEPLOYMENT, Takes.NOTHING,
            "every service rolls a failed deployment back without a person (circuit breaker or CodeDeploy)"),
    TRAFFIC_SHIFTING("traffic-shifting", Area.DEPLOYMENT, Takes.PERCENT,
            "every service shifts traffic to a new version in steps: the first step (blue/green canary or linear) takes at most N% and waits before the next; never all at once"),
    // operations
    NO_SERVERS_TO_MANAGE("no-servers-to-manage", Area.OPERATIONS, Takes.NOTHING,
            "no instances to patch and scale: services on Fargate, no node groups"),
    MANAGED_ORCHESTRATOR("managed-orchestrator", Area.OPERATIONS, Takes.NOTHING,
            "the orchestrator is an AWS service (ECS, EKS, Elastic Beanstalk), not run by the team (Docker Swarm)"),
    ORCHESTRATOR("orchestrator", Area.OPERATIONS, Takes.CHOICE,
            "every service runs on the named orchestrator: ecs, eks or any"),
    NO_KUBERNETES("no-kubernetes", Area.OPERATIONS, Takes.NOTHING,
            "the team has no Kubernetes experience: no EKS cluster or service to learn and operate"),
    MIN_SERVICES("min-services", Area.OPERATIONS, Takes.COUNT,
            "at least N separately deployed services (one per domain)"),
    INDEPENDENT_SCALING("independent-scaling", Area.OPERATIONS, Takes.NOTHING,
            "every service autoscales on its own (a range and a scaling policy, not an environment-wide group)"),
    INDEPENDENT_DEPLOYMENT("independent-deployment", Area.OPERATIONS, Takes.NOTHING,
            "every service is deployed on its own, not as a container of a shared application environment"),
    // traffic
    PATH_ROUTING("path-routing", Area.TRAFFIC, Takes.NOTHING,
            "an Application Load Balancer or API gateway routes request paths to services; no Classic Load Balancer fronts containers"),
    API_GATEWAY("api-gateway", Area.TRAFFIC, Takes.NOTHING,
            "an API gateway with routes fronts the services"),
    SERVICE_DISCOVERY("service-discovery", Area.TRAFFIC, Takes.NOTHING,
            "every service registers for discovery (Cloud Map, or Kubernetes DNS)"),
    MESSAGING("messaging", Area.TRAFFIC, Takes.NOTHING,
            "services talk asynchronously through a queue, topic or event bus"),
    // observability
    CENTRAL_LOGS("central-logs", Area.OBSERVABILITY, Takes.NOTHING,
            "every service ships its logs to a central store"),
    TRACING("tracing", Area.OBSERVABILITY, Takes.NOTHING,
            "every service emits traces (X-Ray or OpenTelemetry)"),
    CONTAINER_METRICS("container-metrics", Area.OBSERVABILITY, Takes.NOTHING,
            "every cluster collects container metrics (Container Insights)"),
    // security
    PRIVATE_DATA_STORES("private-data-stores", Area.SECURITY, Takes.NOTHING,
            "every database and cache sits in private subnets and is not public"),
    PRIVATE_TASKS("private-tasks", Area.SECURITY, Takes.NOTHING,
            "every service runs in private subnets without a public IP (network isolation)"),
    ENCRYPTION_AT_REST("encryption-at-rest", Area.SECURITY, Takes.NOTHING,
            "every database, cache and queue is encrypted at rest"),
    ENCRYPTION_IN_TRANSIT("encryption-in-transit", Area.SECURITY, Takes.NOTHING,
            "every internet-facing load balancer serves HTTPS or TLS; plain HTTP only redirects"),
    NO_WILDCARD_ACTIONS("no-wildcard-actions", Area.SECURITY, Takes.NOTHING,
            "no IAM statement allows every action ('*' or 'service:*')"),
    SECRETS_IN_STORE("secrets-in-store", Area.SECURITY, Takes.NOTHING,
            "every service that uses secrets reads them from Secrets Manager or SSM, not from plain variables"),
    // network
    AWS_ACCESS_WITHOUT("aws-access-without", Area.NETWORK, Takes.AVOID,
            "the tasks (of the named services, or all) reach their image registry, logs and secrets without a NAT gateway, or without the internet"),
    ONLY_EXPOSED("only-exposed", Area.NETWORK, Takes.NAMES,
            "only the named entry points are reachable from the internet"),
    // latency
    DEADLINE("deadline", Area.LATENCY, Takes.DEADLINE,
            "every synchronous path from the entry points (the named ones, or all) fits the deadline: the sum of attempts x timeout of its calls and of its callees' declared latencies"),
    ANSWERS_SYNCHRONOUSLY("answers-synchronously", Area.LATENCY, Takes.HOP,
            "the entry point reaches the element that makes the answer over synchronous calls only, with no queue, topic or ~> between"),
    SAFE_RETRIES("safe-retries", Area.LATENCY, Takes.NOTHING,
            "every synchronous call that retries backs off exponentially with jitter and retries only connect errors (a request that reached the callee is never repeated)"),
    FALLBACK("fallback", Area.LATENCY, Takes.NAMES,
            "every synchronous call to the named elements has a fallback: the caller answers, degraded, without them ('optional')"),
    // cost
    MONTHLY_COST_BELOW("monthly-cost-below", Area.COST, Takes.USD,
            "the estimated monthly cost at the desired counts is at most the amount");

    /** What a predicate is about, for grouping in docs and reports. */
    public enum Area { AVAILABILITY, DATA, DEPLOYMENT, OPERATIONS, TRAFFIC, OBSERVABILITY, SECURITY, NETWORK, LATENCY, COST }

    /**
     * The argument a predicate takes: nothing, a count, an amount, an orchestrator, what to do
     * without ({@code nat|internet [for NAME, ...]}), element names ({@code NAME, ...}), a
     * deadline ({@code DURATION [at NAME, ...]}), a hop ({@code NAME -> NAME}), a duration ({@code 15m}) or a
     * percent ({@code 10%}).
     */
    public enum Takes { NOTHING, COUNT, USD, CHOICE, AVOID, NAMES, DEADLINE, HOP, DURATION, PERCENT }

    /** The words {@link #ORCHESTRATOR} takes. */
    public static final List<String> ORCHESTRATORS = List.of("ecs", "eks", "any");

    private final String id;
    private final Area area;
    private final Takes takes;
    private final String summary;

    Predicate(String id, Area area, Takes takes, String summary) {
        this.id = id;
        this.area = area;
        this.takes = takes;
        this.summary = summary;
    }

    /** The word written in a requirements block. */
    public String id() { return id; }

    public Area area() { return area; }

    public Takes takes() { return takes; }

    /** One line saying what passes. */
    public String summary() { return summary; }

    /** The predicate written as {@code word}, or null. */
    public static Predicate of(String word) {
        for (Predicate p : values()) if (p.id.equals(word)) return p;
        return null;
    }

    /** Every predicate's word, in declaration order (for did-you-mean hints). */
    public static List<String> ids() {
        return java.util.Arrays.stream(values()).map(Predicate::id).toList();
    }
}
