package dev.archkit.model.schema;

/** The base types of property values, with the forms each accepts (used in errors and docs). */
public enum ValueType {
    INT("a whole number", "3"),
    NUMBER("a number", "1.5"),
    STRING("a text (quote it if it has spaces)", "\"fintech/user-service:1.4.2\""),
    WORD("a name", "primary"),
    ENUM("one of the listed words", ""),
    BOOL("on/off (or true/false, yes/no, enabled/disabled)", "on"),
    DURATION("a duration with a unit (ms, s, m, h, d)", "2s"),
    SIZE("a size with a unit (MiB, MB, GiB, GB, TB)", "100 GB"),
    MEMORY("memory in MiB, or with a unit (MiB, GB, Mi, Gi)", "2048"),
    CPU("CPU units (1024 = 1 vCPU), vCPUs (0.5 vcpu) or millicores (250m)", "1024"),
    PERCENT("a percentage", "70%"),
    MONEY("money per period", "$5000/month"),
    CIDR("a network in CIDR notation", "10.0.0.0/16"),
    PORTS("a port, a range or 'all'", "443"),
    PATH("a URL path", "/api/v1/users/*"),
    REGION("an AWS region", "ap-northeast-2"),
    ZONE("an availability zone", "ap-northeast-2a"),
    INSTANCE_TYPE("an EC2 instance type, FAMILY.SIZE (see Instance classes)", "t3.medium"),
    DB_CLASS("an RDS or Aurora instance class, db.FAMILY.SIZE (see Instance classes)", "db.r6g.large"),
    CACHE_NODE("an ElastiCache node type, cache.FAMILY.SIZE (see Instance classes)", "cache.t4g.small"),
    SEARCH_NODE("an OpenSearch instance type, FAMILY.SIZE.search (see Instance classes)", "r6g.large.search"),
    REF("the name of a declared element", ""),
    SOURCE("a CIDR, 'self', a security group name or 'prefix-list NAME'", "10.0.0.0/16");

    private final String description;
    private final String example;

    ValueType(String description, String example) {
        this.description = description;
        this.example = example;
    }

    public String description() { return description; }
    public String example() { return example; }
}
