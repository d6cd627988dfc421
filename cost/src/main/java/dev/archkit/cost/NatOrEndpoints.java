package dev.archkit.cost;

import dev.archkit.facts.AwsAccess;
import dev.archkit.facts.Facts;
import dev.archkit.facts.ServiceFacts;
import dev.archkit.model.Element;
import dev.archkit.model.Location;
import dev.archkit.model.view.Kind;
import dev.archkit.model.view.Nat;
import dev.archkit.model.view.Route;
import dev.archkit.model.view.Network;
import dev.archkit.model.view.Settings;
import dev.archkit.model.view.Subnet;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * For private tasks whose AWS traffic leaves through NAT gateways (the facts layer's
 * {@link AwsAccess} ways), per network: what those NAT gateways cost a month (hours and their
 * Elastic IPs, plus data processed), against the VPC endpoints that would serve the same needs
 * (interface endpoints per hour in each zone the tasks run in, plus per GB; S3 and DynamoDB
 * gateway endpoints free), at the same volume: the NAT gateways' declared data (or the cost
 * model's assumption where undeclared). When the tasks also need the internet (a registry no
 * endpoint serves, calls to external systems), the NAT gateways stay and endpoints save only
 * their data charge. Prices come from the run's price table.
 */
public final class NatOrEndpoints {
    private NatOrEndpoints() { }

    /** The services with gateway endpoints, which cost nothing. */
    private static final Set<String> GATEWAY = Set.of("s3", "dynamodb");

    /**
     * One network's comparison. {@code gb} the monthly volume priced on both sides ({@code declared}
     * when every NAT gateway declares its data); {@code internet} what the tasks need that no
     * endpoint serves (the NAT gateways stay for it).
     */
    public record Comparison(Network network, List<String> services, List<String> purposes, List<String> nats, double gb, boolean declared,
                             double hours, double natHour, double ipv4Hour, double natGb,
                             List<String> interfaceEndpoints, List<String> gatewayEndpoints, int zones, double endpointHour, double endpointGb,
                             List<String> internet, Location at) {

        /** The NAT gateways a month: hours with their Elastic IPs, and the volume. */
        public double natMonthly() { return nats.size() * hours * (natHour + ipv4Hour) + gb * natGb; }

        /** The NAT gateways' data processing charge: what endpoints save at most when the gateways stay. */
        public double natData() { return gb * natGb; }

        /** Whether the NAT gateways stay whatever endpoints are added: the tasks need the internet too. */
        public boolean natStays() { return !internet.isEmpty(); }

        /**
         * Whether there is a choice to show: the NAT gateways could go (then both figures), or they
         * stay but endpoints would cost less than the data charge they take off them.
         */
        public boolean worthShowing() { return !natStays() || natData() > endpointsMonthly(); }

        /** The interface endpoints a month: hours in each zone, and the volume (gateway endpoints are free). */
        public double endpointsMonthly() {
            return interfaceEndpoints.isEmpty() ? 0 : interfaceEndpoints.size() * zones * hours * endpointHour + gb * endpointGb;
        }
    }

