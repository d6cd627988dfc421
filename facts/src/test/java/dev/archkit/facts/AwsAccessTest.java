package dev.archkit.facts;

import dev.archkit.model.view.Service;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static dev.archkit.facts.FactsTest.build;
import static org.assertj.core.api.Assertions.assertThat;

/** What private tasks without a route out need from VPC endpoints, on the endpoint example and without its ECR endpoints. */
class AwsAccessTest {

    @Test
    void theEndpointExampleReachesEverythingAndLosesEcrWithoutItsEndpoints() throws Exception {
        String text = Files.readString(Path.of("..", "examples", "tutorial-service-endpoints.arch"));
        Facts f = Facts.of(build(text));
        Service s = new Service(f.architecture().element("my-service"));
        assertThat(f.awsAccess(s).ok()).isTrue();

        String without = text.replace("service ecr.dkr", "service sts").replace("type gateway\n      service s3", "type gateway\n      service dynamodb");
        Facts g = Facts.of(build(without));
        AwsAccess.Access access = g.awsAccess(new Service(g.architecture().element("my-service")));
        assertThat(access.strandedSubnets()).containsExactly("app-a", "app-c");
        assertThat(access.gaps()).extracting(AwsAccess.Gap::text)
                .containsExactly("pull its image from ECR (missing endpoints: ecr.dkr, s3)");
    }

