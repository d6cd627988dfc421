package dev.archkit.model;

import dev.archkit.model.view.Kind;

/**
 * Who an element is: its namespace and its name. Names are unique per namespace, not across
 * the architecture: every node kind (what may stand on either side of {@code ->}: services,
 * functions, load balancers, gateways, data stores, queues, topics, externals) shares the one
 * namespace {@link #NODES}, because a dependency arrow, {@code exclude} and an alarm's
 * {@code target} name a node without saying its kind; every other kind (network, subnet, nat,
 * endpoint, nacl, securitygroup, cluster, nodegroup, cloudmap, role, alarm) is a namespace of
 * its own, since every reference to it says which kind it names. So {@code cluster orders},
 * {@code service orders}, {@code securitygroup orders} and {@code role orders} are four elements;
 * {@code service orders} and {@code database orders} are one name declared twice.
 */
public record ElementKey(String namespace, String name) {

    /** The namespace every node kind shares. */
    public static final String NODES = "node";

    /** The namespace of a kind: {@link #NODES} for the node kinds, else the kind itself. */
    public static String namespaceOf(String kind) {
        Kind k = Kind.of(kind);
        return k != null && k.isNode() ? NODES : kind;
    }

    public static ElementKey of(String kind, String name) {
        return new ElementKey(namespaceOf(kind), name);
    }

    public static ElementKey of(Element e) {
        return of(e.kind(), e.name());
    }

    // equals and hashCode written out: the generated ones go through method handles, which the
    // launcher's C1-only JIT does not inline, and every typed lookup of the model hashes a key
    @Override
    public int hashCode() {
        return namespace.hashCode() * 31 + name.hashCode();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ElementKey k && k.name.equals(name) && k.namespace.equals(namespace);
    }

    @Override
    public String toString() {
        return namespace + ":" + name;
    }
}
