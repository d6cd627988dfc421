package dev.archkit.lang;

import dev.archkit.model.Architecture;
import dev.archkit.model.Element;
import dev.archkit.model.Location;
import dev.archkit.model.Value;
import dev.archkit.model.diag.Diagnostic;
import dev.archkit.model.diag.Diagnostics;
import dev.archkit.model.view.Endpoint;
import dev.archkit.model.view.Kind;
import dev.archkit.model.view.Route;
import dev.archkit.model.view.Subnet;

import java.util.Set;

/** The checks of a network's endpoints and routes: shapes AWS would refuse, located where they are written. */
final class NetworkChecks {
    private NetworkChecks() { }

    /** The only services with gateway endpoints. */
    static final Set<String> GATEWAY_SERVICES = Set.of("s3", "dynamodb");

    static void endpoint(Diagnostics diags, Architecture a, Endpoint ep) {
        Element e = ep.element();
        if (ep.service() == null) {
            diags.error("endpoint", e.location(), "endpoint '" + ep.name() + "' names no service", "add e.g. 'service ecr.api'");
            return;
        }
        Location typeAt = e.value("type") == null ? e.location() : e.value("type").at();
        if (ep.type() == Endpoint.Type.GATEWAY) {
            if (!GATEWAY_SERVICES.contains(ep.service())) {
                diags.error("endpoint", typeAt, "'" + ep.service() + "' has no gateway endpoint; only s3 and dynamodb do",
                        "write 'type interface'");
            }
            if (!ep.subnets().isEmpty() || !ep.securityGroups().isEmpty()) {
                Location at = !ep.subnets().isEmpty() ? ep.subnets().at() : ep.securityGroups().at();
                diags.error("endpoint", at, "gateway endpoint '" + ep.name() + "' takes no subnets or security groups: it is a route in the subnets' route tables",
                        "remove them, or write 'type interface' for an endpoint with network interfaces");
            }
            return;
        }
        if (ep.subnets().isEmpty()) {
            diags.error("endpoint", e.location(), "interface endpoint '" + ep.name() + "' names no subnets",
                    "add 'subnets ...', one per zone its callers run in");
        }
        for (String s : ep.subnets().names()) {
            Element sub = a.element(Kind.SUBNET.id(), s);
            if (Kind.SUBNET.is(sub) && !ep.network().equals(new Subnet(sub).network())) {
                diags.add(Diagnostic.error("endpoint", ep.subnets().at(), "endpoint '" + ep.name() + "' of network '" + ep.network()
                        + "' names subnet '" + s + "' of network '" + new Subnet(sub).network() + "'").withRelated(sub.location(), "declared here"));
            }
        }
    }

    static void route(Diagnostics diags, Architecture a, Subnet s) {
        Route r = s.route().orElse(null);
        if (r == null) return;
        if (r.target() == Route.Target.NAT) {
            if (r.nat().isEmpty()) {
                diags.error("route", r.at(), "'route nat' names no NAT gateway", "write 'route nat NAME'");
                return;
            }
            Element nat = a.element(Kind.NAT.id(), r.nat().get());
            if (Kind.NAT.is(nat) && !s.network().equals(nat.parent())) {
                diags.add(Diagnostic.error("route", r.at(), "subnet '" + s.name() + "' of network '" + s.network() + "' routes through NAT gateway '"
                        + nat.name() + "' of network '" + nat.parent() + "'").withRelated(nat.location(), "declared here")
                        .withHint("a route leads to a NAT gateway of the subnet's own VPC"));
            }
            if (s.isPublic()) {
                diags.error("route", r.at(), "public subnet '" + s.name() + "' routes through a NAT gateway", "a public subnet routes to the internet gateway ('route igw'), or mark the subnet private");
            }
        } else if (r.nat().isPresent()) {
            diags.error("route", r.at(), "'route " + r.target().id() + "' takes no NAT gateway", "write 'route nat " + r.nat().get() + "'");
        }
    }
}
