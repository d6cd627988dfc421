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
}
