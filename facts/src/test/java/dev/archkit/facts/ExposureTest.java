package dev.archkit.facts;

import org.junit.jupiter.api.Test;

import static dev.archkit.facts.FactsTest.build;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/** What the internet reaches: the scheme of load balancers, public flags behind groups open to 0.0.0.0/0, public buckets. */
class ExposureTest {

    static final String MODEL = """
            architecture x {
              region eu-west-1
              network vpc 10.0.0.0/16 {
                subnet pub-a zone eu-west-1a public 10.0.0.0/24
                subnet app-a zone eu-west-1a private 10.0.10.0/24
              }
              securitygroup open-sg { ingress tcp 443 from 0.0.0.0/0 }
              securitygroup lb-only { ingress tcp 8080 from open-sg }
              loadbalancer web { type application  subnets pub-a  securitygroups open-sg }
              loadbalancer inner { type application  scheme internal  subnets app-a }
              service exposed-task { image "a/t:1"  subnets pub-a  public-ip  securitygroups open-sg }
              service closed-task { image "a/t:1"  subnets pub-a  public-ip  securitygroups lb-only }
              service bare-task { image "a/t:1"  subnets pub-a  public-ip }
              service private-task { image "a/t:1"  subnets app-a  securitygroups open-sg }
              database db { engine postgres  public  subnets pub-a  securitygroups open-sg }
              bucket assets { public }
            }
            """;

    @Test
    void theInternetReachesWhatHasAPublicWayInAndMayReachAPublicAddressWithoutGroups() {
        Facts f = Facts.of(build(MODEL));
        assertThat(f.exposure()).extracting(Exposure.Exposed::element, Exposure.Exposed::reach).containsExactly(
                tuple("web", Exposure.Reach.REACHED),
                tuple("exposed-task", Exposure.Reach.REACHED),
                tuple("bare-task", Exposure.Reach.UNKNOWN),
                tuple("db", Exposure.Reach.REACHED),
                tuple("assets", Exposure.Reach.REACHED));
        assertThat(f.exposure().get(1).how()).isEqualTo("public-ip, open-sg admits 0.0.0.0/0 on tcp 443");
        assertThat(f.exposure().get(1).at().line()).as("the rule's line").isEqualTo(7);
    }
}
