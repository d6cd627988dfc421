package dev.archkit.facts;

import dev.archkit.model.Architecture;
import dev.archkit.model.Element;
import dev.archkit.model.view.Kind;
import dev.archkit.model.view.Nat;
import dev.archkit.model.view.Network;
import dev.archkit.model.view.Route;
import dev.archkit.model.view.Subnet;
import dev.archkit.model.view.Typed;

import java.util.List;
import java.util.Optional;

/** Where elements sit in the networks of one view: an element's VPC, and the way out of a private subnet. */
final class Networks {
    private Networks() { }

    /**
     * The network an element is in: as written, else that of its first subnet, else the only one.
     * Read through the generic element API: {@code network} and {@code subnets} are the same
     * properties on every kind that has them (security groups, clusters and namespaces name a
     * network; services, load balancers, data stores, functions and node groups name subnets).
     */
    static Optional<Network> of(Architecture view, String element) {
        return of(view, view.element(element));
    }

    /** The network of an element of any kind (see {@link #of(Architecture, String)}). */
    static Optional<Network> of(Architecture view, Element e) {
        if (e == null) return Optional.empty();
        Element written = e.value("network") == null ? null : view.element(Kind.NETWORK.id(), e.value("network").text());
        if (written != null) return Optional.of(new Network(written));
        for (String s : e.refs("subnets")) {
            Element sub = view.element(Kind.SUBNET.id(), s);
            Element net = sub == null || sub.parent() == null ? null : view.element(Kind.NETWORK.id(), sub.parent());
            if (net != null) return Optional.of(new Network(net));
        }
        List<Network> nets = Typed.networks(view);
        return nets.size() == 1 ? Optional.of(nets.get(0)) : Optional.empty();
    }

    /**
     * The NAT gateway of its network that a private subnet routes through: one that names it in
     * {@code serves}, else one serving by default (no {@code serves}) in the subnet's zone, else the
     * first serving by default.
     */
    static Optional<Nat> of(Architecture view, Subnet subnet) {
        Element net = view.element(Kind.NETWORK.id(), subnet.network());
        if (net == null) return Optional.empty();
        List<Nat> nats = new Network(net).nats();
        for (Nat n : nats) if (n.serves().contains(subnet.name())) return Optional.of(n);
        for (Nat n : nats) {
            if (!n.serves().isEmpty()) continue;
            Element in = view.element(Kind.SUBNET.id(), n.subnet());
            if (in != null && subnet.zone() != null && subnet.zone().equals(new Subnet(in).zone())) return Optional.of(n);
        }
        for (Nat n : nats) if (n.serves().isEmpty()) return Optional.of(n);
        return Optional.empty();
    }

    /**
     * A subnet's default route: as written, else the internet gateway for a public subnet, else
     * through the NAT gateway that serves it ({@link #of(Architecture, Subnet)}), else none.
     */
    static Route route(Architecture view, Subnet subnet) {
        Optional<Route> written = subnet.route();
        if (written.isPresent()) return written.get();
        if (subnet.isPublic()) return new Route(Route.Target.IGW, Optional.empty(), subnet.location());
        return of(view, subnet).map(n -> new Route(Route.Target.NAT, Optional.of(n.name()), subnet.location()))
                .orElse(new Route(Route.Target.NONE, Optional.empty(), subnet.location()));
    }
}
