package dev.archkit.live.k8s;

import dev.archkit.live.drift.Inventory;
import io.fabric8.kubernetes.api.model.HasMetadata;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What was read from a cluster: per kind and namespace, the objects of the pages read and, when
 * the list did not finish, why. A list that failed part way keeps the pages it read: those
 * objects are compared, the others are unknown, never missing.
 *
 * @param cluster    what was read, for the report: the context and the API server's address (never a credential)
 * @param unreadable every list that did not finish, as the drift report lists failed calls
 */
public record ClusterInventory(String cluster, Map<Listing.Key, Listing> listings, List<Inventory.Unreadable> unreadable) {

    /** The objects of one kind in one namespace; {@code failure} is why the list did not finish, or null. */
    public record Listing(ObjectKind kind, String namespace, List<HasMetadata> items, String failure) {
        public record Key(ObjectKind kind, String namespace) { }

        public boolean complete() { return failure == null; }

        public Optional<HasMetadata> named(String name) {
            return items.stream().filter(o -> name.equals(o.getMetadata().getName())).findFirst();
        }
    }

    public ClusterInventory {
        listings = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(listings));
        unreadable = List.copyOf(unreadable);
    }

    /** The listing of a kind in a namespace; absent when it was not asked for. */
    public Optional<Listing> listing(ObjectKind kind, String namespace) {
        return Optional.ofNullable(listings.get(new Listing.Key(kind, namespace)));
    }
}
