package dev.archkit.live.drift;

import software.amazon.awssdk.services.servicediscovery.ServiceDiscoveryClient;

import java.util.List;

/** AWS Cloud Map, read only: the services, each with its namespace. */
final class CloudMapReading {
    private final ServiceDiscoveryClient sd;
    private final AwsCalls calls;

    CloudMapReading(ServiceDiscoveryClient sd, AwsCalls calls) {
        this.sd = sd;
        this.calls = calls;
    }

    List<Inventory.DiscoveryService> services() {
        List<Inventory.DiscoveryService> listed = calls.<Inventory.DiscoveryService>list("servicediscovery", "ListServices", null,
                sink -> sd.listServicesPaginator(r -> { }).forEach(p -> p.services().forEach(s -> sink.accept(new Inventory.DiscoveryService(s.id(), s.name(), null)))))
                .items();
        return calls.each(listed, d -> calls.call("servicediscovery", "GetService", d.name(),
                () -> new Inventory.DiscoveryService(d.id(), d.name(), sd.getService(r -> r.id(d.id())).service().namespaceId()), d));
    }
}