    @Test
    void eachNeedTakesTheEndpointsWhenTheyServeItElseTheSubnetsRoute() throws Exception {
        String text = Files.readString(Path.of("..", "examples", "tutorial-service-endpoints.arch"));
        Facts f = Facts.of(build(text));
        Service s = new Service(f.architecture().element("my-service"));
        assertThat(f.awsNeeds(s)).extracting(AwsAccess.Need::purpose)
                .containsExactly("pull its image from ECR", "ship its logs to CloudWatch Logs", "read its secrets from Secrets Manager");
        assertThat(f.awsPaths(s)).extracting(AwsAccess.Path::way).containsOnly(AwsAccess.Way.ENDPOINTS);

        String withoutS3 = text.replace("type gateway\n      service s3", "type gateway\n      service dynamodb");
        Facts g = Facts.of(build(withoutS3));
        Service t = new Service(g.architecture().element("my-service"));
        AwsAccess.Need image = g.awsNeeds(t).get(0);
        assertThat(image.missing()).containsExactly("s3");
        assertThat(g.awsPaths(t)).filteredOn(p -> p.need().equals(image))
                .extracting(AwsAccess.Path::subnet, AwsAccess.Path::way, AwsAccess.Path::via)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("app-a", AwsAccess.Way.NONE, "no route out"),
                        org.assertj.core.groups.Tuple.tuple("app-c", AwsAccess.Way.NONE, "no route out"));
    }

    @Test
    void aNatGatewayOrAPublicIpIsTheWayOutWhenNoEndpointServes() {
        String base = """
                architecture n {
                  region eu-west-1
                  network vpc 10.0.0.0/16 {
                    subnet pub-a zone eu-west-1a public 10.0.0.0/24
                    subnet app-a zone eu-west-1a private 10.0.10.0/24
                    nat nat-a { subnet pub-a }
                  }
                  service api {
                    image "123456789012.dkr.ecr.eu-west-1.amazonaws.com/api:1"
                    subnets SUBNETS
                    logs awslogs
                  }
                }
                """;
        Facts nat = Facts.of(build(base.replace("SUBNETS", "app-a")));
        assertThat(nat.awsPaths(new Service(nat.architecture().element("api"))))
                .extracting(AwsAccess.Path::way, AwsAccess.Path::via)
                .containsOnly(org.assertj.core.groups.Tuple.tuple(AwsAccess.Way.NAT, "nat-a"));
        Facts pub = Facts.of(build(base.replace("SUBNETS", "pub-a").replace("logs awslogs", "logs awslogs\n    public-ip")));
        assertThat(pub.awsPaths(new Service(pub.architecture().element("api")))).extracting(AwsAccess.Path::way)
                .containsOnly(AwsAccess.Way.INTERNET_GATEWAY);
        Facts noIp = Facts.of(build(base.replace("SUBNETS", "pub-a")));
        assertThat(noIp.awsPaths(new Service(noIp.architecture().element("api")))).extracting(AwsAccess.Path::way, AwsAccess.Path::via)
                .containsOnly(org.assertj.core.groups.Tuple.tuple(AwsAccess.Way.NONE, "a public subnet but no public IP"));
        Facts none = Facts.of(build(base.replace("SUBNETS", "app-a").replace("    nat nat-a { subnet pub-a }\n", "")));
        assertThat(none.awsAccess(new Service(none.architecture().element("api"))).gaps()).extracting(AwsAccess.Gap::text)
                .containsExactly("pull its image from ECR (missing endpoints: ecr.api, ecr.dkr, s3)", "ship its logs to CloudWatch Logs (missing endpoint: logs)");
    }

    static final String NACLS = """
            architecture a {
              region eu-west-1
              network n 10.0.0.0/16 {
                subnet pub-a zone eu-west-1a public 10.0.0.0/24
                subnet app-a zone eu-west-1a private 10.0.10.0/24
                subnet app-b zone eu-west-1a private 10.0.11.0/24
                subnet app-c zone eu-west-1a private 10.0.12.0/24
                subnet ep-d zone eu-west-1a private 10.0.14.0/24
                nat nat-a subnet pub-a { serves app-a, app-b }
                nacl out-closed {
                  subnets app-a
                  ingress 100 allow tcp 1024-65535 from 0.0.0.0/0
                  egress 100 allow tcp 8080 to 10.0.0.0/16
                }
                nacl nat-closed {
                  subnets pub-a
                  ingress 100 allow tcp 443 from 10.0.0.0/16
                  egress 100 allow tcp 443 to 0.0.0.0/0
                }
                endpoint logs-d { service logs subnets ep-d }
                nacl endpoint-closed {
                  subnets ep-d
                  ingress 100 allow tcp 443 from 10.0.0.0/16
                  egress 100 deny all to 10.0.12.0/24
                  egress 200 allow all to 0.0.0.0/0
                }
              }
              service a { image "nginx:1.27" subnets app-a }
              service b { image "nginx:1.27" subnets app-b }
              service c { image "123456789012.dkr.ecr.eu-west-1.amazonaws.com/c:1" subnets app-c logs awslogs group "/c" }
            }
            """;

    @Test
    void theNaclsOfTheSubnetOrOfItsNatGatewayCloseTheWayOut() {
        Facts f = Facts.of(build(NACLS));
        AwsAccess.Access a = f.awsAccess(new Service(f.architecture().element("a")));
        assertThat(a.naclBlocked()).extracting(AwsAccess.NaclBlock::text)
                .containsExactly("NACL 'out-closed' rule * drops the HTTPS requests from app-a to the internet");
        assertThat(a.gaps()).extracting(AwsAccess.Gap::purpose).containsExactly("pull its image from Docker Hub");
        // through the NAT gateway: its subnet lets HTTPS out, but no answer back in
        AwsAccess.Access b = f.awsAccess(new Service(f.architecture().element("b")));
        assertThat(b.naclBlocked()).extracting(AwsAccess.NaclBlock::text)
                .containsExactly("NACL 'nat-closed' rule * drops the answers from the internet to pub-a on ports 1024-65535");
        // no route out, and the logs endpoint's subnet sends no answer back
        AwsAccess.Access c = f.awsAccess(new Service(f.architecture().element("c")));
        assertThat(c.gaps()).extracting(AwsAccess.Gap::text).contains(
                "ship its logs to CloudWatch Logs (missing endpoint: logs (NACL 'endpoint-closed' rule 100 drops the answers between ep-d and app-c))");
    }
}
