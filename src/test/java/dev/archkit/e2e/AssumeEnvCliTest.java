package dev.archkit.e2e;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static dev.archkit.e2e.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

/** An architecture without environments is checked as production, says so, and --assume-env NAME changes it. */
class AssumeEnvCliTest {

    @Test
    void noEnvironmentsIsProductionUnlessAssumedOtherwise(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("a.arch");
        Files.writeString(f, "architecture a {\n  region eu-west-1\n  service api {\n    image \"repo/api:1.2.3\"\n"
                + "    replicas 1\n    logs awslogs\n    deploy rolling circuit-breaker rollback\n  }\n}\n");
        CliTest.Run prod = run("check", f.toString());
        assertThat(prod.code()).as(prod.out()).isEqualTo(1);
        assertThat(prod.out()).contains("[availability/min-replicas]")
                .contains("; no environments: checked as production (--assume-env NAME to say otherwise)");
        CliTest.Run dev = run("check", "--assume-env", "dev", f.toString());
        assertThat(dev.code()).as(dev.out()).isZero();
        assertThat(dev.out()).doesNotContain("[availability/min-replicas]")
                .contains("; no environments: checked as 'dev' (development)");
        CliTest.Run prd = run("check", "--assume-env", "prod", f.toString());
        assertThat(prd.out()).contains("[availability/min-replicas]").contains("checked as 'prod' (production)");
    }
}
