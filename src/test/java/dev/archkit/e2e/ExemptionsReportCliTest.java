package dev.archkit.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static dev.archkit.e2e.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

/** Rules turned off and suppressed findings are listed in the summary of every format: a green report says what it left out. */
class ExemptionsReportCliTest {

    private static final String REASON = "the sandbox account has no private subnets";
    private static final String WHY = "pinned by digest at deploy time";

    private static Path arch(Path dir) throws Exception {
        return Files.writeString(dir.resolve("a.arch"), "architecture a {\n  region eu-west-1\n  rule least-privilege/public-ip off \"" + REASON + "\"\n"
                + "  service api {\n    image \"repo/api:latest\"\n    suppress hygiene/image-tag \"" + WHY + "\"\n"
                + "    replicas 2 min 2 max 4\n    logs awslogs\n    deploy rolling circuit-breaker rollback\n    scale cpu 70%\n    public-ip on\n  }\n}\n");
    }

    @Test
    void textListsRulesOffAndSuppressions(@TempDir Path dir) throws Exception {
        Path f = arch(dir);
        CliTest.Run r = run("check", f.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains(f + ":3:3: rule least-privilege/public-ip is off: \"" + REASON + "\"")
                .contains(f + ":6:5: suppressed hygiene/image-tag on api (" + f + ":5:11): \"" + WHY + "\"")
                .contains("findings: 0 errors, 0 warnings, 0 info (1 suppressed, 1 rule off)");
        assertThat(run("check", "-q", f.toString()).out()).isEmpty();
    }

    @Test
    void machineFormatsListThemToo(@TempDir Path dir) throws Exception {
        Path f = arch(dir);
        ObjectMapper m = new ObjectMapper();
        JsonNode json = m.readTree(run("check", "--format", "json", f.toString()).out());
        assertThat(json.path("summary").path("rulesOff").asInt()).isEqualTo(1);
        assertThat(json.path("summary").path("suppressed").asInt()).isEqualTo(1);
        assertThat(json.path("rulesOff").get(0).path("rule").asText()).isEqualTo("least-privilege/public-ip");
        assertThat(json.path("rulesOff").get(0).path("reason").asText()).isEqualTo(REASON);
        assertThat(json.path("rulesOff").get(0).path("at").asText()).isEqualTo(f + ":3:3");

        JsonNode run0 = m.readTree(run("check", "--format", "sarif", f.toString()).out()).path("runs").get(0);
        assertThat(run0.path("properties").path("archkit").path("rulesOff").get(0).path("reason").asText()).isEqualTo(REASON);
        assertThat(run0.path("properties").path("archkit").path("suppressed").asInt()).isEqualTo(1);
        JsonNode suppressed = run0.path("results").get(0);
        assertThat(suppressed.path("ruleId").asText()).isEqualTo("hygiene/image-tag");
        assertThat(suppressed.path("suppressions").get(0).path("kind").asText()).isEqualTo("inSource");
        assertThat(suppressed.path("suppressions").get(0).path("justification").asText()).isEqualTo(WHY);

        String junit = run("check", "--format", "junit", f.toString()).out();
        assertThat(junit).contains("<skipped message=\"turned off at " + f + ":3:3: " + REASON + "\"/>")
                .contains("skipped=\"1\"").contains("suppressed at " + f + ":6:5 (" + WHY + ")");

        String github = run("check", "--format", "github", f.toString()).out();
        assertThat(github).contains("::notice file=" + f.toUri().toString().replace(":", "%3A") + ",line=3,col=3,title=rule off%3A least-privilege/public-ip::rule least-privilege/public-ip is off: " + REASON)
                .contains("::notice title=archkit::0 errors, 0 warnings, 0 info (1 suppressed, 1 rule off)");

        String markdown = run("check", "--format", "markdown", f.toString()).out();
        assertThat(markdown).contains("No findings (1 suppressed, 1 rule off).")
                .contains("- " + f + ":3:3: rule least-privilege/public-ip is off: \"" + REASON + "\"")
                .contains("suppressed hygiene/image-tag on api");
    }
}
