package dev.archkit.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.archkit.cli.ExitCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static dev.archkit.e2e.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

/** A baseline of accepted findings: only new findings fail, moved lines stay accepted, fixed entries are reported. */
class BaselineCliTest {

    @Test
    void onlyNewFindingsFailAndMovedLinesStayAccepted(@TempDir Path dir) throws Exception {
        Path f = ProjectConfigCliTest.arch(dir);
        Path base = dir.resolve("baseline.json");
        CliTest.Run write = run("check", "--write-baseline", base.toString(), f.toString());
        assertThat(write.code()).as(write.out() + write.err()).isZero();
        assertThat(write.err()).contains("archkit check: wrote 2 findings to " + base);
        assertThat(write.out()).contains("(2 baselined)");
        String written = Files.readString(base);
        assertThat(written).contains("\"archkitBaseline\" : 1").contains("\"rule\" : \"least-privilege/public-ip\"")
                .contains("\"rule\" : \"hygiene/image-tag\"").contains("\"fingerprint\"").doesNotContain("\"line\"");
        // deterministic: the same findings, the same bytes
        run("check", "--write-baseline", base.toString(), f.toString());
        assertThat(Files.readString(base)).isEqualTo(written);

        // three lines above everything: each finding moves, and stays accepted
        Files.writeString(f, "# one\n# two\n# three\n" + Files.readString(f));
        CliTest.Run moved = run("check", "--baseline", base.toString(), "--fail-on", "warning", f.toString());
        assertThat(moved.code()).as(moved.out()).isZero();
        assertThat(moved.out()).contains("findings: 0 errors, 0 warnings, 0 info (2 baselined)")
                .contains(base + ": 2 findings accepted by the baseline");

        // a new finding fails; the accepted ones stay quiet
        Files.writeString(f, Files.readString(f).replace("  service api {", "  service web {\n    image \"repo/web:latest\"\n    replicas 2 min 2 max 4\n"
                + "    logs awslogs\n    deploy rolling circuit-breaker rollback\n    scale cpu 70%\n  }\n  service api {"));
        CliTest.Run fresh = run("check", "--baseline", base.toString(), "--fail-on", "warning", f.toString());
        assertThat(fresh.code()).isEqualTo(ExitCode.FINDINGS.code());
        assertThat(fresh.out()).contains("warning: service 'web' uses image \"repo/web:latest\"")
                .doesNotContain("service 'api' uses image").contains("findings: 0 errors, 1 warning, 0 info (2 baselined)");
    }

    @Test
    void entriesNoLongerFoundAreReportedAsFixed(@TempDir Path dir) throws Exception {
        Path f = ProjectConfigCliTest.arch(dir);
        Path base = dir.resolve("baseline.json");
        run("check", "--write-baseline", base.toString(), f.toString());
        Files.writeString(f, Files.readString(f).replace("    public-ip on\n", ""));
        CliTest.Run r = run("check", "--baseline", base.toString(), f.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains(base + ": fixed, no longer found: least-privilege/public-ip on api in " + f.toUri())
                .contains("(1 baselined)").contains("; 1 baseline entry fixed");
        JsonNode json = new ObjectMapper().readTree(run("check", "--baseline", base.toString(), "--format", "json", f.toString()).out());
        assertThat(json.path("summary").path("baselined").asInt()).isEqualTo(1);
        assertThat(json.path("summary").path("baselineFixed").asInt()).isEqualTo(1);
        assertThat(json.path("baseline").path("fixed").get(0).path("rule").asText()).isEqualTo("least-privilege/public-ip");
        JsonNode sarif = new ObjectMapper().readTree(run("check", "--baseline", base.toString(), "--format", "sarif", f.toString()).out());
        JsonNode run0 = sarif.path("runs").get(0);
        assertThat(run0.path("properties").path("archkit").path("baseline").path("fixed").get(0).path("rule").asText())
                .isEqualTo("least-privilege/public-ip");
        JsonNode accepted = run0.path("results").get(0);
        assertThat(accepted.path("baselineState").asText()).isEqualTo("unchanged");
        assertThat(accepted.path("suppressions").get(0).path("kind").asText()).isEqualTo("external");
    }

    @Test
    void badBaselinesAndBadUseAreClearErrors(@TempDir Path dir) throws Exception {
        Path f = ProjectConfigCliTest.arch(dir);
        Path missing = dir.resolve("nope.json");
        CliTest.Run r = run("check", "--baseline", missing.toString(), f.toString());
        assertThat(r.code()).isEqualTo(ExitCode.INVALID.code());
        assertThat(r.err()).contains("archkit check: baseline " + missing + " does not exist; write it first with: archkit check --write-baseline");
        Path garbage = Files.writeString(dir.resolve("g.json"), "{\n  \"archkitBaseline\": 1,\n  \"findings\": [ oops ]\n}\n");
        assertThat(run("check", "--baseline", garbage.toString(), f.toString()).err()).contains(garbage + ":3:").contains("not JSON");
        Path other = Files.writeString(dir.resolve("o.json"), "{\"version\": \"2.1.0\"}");
        assertThat(run("check", "--baseline", other.toString(), f.toString()).err()).contains(other + ": not an archkit baseline");
        assertThat(run("check", "--baseline", other.toString(), "--write-baseline", other.toString(), f.toString()).err())
                .contains("--baseline and --write-baseline exclude each other");
        assertThat(run("check", "--write-baseline", dir.toString(), f.toString()).err()).contains("is a directory");
        CliTest.Run nowhere = run("check", "--write-baseline", dir.resolve("no/such/b.json").toString(), f.toString());
        assertThat(nowhere.code()).isEqualTo(ExitCode.ENVIRONMENT.code());
        assertThat(nowhere.err()).contains("cannot write baseline " + dir.resolve("no/such/b.json") + ": the directory " + dir.resolve("no/such") + " does not exist");

        // input with errors: the baseline is not written (and an existing one is left as it was)
        Path base = dir.resolve("baseline.json");
        Files.writeString(base, "keep");
        Path broken = Files.writeString(dir.resolve("b.arch"), "architecture b {\n  region eu-west-1\n  service {\n}\n");
        CliTest.Run bad = run("check", "--write-baseline", base.toString(), broken.toString());
        assertThat(bad.code()).isEqualTo(ExitCode.INVALID.code());
        assertThat(bad.err()).contains("baseline " + base + " not written: the input has errors");
        assertThat(Files.readString(base)).isEqualTo("keep");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).as("no temporary file left").allMatch(n -> !n.startsWith("."));
        }
    }
}
