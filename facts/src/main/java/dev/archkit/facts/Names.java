package dev.archkit.facts;

import dev.archkit.model.Architecture;

import java.util.Locale;

/**
 * The names live resources get in one view, for everything that writes them (Terraform) or looks
 * for them (drift): an element's own name, prefixed with "ARCH-" and, in an environment, "ENV-", cut to AWS's
 * length limits with a hash so that different names stay different ({@link Naming}).
 */
public final class Names {
    /** AWS's length limits, where archkit names a resource. */
    public static final int TARGET_GROUP = 32, LOAD_BALANCER = 32, DB_IDENTIFIER = 63, ROLE = 64;

    private final Architecture view;

    Names(Architecture view) {
        this.view = view;
    }

    /** The live name of an element (or of any name derived from one). */
    public String aws(String element) {
        return Naming.awsName(view, element);
    }

    /**
     * The part of an element's live name ({@link #aws(String)}) that is its own: the name made
     * acceptable to AWS, without the architecture and environment prefix every element shares.
     * Two elements' live names are one exactly when these are.
     */
    public String awsOwnPart(String element) {
        return Naming.common(element);
    }

    /** The live name within a length limit. */
    public String aws(String element, int max) {
        return Naming.limit(aws(element), max);
    }

    /** The target group of a load balancer's route to a target. */
    public String targetGroup(String loadBalancer, String target) {
        return Naming.strict(aws(loadBalancer + "-" + target), TARGET_GROUP);
    }

    /** The green target group of a blue/green deployment behind a load balancer's route to a target. */
    public String greenTargetGroup(String loadBalancer, String target) {
        return Naming.strict(aws(loadBalancer + "-" + target + "-green"), TARGET_GROUP);
    }

    public String loadBalancer(String loadBalancer) {
        return Naming.strict(aws(loadBalancer), LOAD_BALANCER);
    }

    /** The RDS identifier of a database: lower-case letters and digits in single-hyphen-separated words, at most 63 characters. */
    public String dbIdentifier(String database) {
        return Naming.strict(aws(database).toLowerCase(Locale.ROOT), DB_IDENTIFIER);
    }

    public String role(String role) {
        return aws(role, ROLE);
    }

    /** AWS's length limit of an ElastiCache replication group id. */
    public static final int CACHE_ID = 40;

    /** The replication group id of a cache: lower-case letters and digits in single-hyphen-separated words, at most 40 characters. */
    public String cacheIdentifier(String cache) {
        return Naming.strict(aws(cache).toLowerCase(Locale.ROOT), CACHE_ID);
    }
}
