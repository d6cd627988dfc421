package dev.archkit.facts;

import org.junit.jupiter.api.Test;

import static dev.archkit.facts.FactsTest.build;
import static org.assertj.core.api.Assertions.assertThat;

/** Reachability by security groups and by address ranges that contain the caller's subnets. */
class ReachabilityTest {

    static final String VPC = """
            architecture r {
              region eu-west-1
              network vpc 10.0.0.0/16 {
                subnet pub-a zone eu-west-1a public 10.0.0.0/24
                subnet app-a zone eu-west-1a private 10.0.1.0/24
                subnet app-b zone eu-west-1b private 10.0.2.0/24
              }
              securitygroup web-sg { ingress tcp 443 from 0.0.0.0/0 }
              securitygroup app-sg { ingress tcp 8080 from web-sg }
              securitygroup db-sg {
                ingress tcp 5432 from 10.0.0.0/16
                ingress tcp 6432 from 10.0.1.0/24
              }
              loadbalancer web { type application subnets pub-a securitygroups web-sg }
              service api { port 8080 subnets app-a, app-b securitygroups app-sg }
              service batch { port 8080 subnets app-a securitygroups app-sg }
              service floating { port 8080 securitygroups app-sg }
              database db { engine postgres subnets app-a, app-b securitygroups db-sg }
            }
            """;

    @Test
    void aRangeAdmitsTheCallersWhoseSubnetsItContains() {
        Reachability r = Facts.of(build(VPC)).reachability();
        assertThat(r.admission("api", "db", 5432)).get().extracting(Reachability.Admission::via).isEqualTo(Reachability.Via.CIDR);
        assertThat(r.allows("api", "db", 6432)).as("app-b lies outside 10.0.1.0/24").isFalse();
        assertThat(r.allows("batch", "db", 6432)).isTrue();
        assertThat(r.allows("floating", "db", 5432)).as("placed in no subnet: the network's CIDR").isTrue();
        assertThat(r.allows("floating", "db", 6432)).isFalse();
        assertThat(r.allows("api", "db", 22)).isFalse();
    }

    @Test
    void groupsAndTheInternet() {
        Reachability r = Facts.of(build(VPC)).reachability();
        assertThat(r.admission("web", "api", 8080)).get().extracting(Reachability.Admission::via).isEqualTo(Reachability.Via.GROUP);
        assertThat(r.allows("api", "web", 443)).as("0.0.0.0/0 admits every caller").isTrue();
        assertThat(r.admission("api", "web", 443)).get().extracting(Reachability.Admission::via).isEqualTo(Reachability.Via.INTERNET);
        assertThat(r.internetReaches("web", 443)).isTrue();
        assertThat(r.internetReaches("api", 8080)).isFalse();
    }

    @Test
    void theHostsARangeAdmits() {
        Reachability r = Facts.of(build(VPC)).reachability();
        var vpc = new dev.archkit.model.view.Network(build(VPC).element("vpc")).cidr().orElseThrow();
        assertThat(r.admittedBy(vpc)).containsExactly("api", "batch", "db", "floating", "web");
    }

    @Test
    void aCustomerPrefixListAdmitsAsItsEntriesDoAndAnAwsListAdmitsNoElement() {
        Reachability r = Facts.of(build("""
                architecture r {
                  region eu-west-1
                  network vpc 10.0.0.0/16 {
                    subnet app-a zone eu-west-1a private 10.0.1.0/24
                    subnet app-b zone eu-west-1b private 10.0.2.0/24
                    subnet app-c zone eu-west-1c private 10.0.3.0/24
                  }
                  prefixlist app-ranges { entries 10.0.1.0/24, 10.0.2.0/24 }
                  securitygroup app-sg { }
                  securitygroup db-sg {
                    ingress tcp 5432 from prefix-list app-ranges
                    ingress tcp 6432 from prefix-list aws:s3
                  }
                  service api { port 8080 subnets app-a, app-b securitygroups app-sg }
                  service batch { port 8080 subnets app-a, app-c securitygroups app-sg }
                  database db { engine postgres subnets app-a, app-b securitygroups db-sg }
                }
                """)).reachability();
        var admission = r.admission("api", "db", 5432);
        assertThat(admission).get().extracting(Reachability.Admission::via).isEqualTo(Reachability.Via.CIDR);
        assertThat(admission.get().rule().prefixList()).isEqualTo("app-ranges");
        assertThat(r.allows("batch", "db", 5432)).as("app-c lies in no entry of the list").isFalse();
        assertThat(r.allows("api", "db", 6432)).as("an AWS-managed list holds the service's public ranges").isFalse();
        assertThat(r.allows("batch", "db", 6432)).isFalse();
    }
}
