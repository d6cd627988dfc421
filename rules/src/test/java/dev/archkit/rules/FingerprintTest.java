package dev.archkit.rules;

import dev.archkit.lang.ModelBuilder;
import dev.archkit.model.Parallelism;
import dev.archkit.rules.catalog.Catalog;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A finding's fingerprint is rule, subject and cause: lines moving or counts changing keep it; another cause changes it. */
class FingerprintTest {

    private static List<Finding> secrets(String text) {
        var r = ModelBuilder.buildText("f.arch", text);
        assertThat(r.diagnostics().stream().filter(d -> d.isError())).isEmpty();
        return Catalog.engine(Parallelism.serial()).run(r.architecture()).findings().stream()
                .filter(f -> f.ruleId().equals("least-privilege/plaintext-secret")).toList();
    }

    @Test
    void fingerprintIgnoresLinesAndFollowsTheCause() {
        List<Finding> before = secrets("architecture a {\n region eu-west-1\n service s {\n  replicas 2\n  env DB_PASSWORD \"hunter22x\"\n  env API_TOKEN \"abc-def-ghi\"\n }\n}\n");
        List<Finding> after = secrets("architecture a {\n region eu-west-1\n\n\n service s {\n  replicas 3\n  env LOG_LEVEL \"info\"\n  env API_TOKEN \"abc-def-ghi\"\n  env DB_PASSWORD \"hunter22x\"\n }\n}\n");
        assertThat(before).hasSize(2);
        assertThat(after).hasSize(2);
        assertThat(before).extracting(Finding::cause).containsExactlyInAnyOrder("DB_PASSWORD", "API_TOKEN");
        assertThat(after.stream().map(Finding::fingerprint).sorted().toList())
                .as("the same two findings on other lines").isEqualTo(before.stream().map(Finding::fingerprint).sorted().toList());
        assertThat(before.get(0).fingerprint()).isNotEqualTo(before.get(1).fingerprint());
        assertThat(before.get(0).fingerprint()).matches("[0-9a-f]{32}");
    }

    @Test
    void aSuppressionNamingACauseExcusesOnlyThatFinding() {
        var r = ModelBuilder.buildText("f.arch", "architecture a {\n region eu-west-1\n service s {\n  replicas 2\n  env DB_PASSWORD \"hunter22x\"\n  env API_TOKEN \"abc-def-ghi\"\n"
                + "  suppress least-privilege/plaintext-secret \"a test token, rotated daily and worthless\" cause \"API_TOKEN\"\n }\n}\n");
        assertThat(r.diagnostics()).isEmpty();
        RuleEngine.Result res = Catalog.engine(Parallelism.serial()).run(r.architecture());
        assertThat(res.suppressed()).extracting(s -> s.finding().cause()).containsExactly("API_TOKEN");
        assertThat(res.findings()).filteredOn(f -> f.ruleId().equals("least-privilege/plaintext-secret"))
                .extracting(Finding::cause).containsExactly("DB_PASSWORD");
    }
}
