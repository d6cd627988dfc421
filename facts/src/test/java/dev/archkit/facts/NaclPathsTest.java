package dev.archkit.facts;

import dev.archkit.model.Location;
import dev.archkit.model.Value;
import dev.archkit.model.view.NaclRule;
import dev.archkit.model.view.SecurityGroup.Direction;
import dev.archkit.model.view.SecurityGroup.IpProtocol;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import static dev.archkit.facts.FactsTest.build;
import static org.assertj.core.api.Assertions.assertThat;

/** Network ACLs judged statelessly, both ways, first matching rule by number, implicit deny at the end. */
class NaclPathsTest {

    /** A load balancer in a public subnet, an API in two private subnets, a database in a data subnet; {@code %s}: the data NACL's egress. */
    static String design(String dataEgress) {
        return """
                architecture n {
                  region eu-west-1
                  network vpc 10.0.0.0/16 {
                    subnet pub-a zone eu-west-1a public 10.0.0.0/24
                    subnet app-a zone eu-west-1a private 10.0.1.0/24
                    subnet app-b zone eu-west-1b private 10.0.2.0/24
                    subnet data-a zone eu-west-1a private 10.0.10.0/24
                    subnet data-b zone eu-west-1b private 10.0.11.0/24
                    nacl app {
                      subnets app-a, app-b
                      ingress 100 allow tcp 8080 from 10.0.0.0/24
                      ingress 110 allow tcp 1024-65535 from 10.0.10.0/23
                      egress 100 allow tcp 5432 to 10.0.10.0/23
                      egress 110 allow tcp 1024-65535 to 10.0.0.0/24
                    }
                    nacl data {
                      subnets data-a, data-b
                      ingress 100 allow tcp 5432 from 10.0.1.0/24
                      ingress 110 allow tcp 5432 from 10.0.2.0/24
                      %s
                    }
                  }
                  loadbalancer web { type application subnets pub-a }
                  service api { port 8080 subnets app-a, app-b }
                  service floating { port 8080 }
                  database db { engine postgres subnets data-a, data-b }
                  web -> api
                  api -> db
                }
                """.formatted(dataEgress);
    }

    @Test
    void aCorrectSetupWithEphemeralReturnPortsLetsTheCallsThrough() {
        Reachability r = Facts.of(build(design("egress 100 allow tcp 1024-65535 to 10.0.0.0/22"))).reachability();
        assertThat(r.throughNacls("api", "db", 5432).status()).isEqualTo(Reachability.NaclStatus.ALLOWED);
        assertThat(r.throughNacls("web", "api", 8080).status()).as("pub-a keeps the default NACL").isEqualTo(Reachability.NaclStatus.ALLOWED);
    }

    @Test
    void returnTrafficDeniedByANumberedRuleIsNamed() {
        Reachability r = Facts.of(build(design("egress 90 deny all to 10.0.2.0/24\n egress 100 allow tcp 1024-65535 to 10.0.0.0/22"))).reachability();
        Reachability.NaclVerdict v = r.throughNacls("api", "db", 5432);
        assertThat(v.status()).isEqualTo(Reachability.NaclStatus.BLOCKED);
        assertThat(v.blocks()).as("app-b to data-a and to data-b; app-a gets its answers").hasSize(2);
        NaclPaths.Block b = v.blocks().get(0);
        assertThat(b.nacl()).isEqualTo("data");
        assertThat(b.leg()).isEqualTo(NaclPaths.Leg.RETURN);
        assertThat(b.direction()).isEqualTo(Direction.EGRESS);
        assertThat(b.ruleNumber()).isEqualTo("90");
        assertThat(b.from() + ">" + b.to()).isEqualTo("data-a>app-b");
        assertThat(b.ports().text()).isEqualTo("1024-65535");
        assertThat(b.partial()).isFalse();
    }

    @Test
    void noReturnRuleIsTheImplicitDeny() {
        Reachability r = Facts.of(build(design(""))).reachability();
        NaclPaths.Block b = r.throughNacls("api", "db", 5432).blocks().get(0);
        assertThat(b.ruleNumber()).isEqualTo("*");
        assertThat(b.rule()).isEmpty();
        assertThat(b.leg()).isEqualTo(NaclPaths.Leg.RETURN);
        assertThat(b.direction()).isEqualTo(Direction.EGRESS);
        assertThat(b.at().line()).as("the NACL's own line").isEqualTo(16);
    }

    @Test
    void aReturnRangeOfOnlyPartOfTheEphemeralPortsBlocksTheRest() {
        Reachability r = Facts.of(build(design("egress 100 allow tcp 32768-65535 to 10.0.0.0/22"))).reachability();
        NaclPaths.Block b = r.throughNacls("api", "db", 5432).blocks().get(0);
        assertThat(b.partial()).isTrue();
        assertThat(b.ports().text()).isEqualTo("1024-32767");
        assertThat(b.ruleNumber()).isEqualTo("*");
    }