    /** The comparisons of a view, by network in the order written; empty when the region has no prices. */
    public static List<Comparison> of(Facts facts, PriceTable table) {
        String region = new Settings(facts.architecture()).region().orElse(null);
        PriceTable.Region p = region == null ? null : table.region(region);
        if (p == null) return List.of();
        Map<String, Group> groups = new LinkedHashMap<>();
        // the NAT ways of AwsAccess.paths, gathered without building a path per service, need and
        // subnet: on 20,000 services those lists were 190 MB of allocation and a young collection more;
        // most services share a few lists of subnets, so each list's NAT gateways and zones are read once
        Map<List<String>, NatSubnets> natSubnets = new HashMap<>();
        Map<String, Set<String>> externalCalls = externalCalls(facts);
        for (ServiceFacts sf : facts.services()) {
            var s = sf.service();
            NatSubnets throughNat = natSubnets.computeIfAbsent(s.subnets().names(), names -> throughNat(facts, names));
            if (throughNat.nats.isEmpty()) continue;
            Optional<Network> net = facts.network(s.name());
            if (net.isEmpty()) continue;
            Group g = null;
            for (AwsAccess.Need need : sf.awsNeeds()) {
                if (need.servedByEndpoints()) continue;
                if (g == null) g = groups.computeIfAbsent(net.get().name(), k -> new Group(net.get()));
                if (need.needsInternet()) g.internet.add(need.purpose());
                else {
                    g.purposes.add(need.purpose());
                    g.endpoints.addAll(need.missingServices());
                }
            }
            if (g == null) continue;
            g.services.add(s.name());
            g.nats.addAll(throughNat.nats);
            g.zones.addAll(throughNat.zones);
            g.internet.addAll(externalCalls.getOrDefault(s.name(), Set.of()));   // calls to external systems need the internet too
        }
        List<Comparison> out = new ArrayList<>();
        for (Group g : groups.values()) {
            if (g.endpoints.isEmpty()) continue;   // only the internet serves what goes through the NAT gateways
            double gb = 0;
            boolean declared = true;
            for (String n : g.nats) {
                Element e = facts.architecture().element(Kind.NAT.id(), n);
                Optional<Double> d = e != null ? new Nat(e).dataPerMonth().map(v -> v.mib() / 1024.0) : Optional.empty();
                gb += d.orElse(CostModel.DEFAULT_NAT_GB);
                declared &= d.isPresent();
            }
            List<String> iface = g.endpoints.stream().filter(e -> !GATEWAY.contains(e)).toList();
            List<String> gateway = g.endpoints.stream().filter(GATEWAY::contains).toList();
            List<String> services = new ArrayList<>(g.services);
            Collections.sort(services);
            out.add(new Comparison(g.network, List.copyOf(services), List.copyOf(g.purposes), List.copyOf(g.nats), gb, declared,
                    table.hoursPerMonth(), p.get(Price.NAT_HOUR), p.get(Price.IPV4_HOUR), p.get(Price.NAT_GB), iface, gateway,
                    Math.max(1, g.zones.size()), p.get(Price.VPC_ENDPOINT_HOUR), p.get(Price.VPC_ENDPOINT_GB), List.copyOf(g.internet), g.network.location()));
        }
        return List.copyOf(out);
    }

    /** The NAT gateways and zones of the subnets among {@code names} whose default route is a NAT gateway. */
    private static NatSubnets throughNat(Facts facts, List<String> names) {
        NatSubnets out = new NatSubnets();
        for (String name : names) {
            Element e = facts.architecture().element(Kind.SUBNET.id(), name);
            if (e == null) continue;
            Subnet sub = new Subnet(e);
            Route r = facts.route(sub);
            if (r.target() != Route.Target.NAT) continue;
            out.nats.add(r.nat().orElse("a NAT gateway"));
            if (sub.zone() != null) out.zones.add(sub.zone());
        }
        return out;
    }

    /** Per service, its calls to external systems ("call 'NAME'"), read from the externals' callers rather than every service's callees. */
    private static Map<String, Set<String>> externalCalls(Facts facts) {
        Map<String, Set<String>> out = new HashMap<>();
        for (Element x : facts.architecture().elementsOfKind(Kind.EXTERNAL.id())) {
            for (var call : facts.callsTo(x.name())) out.computeIfAbsent(call.from(), k -> new TreeSet<>()).add("call '" + x.name() + "'");
        }
        return out;
    }

    /** The NAT gateways and zones of one list of subnets. */
    private static final class NatSubnets {
        final Set<String> nats = new TreeSet<>(), zones = new TreeSet<>();
    }

    /** What one network's tasks send through NAT gateways, gathered. */
    private static final class Group {
        final Network network;
        final List<String> services = new ArrayList<>();   // one per service: sorted once at the end
        final Set<String> nats = new TreeSet<>(), zones = new TreeSet<>(), internet = new TreeSet<>();
        final Set<String> purposes = new java.util.LinkedHashSet<>(), endpoints = new TreeSet<>();
        Group(Network network) { this.network = network; }
    }
}
