package dev.archkit.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static dev.archkit.e2e.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * 'check' on a file with input errors, in every machine format: exit 2 and a report that shows
 * the errors (never an empty or green one), next to a valid file whose findings still appear.
 */
class MachineReportCliTest {

    static final String BROKEN = "architecture a {\n  region eu-wst-1\n  service api {\n    replicas two\n  }\n}\n";

    private static Path broken(Path dir) throws Exception {
        Path f = dir.resolve("broken.arch");
        Files.writeString(f, BROKEN);
        return f;
    }

    @Test
    void sarifHasInputResults(@TempDir Path dir) throws Exception {
        Path f = broken(dir);
        CliTest.Run r = run("check", "--format", "sarif", f.toString(), "examples/tutorial-service.arch");
        assertThat(r.code()).isEqualTo(2);
        JsonNode results = new ObjectMapper().readTree(r.out()).at("/runs/0/results");
        assertThat(results.findValuesAsText("ruleId")).contains("input/region").contains("least-privilege/public-ip");
        JsonNode first = results.get(0);
        assertThat(first.get("level").asText()).isEqualTo("error");
        assertThat(first.at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(2);
        assertThat(r.err()).as("the log still shows the errors").contains("eu-wst-1");
    }

    @Test
    void githubAnnotatesTheInputErrors(@TempDir Path dir) throws Exception {
        Path f = broken(dir);
        CliTest.Run r = run("check", "--format", "github", f.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).contains(",line=2,col=").contains("title=input/region::").startsWith("::error file=");
    }

    @Test
    void junitFailsTheBrokenFile(@TempDir Path dir) throws Exception {
        Path f = broken(dir);
        CliTest.Run r = run("check", "--format", "junit", f.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).contains("<testsuite name=\"input\" tests=\"1\" failures=\"1\">")
                .doesNotContain("<testsuites name=\"archkit\" tests=\"" + "\" failures=\"0\"")
                .containsPattern("<testsuites name=\"archkit\" tests=\"\\d+\" failures=\"1\">");
    }

    @Test
    void jsonCountsTheInputErrors(@TempDir Path dir) throws Exception {
        Path f = broken(dir);
        CliTest.Run r = run("check", "--format", "json", f.toString());
        assertThat(r.code()).isEqualTo(2);
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.at("/summary/inputErrors").asInt()).isEqualTo(json.get("diagnostics").size()).isGreaterThanOrEqualTo(2);
        assertThat(json.at("/summary/passed").asBoolean()).isFalse();
        assertThat(json.at("/diagnostics/0/rule").asText()).isEqualTo("input/region");
    }

    @Test
    void markdownShowsTheInputErrors(@TempDir Path dir) throws Exception {
        Path f = broken(dir);
        CliTest.Run r = run("check", "--format", "markdown", f.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).contains("the rules did not run").contains("`input/region`").doesNotStartWith("### archkit check\n\nNo findings");
    }

    @Test
    void anUnreadableFileIsAnInputResultWithoutALine(@TempDir Path dir) throws Exception {
        Path f = broken(dir);
        Files.writeString(f, "architecture a {\n  region eu-west-1\n}\n");
        f.toFile().setReadable(false);
        assumeFalse(Files.isReadable(f), "running as root, every file is readable: no unreadable input to show");
        CliTest.Run r = run("check", "--format", "sarif", f.toString());
        assertThat(r.code()).isEqualTo(3);
        JsonNode res = new ObjectMapper().readTree(r.out()).at("/runs/0/results/0");
        assertThat(res.get("ruleId").asText()).isEqualTo("input/io");
        assertThat(res.at("/locations/0/physicalLocation/region").isMissingNode()).isTrue();
    }
}
