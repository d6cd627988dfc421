package dev.archkit.lang;

import dev.archkit.model.view.PrefixList;
import dev.archkit.model.view.SecurityGroup;
import org.junit.jupiter.api.Test;

import static dev.archkit.lang.ModelBuilderTest.build;
import static dev.archkit.lang.ModelBuilderTest.messages;
import static org.assertj.core.api.Assertions.assertThat;

/** Managed prefix lists: declared lists, the AWS-managed ones, as rule peers of their own type, and the located errors. */
class PrefixListTest {

    @Test
    void prefixListsAreTheirOwnPeers() {
        var r = build("""
                architecture a {
                  region eu-west-1
                  prefixlist office { entries 203.0.113.0/24, 198.51.100.0/24 }
                  prefixlist partners { entries 192.0.2.0/24; max-entries 10 }
                  securitygroup app-sg {
                    ingress tcp 443 from prefix-list office, 10.0.0.0/16, prefix-list partners
                    egress tcp 443 to prefix-list aws:s3
                    egress tcp 443 to prefix-list aws:dynamodb, other-sg
                  }
                  securitygroup other-sg { }
                }
                """);
        assertThat(messages(r)).isEmpty();
        SecurityGroup sg = new SecurityGroup(r.architecture().element("app-sg"));
        var in = sg.ingress().get(0).peers();
        assertThat(in.get(0)).isInstanceOfSatisfying(SecurityGroup.PrefixListPeer.class, p -> {
            assertThat(p.list()).isEqualTo("office");
            assertThat(p.awsManaged()).isFalse();
            assertThat(p.at().line()).isEqualTo(6);
        });
        assertThat(in.get(1)).isInstanceOf(SecurityGroup.CidrPeer.class);
        assertThat(in.get(2)).isInstanceOfSatisfying(SecurityGroup.PrefixListPeer.class, p -> assertThat(p.list()).isEqualTo("partners"));
        assertThat(sg.egress().get(0).peers().get(0)).isInstanceOfSatisfying(SecurityGroup.PrefixListPeer.class, p -> {
            assertThat(p.awsManaged()).isTrue();
            assertThat(p.awsService()).contains("s3");
        });
        assertThat(sg.egress().get(1).peers()).extracting(p -> p.getClass().getSimpleName()).containsExactly("PrefixListPeer", "GroupPeer");
        PrefixList office = new PrefixList(r.architecture().element("office"));
        assertThat(office.entries()).extracting(c -> c.text()).containsExactly("203.0.113.0/24", "198.51.100.0/24");
        assertThat(office.maxEntries()).isEmpty();
        assertThat(office.effectiveMaxEntries()).isEqualTo(2);
        assertThat(new PrefixList(r.architecture().element("partners")).effectiveMaxEntries()).isEqualTo(10);
    }

    @Test
    void unknownListsAndBadEntriesAreLocatedWithHints() {
        var r = build("""
                architecture a {
                  region eu-west-1
                  prefixlist office { entries 203.0.113.0/24, 2001:db8::/32, 203.0.113.0/24; max-entries 2 }
                  prefixlist broken { entries 203.0.113.0/33 }
                  prefixlist empty { max-entries 1001 }
                  securitygroup app-sg {
                    ingress tcp 443 from prefix-list ofice
                    egress tcp 443 to prefix-list aws:s4
                    egress tcp 443 to prefix-list app-sg
                    egress tcp 443 to prefix-list
                  }
                }
                """);
        assertThat(messages(r)).contains(
                "3:47 prefixlist 'office' mixes IPv4 and IPv6 entries | a managed prefix list holds one address family; declare a second list for the other",
                "3:62 entry 203.0.113.0/24 is written twice | remove one",
                "3:90 prefixlist 'office' has 3 entries but room for 2 | raise it: max-entries 3",
                "5:14 prefixlist 'empty' has no valid entries | e.g. entries 203.0.113.0/24, 198.51.100.0/24",
                "7:38 unknown prefixlist 'ofice' | did you mean 'office'?",
                "8:35 unknown AWS-managed prefix list 'aws:s4' | did you mean 'aws:s3'?");
        assertThat(messages(r)).contains("4:31 prefix length /33 is out of range for IPv4 | it lies between /0 and /32",
                "5:34 max-entries must lie between 1 and 1000 | e.g. max-entries 1");
        assertThat(messages(r)).contains("4:14 prefixlist 'broken' has no valid entries | e.g. entries 203.0.113.0/24, 198.51.100.0/24");
        assertThat(messages(r)).anyMatch(m -> m.startsWith("9:35 'app-sg' is a securitygroup, but a prefixlist is expected here"));
        assertThat(messages(r)).anyMatch(m -> m.startsWith("10:23 'prefix-list' needs the name of a list"));
    }
}
