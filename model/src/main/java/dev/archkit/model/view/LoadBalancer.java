package dev.archkit.model.view;

import dev.archkit.model.Element;
import dev.archkit.model.Location;
import dev.archkit.model.Property;
import dev.archkit.model.Value;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** An Application, Network or Classic Load Balancer with listeners, path routes and a health check. */
public record LoadBalancer(Element element) implements View {

    public LoadBalancer {
        Network.requireKind(Kind.LOADBALANCER, element);
    }

    public enum Type implements Word {
        APPLICATION("application"), NETWORK("network"), CLASSIC("classic");
        private final String id;
        Type(String id) { this.id = id; }
        public String id() { return id; }
    }

    public enum Scheme implements Word {
        INTERNET_FACING("internet-facing"), INTERNAL("internal");
        private final String id;
        Scheme(String id) { this.id = id; }
        public String id() { return id; }
    }

    public enum ListenerProtocol implements Word {
        HTTP("http"), HTTPS("https"), TCP("tcp"), TLS("tls"), UDP("udp");
        private final String id;
        ListenerProtocol(String id) { this.id = id; }
        public String id() { return id; }
    }

    /** A listener: protocol and port; optionally a redirect or a default target. */
    public record Listener(ListenerProtocol protocol, int port, Optional<String> certificate, Optional<Long> redirect,
                           Optional<String> forward, Location at) { }

    /** A listener rule: path pattern to a target (a service or function). */
    public record Route(String path, String target, Optional<Long> port, Optional<String> health,
                        Optional<Long> priority, Optional<String> host, Location at, Location targetAt) { }

    /** The default target group health check. */
    public record HealthCheck(String path, Optional<Value.Duration> interval, Optional<Value.Duration> timeout,
                              Optional<Long> healthy, Optional<Long> unhealthy, Optional<String> matcher, Location at) { }

    /** Application when not written. */
    public Type type() {
        Type t = Fields.word(element, "type", Type.class);
        return t == null ? Type.APPLICATION : t;
    }

    /** Internet-facing when not written. */
    public Scheme scheme() {
        Scheme s = Fields.word(element, "scheme", Scheme.class);
        return s == null ? Scheme.INTERNET_FACING : s;
    }

    public boolean isInternetFacing() { return scheme() == Scheme.INTERNET_FACING; }

    public Refs subnets() { return Fields.refs(element, "subnets"); }

    public Refs securityGroups() { return Fields.refs(element, "securitygroups"); }

    public List<Listener> listeners() {
        List<Listener> out = new ArrayList<>();
        for (Property p : element.all("listener")) {
            Long port = Fields.integer(p, "port");
            out.add(new Listener(Fields.word(p, "protocol", ListenerProtocol.class), port == null ? -1 : port.intValue(),
                    Fields.fieldText(p, "certificate"), Optional.ofNullable(Fields.integer(p, "redirect")),
                    Fields.fieldText(p, "forward"), p.location()));
        }
        return out;
    }

    public List<Route> routes() {
        List<Route> out = new ArrayList<>();
        for (Property p : element.all("route")) {
            Value target = p.field("target");
            if (target == null || p.field("path") == null) continue;   // only in a model that failed its checks
            out.add(new Route(p.field("path").text(), target.text(), Optional.ofNullable(Fields.integer(p, "port")),
                    Fields.fieldText(p, "health"), Optional.ofNullable(Fields.integer(p, "priority")), Fields.fieldText(p, "host"),
                    p.location(), target.at()));
        }
        return out;
    }

    public Optional<HealthCheck> health() {
        Property p = element.property("health");
        if (p == null) return Optional.empty();
        return Optional.of(new HealthCheck(p.field("path").text(), Fields.field(p, "interval", Value.Duration.class),
                Fields.field(p, "timeout", Value.Duration.class), Optional.ofNullable(Fields.integer(p, "healthy")),
                Optional.ofNullable(Fields.integer(p, "unhealthy")), Fields.fieldText(p, "matcher"), p.location()));
    }

    public Optional<Value.Duration> deregistration() { return Fields.value(element, "deregistration", Value.Duration.class); }

    public Optional<Value.Duration> idleTimeout() { return Fields.value(element, "idle-timeout", Value.Duration.class); }

    public boolean crossZone() { return element.flag("cross-zone"); }

    public boolean deletionProtection() { return element.flag("deletion-protection"); }

    public boolean accessLogs() { return element.flag("access-logs"); }

    /** Expected average requests per second, when declared. */
    public Optional<Double> rps() {
        double d = Service.number(element.property("usage") == null ? null : element.property("usage").field("rps"));
        return Double.isNaN(d) ? Optional.empty() : Optional.of(d);
    }

    /** Expected data processed per month, when declared. */
    public Optional<Value.Size> dataPerMonth() { return Fields.field(element.property("usage"), "data", Value.Size.class); }

    /** Where {@code type}, {@code scheme} and {@code deregistration} are written (unknown when not). */
    public Location typeAt() { return Fields.at(element.property("type")); }

    public Location schemeAt() { return Fields.at(element.property("scheme")); }

    public Location deregistrationAt() { return Fields.at(element.property("deregistration")); }

    /** True when {@code cross-zone} is written (on or off), rather than left to the load balancer type's default. */
    public boolean crossZoneDeclared() { return element.has("cross-zone"); }

    /**
     * The ports written on the routes, by target, in the order written (targets whose routes
     * name no port are absent). Reads the route statements without building a {@link Route} each:
     * asked for every call of a large model.
     */
    public java.util.Map<String, List<Integer>> routePorts() {
        java.util.Map<String, List<Integer>> out = new java.util.HashMap<>();
        for (Property p : element.all("route")) {
            Value target = p.field("target");
            if (target != null && p.field("port") instanceof Value.IntValue i) {
                out.computeIfAbsent(target.text(), k -> new ArrayList<>()).add((int) i.value());
            }
        }
        return out;
    }

    /** The ports written on the routes to one target, in the order written; empty when none names one. */
    public List<Integer> routePorts(String target) {
        List<Integer> out = new ArrayList<>();
        for (Property p : element.all("route")) {
            Value t = p.field("target");
            if (t != null && t.text().equals(target) && p.field("port") instanceof Value.IntValue i) out.add((int) i.value());
        }
        return out;
    }
}
