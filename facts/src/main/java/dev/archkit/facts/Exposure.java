package dev.archkit.facts;

import dev.archkit.facts.graph.ArchGraph;
import dev.archkit.model.Architecture;
import dev.archkit.model.Element;
import dev.archkit.model.Location;
import dev.archkit.model.view.ApiGateway;
import dev.archkit.model.view.Bucket;
import dev.archkit.model.view.Database;
import dev.archkit.model.view.Kind;
import dev.archkit.model.view.LoadBalancer;
import dev.archkit.model.view.Service;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the internet reaches, element by element: an internet-facing load balancer (its scheme),
 * an API gateway whose endpoint is not private, a public bucket, and a service with a public IP
 * or a publicly accessible database in a public subnet whose security group admits
 * {@code 0.0.0.0/0} (the rule from {@link Reachability#internetRule}); any other element placed in
 * a public subnet behind such a rule. A public address behind groups that are not written may or
 * may not be reached: it is {@link Reach#UNKNOWN}, never left out.
 */
public final class Exposure {
    private Exposure() { }

    /** Whether the internet reaches an element. */
    public enum Reach { REACHED, UNKNOWN }

    /**
     * One element the internet reaches, or may reach.
     *
     * @param how what makes it reachable, in a few words ("scheme internet-facing", "public-ip, alb-sg admits 0.0.0.0/0 on 80")
     * @param at  where that is written (the scheme, the public flag, the security group rule)
     */
    public record Exposed(String element, Reach reach, String how, Location at) { }

    static List<Exposed> of(Architecture view, Reachability reach, ArchGraph graph) {
        List<Exposed> out = new ArrayList<>();
        for (Element e : view.allElements()) {
            Kind k = Kind.of(e);
            if (k == null) continue;
            switch (k) {
                case LOADBALANCER -> {
                    LoadBalancer lb = new LoadBalancer(e);
                    if (lb.isInternetFacing()) out.add(new Exposed(e.name(), Reach.REACHED, "scheme internet-facing", known(lb.schemeAt(), e)));
                }
                case APIGATEWAY -> {
                    ApiGateway g = new ApiGateway(e);
                    if (g.endpoint().orElse(ApiGateway.Endpoint.REGIONAL) != ApiGateway.Endpoint.PRIVATE) {
                        out.add(new Exposed(e.name(), Reach.REACHED, "endpoint " + g.endpoint().map(ApiGateway.Endpoint::id).orElse("public (not private)"), e.location()));
                    }
                }
                case BUCKET -> {
                    if (new Bucket(e).isPublic()) out.add(new Exposed(e.name(), Reach.REACHED, "public", at(e, "public")));
                }
                case SERVICE -> {
                    Service s = new Service(e);
                    if (s.publicIp()) behindGroups(e, "public-ip", known(s.publicIpAt(), e), reach, graph).ifPresent(out::add);
                }
                case DATABASE -> {
                    Database db = new Database(e);
                    if (db.isPublic()) behindGroups(e, "public", known(db.publicAt(), e), reach, graph).ifPresent(out::add);
                }
                case SUBNET, NETWORK, SECURITYGROUP -> { }
                default -> reach.internetRule(e.name(), -1)
                        .ifPresent(r -> out.add(new Exposed(e.name(), Reach.REACHED, admits(r), r.location())));
            }
        }
        return List.copyOf(out);
    }

    /** An element with a public address: reached when in a public subnet behind a group open to the internet; unknown without groups. */
    private static Optional<Exposed> behindGroups(Element e, String flag, Location flagAt, Reachability reach, ArchGraph graph) {
        if (!reach.inPublicSubnet(e.name())) return Optional.empty();
        Optional<ArchGraph.RuleEdge> rule = reach.internetRule(e.name(), -1);
        if (rule.isPresent()) return Optional.of(new Exposed(e.name(), Reach.REACHED, flag + ", " + admits(rule.get()), rule.get().location()));
        if (graph.groupsOf(e.name()).isEmpty()) {
            return Optional.of(new Exposed(e.name(), Reach.UNKNOWN, flag + " in a public subnet, no security groups written", flagAt));
        }
        return Optional.empty();
    }

    private static String admits(ArchGraph.RuleEdge r) {
        String ports = r.fromPort() == r.toPort() ? Integer.toString(r.fromPort()) : r.fromPort() + "-" + r.toPort();
        return r.group() + " admits " + r.rangeText() + " on " + r.protocol() + " " + ports;
    }

    private static Location at(Element e, String property) {
        return e.property(property) != null ? e.property(property).location() : e.location();
    }

    private static Location known(Location at, Element e) { return at.isKnown() ? at : e.location(); }
}
