package dev.archkit.lang;

import org.junit.jupiter.api.Test;

import static dev.archkit.lang.ModelBuilderTest.build;
import static dev.archkit.lang.ModelBuilderTest.messages;
import static org.assertj.core.api.Assertions.assertThat;

/** 'deploy' on runtimes that cannot take it, and ARNs that cannot be right in the architecture's region. */
class DeployAndArnChecksTest {

    @Test
    void deployOnBeanstalkOrSwarmIsALocatedError() {
        var r = build("""
                architecture a {
                  region eu-west-1
                  service web {
                    runtime beanstalk
                    deploy rolling min-healthy 50%
                  }
                  service worker {
                    runtime swarm
                    deploy blue-green
                  }
                  service api {
                    runtime fargate
                    deploy rolling circuit-breaker rollback
                  }
                }
                """);
        assertThat(messages(r)).containsExactly(
                "5:5 'deploy' settings are ECS and Kubernetes deployment options; a service on Elastic Beanstalk cannot take them"
                        + " | Elastic Beanstalk deploys by its environment's deployment policy (rolling, immutable, traffic splitting); remove 'deploy'",
                "9:5 'deploy' settings are ECS and Kubernetes deployment options; a service on Docker Swarm cannot take them"
                        + " | Docker Swarm rolls out by the service's update_config; remove 'deploy'");
        assertThat(r.diagnostics()).allMatch(d -> d.severity().name().equals("ERROR"));
    }

    @Test
    void malformedArnsAreLocatedWarnings() {
        var r = build("""
                architecture a {
                  region eu-west-1
                  role r {
                    allow s3:GetObject on "arn:aws:s3:::orders-bucket/*"
                    allow dynamodb:GetItem on "arn:aws:dynamodb:eu-west-1:account:table/orders"
                    allow sqs:SendMessage on "arn:aws-cn:sqs:eu-west-1:123456789012:jobs"
                    allow kms:Decrypt on "arn:aws:kms:europe:123456789012:key/1"
                    allow sns:Publish on "arn:aws:sns:eu-west-1:123456789012:alerts"
                    allow sqs:ReceiveMessage on "arn:aws:sqs:*:*:jobs"
                  }
                }
                """);
        assertThat(messages(r)).hasSize(3);
        assertThat(messages(r).get(0)).startsWith("5:").contains("malformed ARN").contains("its account 'account' is not a 12-digit account id")
                .contains("| write arn:aws:SERVICE:eu-west-1:123456789012:RESOURCE");
        assertThat(messages(r).get(1)).contains("its partition 'aws-cn' is not that of eu-west-1 ('aws')");
        assertThat(messages(r).get(2)).contains("'europe' is not a region");
        assertThat(r.diagnostics()).allMatch(d -> d.severity().name().equals("WARNING"));
    }
}
