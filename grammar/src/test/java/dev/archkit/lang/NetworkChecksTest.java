package dev.archkit.lang;

import dev.archkit.model.view.Endpoint;
import dev.archkit.model.view.Network;
import dev.archkit.model.view.Route;
import dev.archkit.model.view.Subnet;
import org.junit.jupiter.api.Test;

import static dev.archkit.lang.ModelBuilderTest.build;
import static dev.archkit.lang.ModelBuilderTest.messages;
import static org.assertj.core.api.Assertions.assertThat;

/** VPC endpoints and subnet routes: what they read as, and the located errors of shapes AWS refuses. */
class NetworkChecksTest {

    @Test
    void endpointsAndRoutesAreRead() {
        var r = build("""
                architecture a {
                  region eu-west-1
                  network vpc 10.0.0.0/16 {
                    subnet pub-a zone eu-west-1a public 10.0.0.0/24
                    subnet app-a zone eu-west-1a private 10.0.1.0/24 { route none }
                    nat nat-a subnet pub-a
                    endpoint ecr-api {
                      service ecr.api
                      subnets app-a
                      securitygroups ep-sg
                      private-dns off
                    }
                    endpoint s3 { type gateway service s3 }
                  }
                  securitygroup ep-sg { ingress tcp 443 from 10.0.0.0/16 }
                }
                """);
        assertThat(messages(r)).isEmpty();
        Network net = new Network(r.architecture().element("vpc"));
        assertThat(net.endpoints()).extracting(Endpoint::name, Endpoint::type, Endpoint::service, Endpoint::privateDns)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ecr-api", Endpoint.Type.INTERFACE, "ecr.api", false),
                        org.assertj.core.groups.Tuple.tuple("s3", Endpoint.Type.GATEWAY, "s3", true));
        assertThat(new Endpoint(r.architecture().element("ecr-api")).subnets().names()).containsExactly("app-a");
        assertThat(new Subnet(r.architecture().element("app-a")).route()).get().extracting(Route::target).isEqualTo(Route.Target.NONE);
        assertThat(new Subnet(r.architecture().element("pub-a")).route()).isEmpty();
    }

    @Test
    void badEndpointsAndRoutesAreLocated() {
        var r = build("""
                architecture a {
                  region eu-west-1
                  network vpc 10.0.0.0/16 {
                    subnet pub-a zone eu-west-1a public 10.0.0.0/24 { route nat nat-a }
                    subnet app-a zone eu-west-1a private 10.0.1.0/24 { route nat far-nat }
                    subnet app-b zone eu-west-1a private 10.0.2.0/24 { route nat }
                    nat nat-a subnet pub-a
                    endpoint logs { type gateway service logs }
                    endpoint s3 { type gateway service s3 subnets app-a }
                    endpoint sqs { service sqs }
                    endpoint sts { service sts subnets far-a }
                  }
                  network other 10.1.0.0/16 {
                    subnet far-pub zone eu-west-1a public 10.1.0.0/24
                    subnet far-a zone eu-west-1a private 10.1.1.0/24
                    nat far-nat subnet far-pub
                  }
                }
                """);
        assertThat(messages(r)).containsExactlyInAnyOrder(
                "4:55 public subnet 'pub-a' routes through a NAT gateway | a public subnet routes to the internet gateway ('route igw'), or mark the subnet private",
                "5:56 subnet 'app-a' of network 'vpc' routes through NAT gateway 'far-nat' of network 'other' | a route leads to a NAT gateway of the subnet's own VPC",
                "6:56 'route nat' names no NAT gateway | write 'route nat NAME'",
                "8:26 'logs' has no gateway endpoint; only s3 and dynamodb do | write 'type interface'",
                "9:43 gateway endpoint 's3' takes no subnets or security groups: it is a route in the subnets' route tables | remove them, or write 'type interface' for an endpoint with network interfaces",
                "10:14 interface endpoint 'sqs' names no subnets | add 'subnets ...', one per zone its callers run in",
                "11:32 endpoint 'sts' of network 'vpc' names subnet 'far-a' of network 'other'");
    }
}
