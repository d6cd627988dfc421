package dev.archkit.facts;

import dev.archkit.model.Architecture;
import dev.archkit.model.view.LoadBalancer;
import dev.archkit.model.view.Nat;
import dev.archkit.model.view.Network;
import dev.archkit.model.view.Settings;
import dev.archkit.model.view.Subnet;
import dev.archkit.model.view.Typed;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static dev.archkit.facts.FactsTest.build;
import static org.assertj.core.api.Assertions.assertThat;

/** The network facts (an element's VPC, a private subnet's NAT gateway) and the cache identifier. */
class NetworksTest {

    static final String TWO_VPCS = """
            architecture nets {
              region eu-west-1
              tag team "platform"
              tag team "core"
              tag cost-center "42"
              network main 10.0.0.0/16 {
                dns-hostnames off
                subnet pub-a zone eu-west-1a public 10.0.0.0/24
                subnet pub-b zone eu-west-1b public 10.0.1.0/24
                subnet app-a zone eu-west-1a private 10.0.10.0/24
                subnet app-b zone eu-west-1b private 10.0.11.0/24
                subnet app-c zone eu-west-1c private 10.0.12.0/24
                nat nat-a subnet pub-a
                nat nat-b subnet pub-b { serves app-c }
              }
              network other 10.1.0.0/16 {
                subnet lone zone eu-west-1a private 10.1.0.0/24
              }
              securitygroup main-sg { network main }
              securitygroup floating-sg { }
              loadbalancer edge { type network  subnets pub-a, pub-b  cross-zone off }
              loadbalancer inner { subnets lone }
              cache sessions { engine redis }
            }
            """;

    @Test
    void anElementIsInTheNetworkItNamesElseThatOfItsSubnetsElseTheOnlyOne() {
        Facts f = Facts.of(build(TWO_VPCS));
        assertThat(f.network("main-sg")).map(Network::name).contains("main");
        assertThat(f.network("edge")).map(Network::name).contains("main");
        assertThat(f.network("inner")).map(Network::name).contains("other");
        assertThat(f.network("floating-sg")).as("two networks and none named").isEmpty();
        assertThat(f.network("no-such-element")).isEmpty();

        Facts single = Facts.of(build("""
                architecture one {
                  region eu-west-1
                  network main 10.0.0.0/16 { subnet a zone eu-west-1a private 10.0.0.0/24 }
                  securitygroup sg { }
                }
                """));
        assertThat(single.network("sg")).as("the only network").map(Network::name).contains("main");
    }

    @Test
    void aPrivateSubnetRoutesThroughTheNatThatServesItElseOneInItsZoneElseAnyServingAll() {
        Architecture a = build(TWO_VPCS);
        Facts f = Facts.of(a);
        Map<String, Subnet> subnets = new java.util.HashMap<>();
        for (Subnet s : Typed.subnets(a)) subnets.put(s.name(), s);
        assertThat(f.nat(subnets.get("app-c"))).as("named in serves").map(Nat::name).contains("nat-b");
        assertThat(f.nat(subnets.get("app-a"))).as("same zone").map(Nat::name).contains("nat-a");
        assertThat(f.nat(subnets.get("app-b"))).as("nat-b in its zone serves only app-c: the first serving all").map(Nat::name).contains("nat-a");
        assertThat(f.nat(subnets.get("lone"))).as("a network without NAT gateways").isEmpty();
    }

    @Test
    void cacheIdentifiersAreLowerCaseWithinFortyCharacters() {
        Architecture a = build(TWO_VPCS);
        Names names = Facts.of(a).names();
        assertThat(names.cacheIdentifier("Sessions")).isEqualTo("nets-sessions");
        String longName = "a-cache-with-a-name-longer-than-forty-characters";
        assertThat(names.cacheIdentifier(longName)).hasSize(Names.CACHE_ID).isNotEqualTo(names.cacheIdentifier(longName + "x"));
    }

    @Test
    void viewsTellWrittenFlagsFromDefaultsAndListTheArchitecturesTags() {
        Architecture a = build(TWO_VPCS);
        Network main = Typed.networks(a).get(0), other = Typed.networks(a).get(1);
        assertThat(main.dnsHostnamesDeclared()).isTrue();
        assertThat(main.dnsHostnames()).isFalse();
        assertThat(other.dnsHostnamesDeclared()).isFalse();
        LoadBalancer edge = Typed.loadBalancers(a).get(0), inner = Typed.loadBalancers(a).get(1);
        assertThat(edge.crossZoneDeclared()).isTrue();
        assertThat(edge.crossZone()).isFalse();
        assertThat(inner.crossZoneDeclared()).isFalse();
        assertThat(new Settings(a).tags()).containsExactly(Map.entry("team", "core"), Map.entry("cost-center", "42"));
    }

    @Test
    void eachSubnetHasADefaultRouteThatMayBeWritten() {
        Facts f = Facts.of(build(TWO_VPCS));
        var a = f.architecture();
        java.util.function.Function<String, String> route = n -> f.route(new Subnet(a.element(n))).text();
        assertThat(route.apply("pub-a")).isEqualTo("igw");
        assertThat(route.apply("app-a")).isEqualTo("nat nat-a");
        assertThat(route.apply("app-c")).isEqualTo("nat nat-b");
        assertThat(route.apply("lone")).isEqualTo("none");
        Facts written = Facts.of(build(TWO_VPCS.replace("private 10.0.10.0/24", "private 10.0.10.0/24 { route none }")));
        assertThat(written.route(new Subnet(written.architecture().element("app-a"))).text()).isEqualTo("none");
    }
}
