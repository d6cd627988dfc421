package dev.archkit.facts.graph;

import dev.archkit.model.*;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ArchGraphTest {
    static final Location L = Location.of("g.arch", 1, 1);

    static Property p(String k, Value v) { return new Property(k, v, L); }
    static Value.Ref ref(String n) { return new Value.Ref(n, L); }
    static Value.ListValue refs(String... n) { return new Value.ListValue(java.util.Arrays.stream(n).map(ArchGraphTest::ref).map(Value.class::cast).toList(), L); }
    static Element el(String kind, String name, Property... ps) { return new Element(kind, name, null, L, List.of(ps), List.of()); }

    static Value.Struct ingress(int port, Value from) {
        return new Value.Struct(Map.of("protocol", new Value.WordValue("tcp", L), "ports", new Value.Ports(port, port, L), "from", from), L);
    }

    @Test
    void dependencyNetworkAndPlacementViews() {
        Element sub = new Element("subnet", "app-a", "n", L, List.of(p("zone", new Value.WordValue("eu-west-1a", L))), List.of());
        Element net = new Element("network", "n", null, L, List.of(), List.of(sub));
        Element alb = el("securitygroup", "alb-sg", p("ingress", ingress(443, new Value.Cidr("0.0.0.0", 0, false, BigInteger.ZERO, L))));
        Element task = el("securitygroup", "task-sg", p("ingress", ingress(8080, ref("alb-sg"))));
        Element lb = el("loadbalancer", "lb", p("securitygroups", refs("alb-sg")),
                p("route", new Value.Struct(Map.of("path", new Value.StringValue("/", L), "target", ref("api")), L)));
        Element api = el("service", "api", p("securitygroups", refs("task-sg")), p("subnets", refs("app-a")));
        Element db = el("database", "db");
        Element q = el("queue", "q");
        Dependency d1 = new Dependency("api", "db", false, L, L, L, List.of());
        Dependency d2 = new Dependency("api", "q", true, L, L, L, List.of());
        Architecture a = new Architecture("a", L, List.of(), List.of(net, alb, task, lb, api, db, q), List.of(d1, d2), List.of(), List.of("g.arch"), null);
        ArchGraph g = new ArchGraph(a);
        assertThat(g.dependencies().vertexSet()).containsExactlyInAnyOrder("lb", "api", "db", "q");
        assertThat(g.dependencies().edgeSet()).hasSize(3);
        assertThat(g.synchronous().edgeSet()).extracting(Object::toString).containsExactlyInAnyOrder("api -> db", "lb -> api");
        assertThat(g.mayReach("lb", "api", 8080)).isTrue();
        assertThat(g.mayReach("lb", "api", 22)).isFalse();
        assertThat(g.mayReach("api", "lb", 443)).isFalse();
        assertThat(g.flows()).extracting(f -> f.from() + ">" + f.to() + ":" + f.fromPort())
                .containsExactlyInAnyOrder("cidr:0.0.0.0/0>lb:443", "lb>api:8080");
        assertThat(g.zonesOf("api")).containsExactly("eu-west-1a");
        assertThat(g.zonesOf("db")).isEmpty();
    }

    @Test
    void cidrArithmetic() {
        var net = new Value.Cidr("10.0.0.0", 16, false, BigInteger.valueOf(10L << 24), L);
        var in = new Value.Cidr("10.0.1.0", 24, false, BigInteger.valueOf((10L << 24) + 256), L);
        var out = new Value.Cidr("10.1.0.0", 24, false, BigInteger.valueOf((10L << 24) + (1 << 16)), L);
        assertThat(net.contains(in)).isTrue();
        assertThat(net.contains(out)).isFalse();
        assertThat(in.overlaps(net)).isTrue();
        assertThat(in.overlaps(out)).isFalse();
    }
}