    @Test
    void theRequestIsJudgedBeforeTheAnswerAndInBothNacls() {
        Reachability r = Facts.of(build(design("egress 100 allow tcp 1024-65535 to 10.0.0.0/22"))).reachability();
        NaclPaths.Block b = r.throughNacls("api", "db", 3306).blocks().get(0);
        assertThat(b.leg()).isEqualTo(NaclPaths.Leg.REQUEST);
        assertThat(b.nacl()).as("the app NACL lets only 5432 out").isEqualTo("app");
        assertThat(b.direction()).isEqualTo(Direction.EGRESS);
        NaclPaths.Block in = r.throughNacls("db", "api", 8080).blocks().get(0);
        assertThat(in.nacl() + " " + in.leg() + " " + in.direction() + " " + in.ruleNumber() + " " + in.ports().text() + " " + in.partial())
                .as("8080 lies in the ranges opened for answers, so the request passes; its answers leave the app subnets only to port 5432")
                .isEqualTo("app RETURN EGRESS * 1024-5431 true");
    }

    @Test
    void unknownIsNeverAllowed() {
        Reachability r = Facts.of(build(design(""))).reachability();
        assertThat(r.throughNacls("floating", "db", 5432).status()).isEqualTo(Reachability.NaclStatus.UNKNOWN);
        assertThat(r.throughNacls("floating", "db", 5432).unknown()).isEqualTo("floating is placed in no subnet");
        Reachability ok = Facts.of(build(design("egress 100 allow tcp 1024-65535 to 10.0.0.0/22"))).reachability();
        assertThat(ok.throughNacls("api", "db", -1).status()).as("return traffic passes, the port is not known").isEqualTo(Reachability.NaclStatus.UNKNOWN);
        assertThat(r.throughNacls("api", "db", -1).status()).as("return traffic is judged without the port").isEqualTo(Reachability.NaclStatus.BLOCKED);
    }

    @Test
    void eachSubnetPairAndPortIsJudgedOnce() {
        Reachability r = Facts.of(build(design(""))).reachability();
        var first = r.nacls().judge("app-a", "data-a", 5432);
        assertThat(r.nacls().judge("app-a", "data-a", 5432)).isSameAs(first);
        assertThat(r.nacls().judge("app-a", "app-a", 5432)).as("within a subnet no NACL is crossed").isEmpty();
    }

    // ---- the rule-by-rule evaluation against a packet-by-packet one -------------------------------

    @Test
    void theFirstDenialIsThatOfJudgingEveryPacketOnItsOwn() {
        Random rnd = new Random(14);
        for (int round = 0; round < 3000; round++) {
            List<NaclRule> rules = new ArrayList<>();
            int n = rnd.nextInt(6);
            for (int i = 0; i < n; i++) {
                int prefix = 28 + rnd.nextInt(5);
                long net = rnd.nextInt(32) & ~((1L << (32 - prefix)) - 1);
                int lo = rnd.nextInt(20), hi = lo + rnd.nextInt(20);
                IpProtocol proto = IpProtocol.values()[rnd.nextInt(4)];
                rules.add(new NaclRule(Direction.INGRESS, 100 + i * 10, rnd.nextBoolean() ? NaclRule.Action.ALLOW : NaclRule.Action.DENY,
                        proto, new Value.Ports(lo, hi, Location.UNKNOWN), true, cidr(net, prefix), Location.UNKNOWN));
            }
            rules.sort(Comparator.comparingInt(NaclRule::number));
            int peerPrefix = 27 + rnd.nextInt(3);
            Value.Cidr peer = cidr(rnd.nextInt(32) & ~((1L << (32 - peerPrefix)) - 1) & 31, peerPrefix);
            int plo = rnd.nextInt(25), phi = plo + rnd.nextInt(15);
            var d = NaclPaths.firstDenial(rules, IpProtocol.TCP, peer, new Value.Ports(plo, phi, Location.UNKNOWN));
            Integer firstDenying = null;
            boolean anyAllowed = false, anyDenied = false;
            for (long a = peer.network().longValue(); a <= peer.last().longValue(); a++) {
                for (int p = plo; p <= phi; p++) {
                    NaclRule decided = null;
                    for (NaclRule r : rules) {
                        Value.Ports rp = r.effectivePorts();
                        if (r.matchesProtocol(IpProtocol.TCP) && a >= r.cidr().network().longValue() && a <= r.cidr().last().longValue()
                                && p >= rp.from() && p <= rp.to()) { decided = r; break; }
                    }
                    if (decided != null && decided.allows()) { anyAllowed = true; continue; }
                    anyDenied = true;
                    int num = decided == null ? Integer.MAX_VALUE : decided.number();
                    if (firstDenying == null || num < firstDenying) firstDenying = num;
                }
            }
            assertThat(d == null).as("round " + round + ": no denial iff every packet is allowed").isEqualTo(!anyDenied);
            if (d != null) {
                assertThat(d.rule() == null ? Integer.MAX_VALUE : d.rule().number()).as("round " + round).isEqualTo(firstDenying);
                assertThat(d.partial()).as("round " + round + ": partial iff some packet is allowed").isEqualTo(anyAllowed);
            }
        }
    }

    private static Value.Cidr cidr(long address, int prefix) {
        long a = (10L << 24) | address;
        String text = (a >> 24 & 255) + "." + (a >> 16 & 255) + "." + (a >> 8 & 255) + "." + (a & 255);
        return new Value.Cidr(text, prefix, false, BigInteger.valueOf(a), Location.UNKNOWN);
    }
}
