package dev.archkit.cost;

/**
 * A price (or a unitless factor) every region of a price table must have, and where it is in the
 * price file: {@code regions.<region>.<group>.<key>}, or {@code regions.<region>.<key>} for a
 * factor. Hourly and per-GB prices are US dollars; discounts are fractions (0.7 = 70% off).
 */
public enum Price {
    FARGATE_VCPU_HOUR("fargate", "vcpu-hour"),
    FARGATE_GB_HOUR("fargate", "gb-hour"),
    FARGATE_ARM_VCPU_HOUR("fargate", "arm-vcpu-hour"),
    FARGATE_ARM_GB_HOUR("fargate", "arm-gb-hour"),
    FARGATE_EPHEMERAL_GB_HOUR("fargate", "ephemeral-gb-hour"),
    FARGATE_SPOT_DISCOUNT("fargate", "spot-discount"),
    ALB_HOUR("alb", "hour"),
    ALB_LCU_HOUR("alb", "lcu-hour"),
    NLB_HOUR("nlb", "hour"),
    NLB_LCU_HOUR("nlb", "lcu-hour"),
    CLB_HOUR("clb", "hour"),
    CLB_GB("clb", "gb"),
    NAT_HOUR("nat", "hour"),
    NAT_GB("nat", "gb"),
    /** An interface VPC endpoint, per zone it stands in (gateway endpoints are free). */
    VPC_ENDPOINT_HOUR("vpc-endpoint", "hour"),
    VPC_ENDPOINT_GB("vpc-endpoint", "gb"),
    IPV4_HOUR("ipv4", "hour"),
    EKS_CLUSTER_HOUR("eks", "cluster-hour"),
    LOGS_INGEST_GB("logs", "ingest-gb"),
    APIGATEWAY_REST_MILLION("apigateway", "rest-million"),
    APIGATEWAY_HTTP_MILLION("apigateway", "http-million"),
    EBS_GP3_GB_MONTH("ebs", "gp3-gb-month"),
    EC2_SPOT_DISCOUNT(null, "ec2-spot-discount"),
    RDS_MULTI_AZ_FACTOR(null, "rds-multi-az-factor");

    private final String group;
    private final String key;

    Price(String group, String key) {
        this.group = group;
        this.key = key;
    }

    /** The object it sits in within a region, or null for a factor (a key of the region itself). */
    public String group() { return group; }

    public String key() { return key; }

    /** The table of a region's prices by size: instance types, DB classes, node types, storage types. */
    public enum Sizes {
        EC2("ec2"), RDS("rds"), AURORA("aurora"), ELASTICACHE("elasticache"), RDS_STORAGE("rds-storage");

        private final String key;

        Sizes(String key) { this.key = key; }

        /** Its name in the price file. */
        public String key() { return key; }
    }
}
