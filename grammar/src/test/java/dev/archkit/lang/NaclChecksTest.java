package dev.archkit.lang;

import dev.archkit.model.view.NaclRule;
import dev.archkit.model.view.Network;
import dev.archkit.model.view.NetworkAcl;
import dev.archkit.model.view.SecurityGroup;
import org.junit.jupiter.api.Test;

import static dev.archkit.lang.ModelBuilderTest.build;
import static dev.archkit.lang.ModelBuilderTest.messages;
import static org.assertj.core.api.Assertions.assertThat;

/** Network ACLs: what they read as (typed rules, ordered by number), and the located errors of shapes AWS refuses. */
class NaclChecksTest {

    @Test
    void naclsAreReadAsTypedRulesOrderedByNumber() {
        var r = build("""
                architecture a {
                  region eu-west-1
                  network vpc 10.0.0.0/16 {
                    subnet pub-a zone eu-west-1a public 10.0.0.0/24
                    subnet app-a zone eu-west-1a private 10.0.1.0/24
                    nacl app { subnets app-a; ingress 200 deny all from 0.0.0.0/0; ingress 100 allow tcp 8080 from 10.0.0.0/24
                      egress 100 allow tcp 1024-65535 to 10.0.0.0/24
                      egress 110 allow icmp to 10.0.0.0/16
                    }
                  }
                }
                """);
        assertThat(messages(r)).isEmpty();
        Network net = new Network(r.architecture().element("vpc"));
        assertThat(net.nacls()).extracting(NetworkAcl::name).containsExactly("app");
        NetworkAcl nacl = net.nacls().get(0);
        assertThat(nacl.subnets().names()).containsExactly("app-a");
        assertThat(nacl.ingress()).extracting(NaclRule::number, NaclRule::action, NaclRule::protocol)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(100, NaclRule.Action.ALLOW, SecurityGroup.IpProtocol.TCP),
                        org.assertj.core.groups.Tuple.tuple(200, NaclRule.Action.DENY, SecurityGroup.IpProtocol.ALL));
        NaclRule first = nacl.ingress().get(0);
        assertThat(first.ports().from()).isEqualTo(8080);
        assertThat(first.cidr().text()).isEqualTo("10.0.0.0/24");
        assertThat(first.text()).isEqualTo("ingress 100 allow tcp 8080 from 10.0.0.0/24");
        assertThat(nacl.ingress().get(1).effectivePorts().count()).isEqualTo(65536);
        assertThat(nacl.egress()).extracting(NaclRule::text)
                .containsExactly("egress 100 allow tcp 1024-65535 to 10.0.0.0/24", "egress 110 allow icmp to 10.0.0.0/16");
    }

    @Test
    void badNaclsAreLocatedWithHints() {
        var r = build("""
                architecture a {
                  region eu-west-1
                  network vpc 10.0.0.0/16 {
                    subnet app-a zone eu-west-1a private 10.0.1.0/24
                    subnet app-b zone eu-west-1b private 10.0.2.0/24
                    nacl one {
                      subnets app-a, far-a
                      ingress 100 allow tcp 443 from 10.0.0.0/16
                      ingress 100 deny all from 0.0.0.0/0
                      egress 100 allow tcp 1024-65535 to 0.0.0.0/0
                      egress 0 allow all to 0.0.0.0/0
                      egress 32767 deny all to 0.0.0.0/0
                    }
                    nacl two {
                      subnets app-a, app-b
                      ingress 100 allow all 443 from 10.0.0.0/16
                      ingress 110 allow tcp from 10.0.0.0/16
                      ingress 120 allow icmp 8 from 10.0.0.0/16
                    }
                    nacl empty { ingress 100 allow all from 10.0.0.0/16 }
                  }
                  network other 10.1.0.0/16 {
                    subnet far-a zone eu-west-1a private 10.1.1.0/24
                  }
                }
                """);
        assertThat(messages(r)).containsExactlyInAnyOrder(
                "7:7 nacl 'one' of network 'vpc' names subnet 'far-a' of network 'other' | a network ACL guards subnets of its own VPC; declare a NACL in 'other' for it",
                "9:15 nacl 'one' has two ingress rules numbered 100 | rule numbers order the rules and must be unique per direction: give one another number",
                "11:14 rule number 0 is out of range | NACL rule numbers run from 1 to 32766; number in steps (100, 200, ...) to leave room for rules between them",
                "12:14 rule number 32767 is out of range | NACL rule numbers run from 1 to 32766; number in steps (100, 200, ...) to leave room for rules between them",
                "15:7 subnet 'app-a' is in two network ACLs, 'one' and 'two' | a subnet is associated with exactly one network ACL: remove it from one of them",
                "16:29 protocol 'all' covers every port; leave the port out | write: ingress 100 allow all from ...",
                "17:25 ingress tcp needs a port or a range | e.g. ingress 110 allow tcp 443 from 10.0.0.0/16, or 'all' for every port",
                "18:30 ICMP has no ports | write: ingress 120 allow icmp from ...",
                "20:10 nacl 'empty' guards no subnets, so none of its rules applies | add 'subnets ...'; subnets no NACL names keep the VPC's default NACL, which allows all traffic");
    }

    @Test
    void anUnknownProtocolOrActionIsLocated() {
        var r = build("""
                architecture a {
                  region eu-west-1
                  network vpc 10.0.0.0/16 {
                    subnet app-a zone eu-west-1a private 10.0.1.0/24
                    nacl one {
                      subnets app-a
                      ingress 100 allow tpc 443 from 10.0.0.0/16
                      egress 100 permit all to 0.0.0.0/0
                      egress 110 allow all to app-a
                    }
                  }
                }
                """);
        assertThat(messages(r)).containsExactly(
                "7:25 expected one of tcp, udp, icmp, all, found 'tpc' | did you mean 'tcp'?",
                "8:18 expected one of allow, deny, found 'permit'",
                "9:31 expected a network in CIDR notation, found 'app-a' | write an address range, e.g. 10.0.0.0/16 (a name is not taken here)");
    }
}
