package dev.archkit.live.k8s;

import dev.archkit.live.drift.Inventory;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesResourceList;
import io.fabric8.kubernetes.api.model.ListOptionsBuilder;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.KubernetesClientException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads a cluster, read-only: every kind of {@link ObjectKind} in each namespace asked for, one
 * list at a time, page by page ({@code limit} and the server's {@code continue} token). A list
 * that fails (forbidden, unauthorized, throttled beyond the retries, a server error, a timeout,
 * an expired continue token) keeps the pages it read and records why; nothing else stops.
 */
public final class ClusterReader {

    /**
     * @param pageSize       objects per page (the list's {@code limit})
     * @param timeoutSeconds how long one request may take
     * @param retries        how often a request that failed with a server error or an I/O error is tried again
     */
    public record Options(int pageSize, int timeoutSeconds, int retries) {
        public static Options defaults() { return new Options(250, 30, 3); }

        public Options {
            if (pageSize < 1 || timeoutSeconds < 1 || retries < 0) throw new IllegalArgumentException("page size and timeout must be positive, retries not negative");
        }
    }

    private final Kubeconfig.Target target;
    private final Options options;

    public ClusterReader(Kubeconfig.Target target, Options options) {
        this.target = target;
        this.options = options;
    }

    /** Every kind drift reads, in each of these namespaces. */
    public ClusterInventory read(Set<String> namespaces) {
        // HTTP/1.1: the lists are read one after another, and the JDK client's HTTP/2 upgrade over
        // plain HTTP (a local proxy, kubectl proxy) can leave a request without its timeout
        Config config = new ConfigBuilder(target.config()).withRequestTimeout(options.timeoutSeconds() * 1000)
                .withRequestRetryBackoffLimit(options.retries()).withHttp2Disable(true).build();
        Map<ClusterInventory.Listing.Key, ClusterInventory.Listing> listings = new LinkedHashMap<>();
        List<Inventory.Unreadable> unreadable = new ArrayList<>();
        try (KubernetesClient client = new KubernetesClientBuilder().withConfig(config).build()) {
            String stop = null;   // a failure every further call would share (401, no connection): not asked again
            for (String ns : new TreeSet<>(namespaces)) {
                for (ObjectKind kind : ObjectKind.values()) {
                    ClusterInventory.Listing l;
                    if (stop != null) l = new ClusterInventory.Listing(kind, ns, List.of(), "not asked after: " + stop);
                    else {
                        Read r = list(client, kind, ns);
                        l = r.listing();
                        if (r.clusterWide()) stop = l.failure();
                    }
                    listings.put(new ClusterInventory.Listing.Key(kind, ns), l);
                    if (!l.complete()) unreadable.add(new Inventory.Unreadable("kubernetes", "list " + kind.resource(), "namespace " + ns, l.failure()));
                }
            }
        }
        return new ClusterInventory(target.describe(), listings, unreadable);
    }

    /** One list as read, and whether its failure is one every further call would share. */
    private record Read(ClusterInventory.Listing listing, boolean clusterWide) { }

    private Read list(KubernetesClient client, ObjectKind kind, String namespace) {
        List<HasMetadata> items = new ArrayList<>();
        String token = null;
        try {
            do {
                var page = ClusterCalls.page(client, kind, namespace, new ListOptionsBuilder().withLimit((long) options.pageSize()).withContinue(token).build());
                items.addAll(page.getItems());
                token = next(page);
            } while (token != null);
            return new Read(new ClusterInventory.Listing(kind, namespace, List.copyOf(items), null), false);
        } catch (KubernetesClientException e) {
            return new Read(new ClusterInventory.Listing(kind, namespace, List.copyOf(items), ReadFailures.reason(e, options.timeoutSeconds())
                    + (items.isEmpty() ? "" : " (after " + items.size() + " read)")), ReadFailures.clusterWide(e));
        }
    }

    private static String next(KubernetesResourceList<? extends HasMetadata> page) {
        String c = page.getMetadata() == null ? null : page.getMetadata().getContinue();
        return c == null || c.isEmpty() ? null : c;
    }
}
