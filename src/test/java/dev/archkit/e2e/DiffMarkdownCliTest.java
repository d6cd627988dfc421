package dev.archkit.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static dev.archkit.e2e.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

/** 'diff --format markdown' as a pull-request comment: new and fixed findings by fingerprint, the cost change. */
class DiffMarkdownCliTest {

    static final Path TUTORIAL = Path.of("examples", "tutorial-service.arch");

    private static Path write(Path dir, String name, String text) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, text);
        return f;
    }

    @Test
    void newAndFixedFindingsAndTheCostChange(@TempDir Path dir) throws Exception {
        String text = Files.readString(TUTORIAL);
        Path old = write(dir, "old.arch", text);
        Path changed = write(dir, "new.arch", "# a note that moves every line\n\n" + text
                .replace("    replicas 3\n", "    replicas 4\n")
                .replace("    public-ip on\n", "")
                .replace("nginx/nginx:1.27\"", "nginx/nginx:latest\""));
        CliTest.Run r = run("diff", "--format", "markdown", old.toString(), changed.toString());
        // without 'public-ip on' the Fargate tasks in the tutorial's public subnets cannot pull their image: a new error
        assertThat(r.code()).as(r.err()).isEqualTo(1);
        assertThat(r.out()).startsWith("### archkit diff\n")
                .contains("**2 new findings (1 error, 1 warning), 1 fixed, ")
                .contains("| error | `availability/task-cannot-start` | `" + changed + ":")
                .contains("monthly cost (desired scale): $")
                .contains("#### New findings (2)").contains("| warning | `hygiene/image-tag` | `" + changed + ":")
                .contains("#### Fixed findings (1)").contains("| fixed | `least-privilege/public-ip` | `" + old + ":")
                .contains("- **changed** service `my-service`").contains("`replicas`: `desired=3` → `desired=4`")
                .contains("<details><summary>Cost per component</summary>")
                .contains("```mermaid\nflowchart LR\n").contains("<b>my-service</b><br/><small>changed service</small>");
        assertThat(r.out().lines().filter(l -> l.startsWith("| warning") || l.startsWith("| error") || l.startsWith("| info")))
                .as("findings that only moved are not new").hasSize(2);
        CliTest.Run gate = run("diff", "--format", "markdown", "--fail-on", "warning", old.toString(), changed.toString());
        assertThat(gate.code()).isEqualTo(1);
    }

    @Test
    void movedLinesAloneChangeNoFinding(@TempDir Path dir) throws Exception {
        String text = Files.readString(TUTORIAL);
        Path old = write(dir, "old.arch", text);
        Path moved = write(dir, "new.arch", "# moved\n\n\n" + text);
        CliTest.Run r = run("diff", "--format", "markdown", "--fail-on", "info", old.toString(), moved.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("**0 new findings, 0 fixed, ").contains("(no change)").contains("No change to the architecture.")
                .doesNotContain("#### New findings").doesNotContain("#### Fixed findings").doesNotContain("```mermaid");
    }

    @Test
    void invalidInputIsShownNotAnEmptyComment(@TempDir Path dir) throws Exception {
        Path old = write(dir, "old.arch", Files.readString(TUTORIAL));
        Path bad = write(dir, "new.arch", "architecture a {\n  region eu-wst-1\n}\n");
        CliTest.Run md = run("diff", "--format", "markdown", old.toString(), bad.toString());
        assertThat(md.code()).isEqualTo(2);
        assertThat(md.out()).startsWith("### archkit diff\n").contains("the rules did not run").contains("`input/region`");
        CliTest.Run json = run("diff", "--format", "json", old.toString(), bad.toString());
        assertThat(json.code()).isEqualTo(2);
        JsonNode root = new ObjectMapper().readTree(json.out());
        assertThat(root.at("/summary/inputErrors").asInt()).isPositive();
        assertThat(root.at("/summary/passed").asBoolean()).isFalse();
    }
}
