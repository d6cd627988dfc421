package dev.archkit.model.view;

import dev.archkit.model.Element;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * Every kind of element the language declares. The schema ({@code dev.archkit.model.schema.Schema})
 * says what each kind takes; this enum is how code outside the model names a kind, so a misspelt
 * kind is a compile error rather than a comparison that is never true.
 */
public enum Kind {
    NETWORK("network", false),
    SUBNET("subnet", false),
    NAT("nat", false),
    ENDPOINT("endpoint", false),
    NACL("nacl", false),
    SECURITYGROUP("securitygroup", false),
    PREFIXLIST("prefixlist", false),
    CLUSTER("cluster", false),
    NODEGROUP("nodegroup", false),
    SERVICE("service", true),
    FUNCTION("function", true),
    LOADBALANCER("loadbalancer", true),
    APIGATEWAY("apigateway", true),
    CLOUDMAP("cloudmap", false),
    ROLE("role", false),
    DATABASE("database", true),
    CACHE("cache", true),
    TABLE("table", true),
    SEARCH("search", true),
    BUCKET("bucket", true),
    QUEUE("queue", true),
    TOPIC("topic", true),
    EVENTBUS("eventbus", true),
    EXTERNAL("external", true),
    ALARM("alarm", false);

    private final String id;
    private final boolean node;

    Kind(String id, boolean node) {
        this.id = id;
        this.node = node;
    }

    /** The word the language uses for this kind. */
    public String id() { return id; }

    /** A node of the dependency graph: may stand on either side of {@code ->}. */
    public boolean isNode() { return node; }

    /** The kind of an element, or null for a kind this enum does not know (none, once the model is built). */
    public static Kind of(Element e) {
        return of(e.kind());
    }

    /** The kind with this word, or null. */
    public static Kind of(String id) {
        return id == null ? null : BY_ID.get(id);
    }

    private static final java.util.Map<String, Kind> BY_ID;
    static {
        java.util.Map<String, Kind> m = new java.util.HashMap<>();
        for (Kind k : values()) m.put(k.id, k);
        BY_ID = java.util.Map.copyOf(m);
    }

    /** True when the element is of this kind. */
    public boolean is(Element e) {
        return e != null && id.equals(e.kind());
    }

    /** The kinds that may stand on either side of a dependency arrow. */
    public static Set<Kind> nodes() {
        EnumSet<Kind> s = EnumSet.noneOf(Kind.class);
        for (Kind k : VALUES) if (k.node) s.add(k);
        return s;
    }

    /** The words of the node kinds, in declaration order (a fresh array each call). */
    public static String[] nodeIds() {
        return Arrays.stream(VALUES).filter(k -> k.node).map(Kind::id).toArray(String[]::new);
    }

    /** Placed in subnets, and so in zones: what a zone outage can take down. */
    public boolean isPlaced() {
        return switch (this) {
            case SERVICE, FUNCTION, LOADBALANCER, DATABASE, CACHE, SEARCH -> true;
            default -> false;
        };
    }

    /** A data store reached over the network (a port behind security groups), not through an AWS API. */
    public boolean isNetworkDataStore() {
        return switch (this) {
            case DATABASE, CACHE, SEARCH -> true;
            default -> false;
        };
    }

    private static final Kind[] VALUES = values();
}
