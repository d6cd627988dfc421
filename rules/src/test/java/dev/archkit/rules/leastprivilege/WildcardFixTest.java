package dev.archkit.rules.leastprivilege;

import dev.archkit.lang.ModelBuilder;
import dev.archkit.model.Parallelism;
import dev.archkit.rules.Finding;
import dev.archkit.rules.catalog.Catalog;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The wildcard-resource hint gives an example ARN in the architecture's own partition and region. */
class WildcardFixTest {

    private static List<Finding> check(Path dir, String region, String allow) throws Exception {
        Path f = dir.resolve("a.arch");
        Files.writeString(f, "architecture a {\n  region " + region + "\n  role r {\n    " + allow + "\n  }\n}\n");
        var r = ModelBuilder.build(f);
        assertThat(r.diagnostics()).isEmpty();
        return Catalog.engine(Parallelism.serial()).run(r.architecture()).findings().stream()
                .filter(x -> x.ruleId().equals("least-privilege/wildcard-resource")).toList();
    }

    @Test
    void exampleArnIsInTheArchitecturesPartitionAndRegion(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        List<Finding> cn = check(dir, "cn-north-1", "allow dynamodb:GetItem on \"*\"");
        assertThat(cn).singleElement().extracting(Finding::fix).asString()
                .contains("arn:aws-cn:dynamodb:cn-north-1:123456789012:table/");
        List<Finding> eu = check(dir, "eu-central-1", "allow s3:GetObject on \"*\"");
        assertThat(eu).singleElement().extracting(Finding::fix).asString().contains("arn:aws:s3:::my-bucket/*");
    }
}
