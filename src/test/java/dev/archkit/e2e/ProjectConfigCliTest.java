package dev.archkit.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.archkit.cli.ExitCode;
import dev.archkit.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static dev.archkit.e2e.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

/** .archkit.yaml: a project's settings for 'check' (and its rules for every command that shows findings), every mistake in it located, options on the command line winning. */
class ProjectConfigCliTest {

    /** A service with a public IP (a warning of least-privilege/public-ip) and a ':latest' image (a warning of hygiene/image-tag). */
    static Path arch(Path dir) throws Exception {
        return Files.writeString(dir.resolve("a.arch"), "architecture a {\n  region eu-west-1\n  service api {\n    image \"repo/api:latest\"\n"
                + "    replicas 2 min 2 max 4\n    logs awslogs\n    deploy rolling circuit-breaker rollback\n    scale cpu 70%\n    public-ip on\n  }\n}\n");
    }

    private static Path config(Path dir, String yaml) throws Exception {
        return Files.writeString(dir.resolve(".archkit.yaml"), yaml);
    }

    @Test
    void settingsTurnRulesOffChangeSeveritiesAndFailOn(@TempDir Path dir) throws Exception {
        Path f = arch(dir);
        CliTest.Run plain = run("check", f.toString());
        assertThat(plain.code()).as("warnings only").isZero();
        assertThat(plain.out()).contains("[least-privilege/public-ip]").contains("warning: service 'api' uses image");

        Path c = config(dir, "# the sandbox account\ndisable:\n  least-privilege/public-ip: \"the sandbox account has no private subnets\"\n"
                + "severity:\n  hygiene/image-tag: error\nfail-on: warning\n");
        CliTest.Run r = run("check", "--config", c.toString(), f.toString());
        assertThat(r.code()).as(r.out() + r.err()).isEqualTo(ExitCode.FINDINGS.code());
        assertThat(r.out()).doesNotContain("[least-privilege/public-ip]")
                .contains("error: service 'api' uses image \"repo/api:latest\"")
                .contains(c + ":3:3: rule least-privilege/public-ip is off: \"the sandbox account has no private subnets\"")
                .contains("(1 rule off)").contains("; settings from " + c);

        // the command line wins over the file
        CliTest.Run never = run("check", "--config", c.toString(), "--fail-on", "never", f.toString());
        assertThat(never.code()).isZero();
        CliTest.Run none = run("check", "--no-config", f.toString());
        assertThat(none.out()).isEqualTo(plain.out());
    }

    @Test
    void everyCommandThatShowsFindingsTakesTheRulesOffAndSeverities(@TempDir Path dir) throws Exception {
        Path f = arch(dir);
        // the version before: a pinned image and no public IP; the change brings both warnings in
        Path before = Files.writeString(dir.resolve("before.arch"), Files.readString(f).replace("repo/api:latest", "repo/api:1.4.2").replace("    public-ip on\n", ""));
        Path c = config(dir, "disable:\n  hygiene/image-tag: \"images are pinned by the deploy pipeline\"\n"
                + "  least-privilege/public-ip: \"the sandbox account has no private subnets\"\n");
        // diff: the new version's findings are judged with the project's settings
        assertThat(run("diff", "--no-config", before.toString(), f.toString()).out()).contains("[hygiene/image-tag]").contains("new findings: 0 errors, 2 warnings");
        assertThat(run("diff", "--config", c.toString(), before.toString(), f.toString()).out()).doesNotContain("[hygiene/image-tag]").contains("new findings: 0 errors, 0 warnings");
        // render --findings: no outline for warnings the project turned off
        assertThat(run("render", "--findings", "--no-config", f.toString()).out()).contains("as n_api #FFFAF0;line:E07000");
        assertThat(run("render", "--findings", "--config", c.toString(), f.toString()).out()).contains("as n_api\n").doesNotContain("line:E07000");
        // report: the findings are gone, and the rules off are listed with their reasons and places
        Path plain = dir.resolve("plain.html"), configured = dir.resolve("configured.html");
        assertThat(run("report", "--no-config", f.toString(), "-o", plain.toString()).code()).isZero();
        assertThat(run("report", "--config", c.toString(), f.toString(), "-o", configured.toString()).code()).isZero();
        assertThat(Files.readString(plain)).contains("uses image \"repo/api:latest\"").doesNotContain("rules off for this design");
        assertThat(Files.readString(configured)).doesNotContain("uses image \"repo/api:latest\"")
                .contains("2 rules off for this design")
                .contains("<code>hygiene/image-tag</code>: “images are pinned by the deploy pipeline” <span class=\"loc\">(" + c + ":2:3)</span>");
        // a broken file stops them as it stops check
        Path broken = config(dir, "disable:\n  hygiene/imagetag: \"a reason long enough\"\n");
        CliTest.Run r = run("render", "--findings", "--config", broken.toString(), f.toString());
        assertThat(r.code()).isEqualTo(ExitCode.INVALID.code());
        assertThat(r.err()).contains("unknown rule 'hygiene/imagetag'; did you mean 'hygiene/image-tag'?").contains("in the configuration; nothing was drawn");
    }

    @Test
    void formatAndImportRootComeFromTheFileRelativeToIt(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("shared"));
        Files.writeString(dir.resolve("shared/net.arch"), "network main { cidr 10.0.0.0/16 }\n");
        Files.createDirectories(dir.resolve("app"));
        Path f = Files.writeString(dir.resolve("app/a.arch"), "import \"../shared/net.arch\"\narchitecture a {\n  region eu-west-1\n}\n");
        CliTest.Run refused = run("check", "--no-config", f.toString());
        assertThat(refused.code()).isEqualTo(ExitCode.INVALID.code());
        Path c = config(dir, "import-root: .\nformat: json\n");
        CliTest.Run r = run("check", "--config", c.toString(), f.toString());
        assertThat(r.code()).as(r.out() + r.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.path("summary").path("inputErrors").asInt()).isZero();
        assertThat(run("check", "--config", c.toString(), "--format", "text", f.toString()).out()).startsWith("checked 1 file");
    }

    @Test
    void everyMistakeIsLocatedWithASuggestion(@TempDir Path dir) throws Exception {
        Path f = arch(dir);
        Path c = config(dir, "fail-on: warnin\nformt: json\nseverity:\n  availability/single-nat: warn\n  hygiene/imagetag: info\n"
                + "disable:\n  least-privilege/public-ip: short\n  availability/min-replicas: 3\n  hygiene/no-logs:\nimport-root: [a, b]\n");
        CliTest.Run r = run("check", "--config", c.toString(), f.toString());
        assertThat(r.code()).isEqualTo(ExitCode.INVALID.code());
        assertThat(r.out()).as("nothing is checked with a broken configuration").isEmpty();
        assertThat(r.err())
                .contains(c + ":1:10: error: 'fail-on' must be one of error, warning, info, never, not 'warnin'; did you mean 'warning'?")
                .contains(c + ":2:1: error: unknown key 'formt'; did you mean 'format'?")
                .contains(c + ":4:28: error: a severity must be error, warning or info, not 'warn'; did you mean 'warning'?")
                .contains(c + ":5:3: error: unknown rule 'hygiene/imagetag'; did you mean 'hygiene/image-tag'?")
                .contains(c + ":7:30: error: the reason for turning least-privilege/public-ip off is too short (\"short\")")
                .contains(c + ":8:30: error: rule availability/min-replicas is turned off without a reason")
                .contains(c + ":9:19: error: rule hygiene/no-logs is turned off without a reason")
                .contains(c + ":10:14: error: 'import-root' must be a path (text), not a list")
                .contains("archkit check: " + c + ": 8 errors in the configuration; nothing was checked");
    }

    @Test
    void brokenYamlAndMissingFilesAreClearErrors(@TempDir Path dir) throws Exception {
        Path f = arch(dir);
        Path c = config(dir, "fail-on: warning\n  format: [json\n");
        CliTest.Run r = run("check", "--config", c.toString(), f.toString());
        assertThat(r.code()).isEqualTo(ExitCode.INVALID.code());
        assertThat(r.err()).contains(c + ":2:").contains("error: not valid YAML");
        CliTest.Run missing = run("check", "--config", dir.resolve("nope.yaml").toString(), f.toString());
        assertThat(missing.code()).isEqualTo(ExitCode.INVALID.code());
        assertThat(missing.err()).contains("archkit check: --config " + dir.resolve("nope.yaml") + " does not exist");
        Path list = config(dir, "- fail-on\n");
        assertThat(run("check", "--config", list.toString(), f.toString()).err()).contains(list + ":1:1: error: the file must be a mapping of settings");
        Path tab = config(dir, "severity:\n\thygiene/image-tag: info\n");
        assertThat(run("check", "--config", tab.toString(), f.toString()).err()).contains(tab + ":2:1: error: a tab indents this line");
        Path off = config(dir, "severity:\n  hygiene/image-tag: off\n");
        assertThat(run("check", "--config", off.toString(), f.toString()).err())
                .contains(off + ":2:22: error: a rule is turned off under 'disable', with a reason, not with 'off'");
        Path empty = config(dir, "");
        CliTest.Run emptyRun = run("check", "--config", empty.toString(), f.toString());
        assertThat(emptyRun.code()).isZero();
        assertThat(emptyRun.out()).contains("[least-privilege/public-ip]").contains("; settings from " + empty);
    }

    /** Found in the working directory or a parent, no higher than the git work tree's top. */
    @Test
    void theFileIsFoundUpToTheTopOfTheWorkTree(@TempDir Path dir) throws Exception {
        Path top = Files.createDirectories(dir.resolve("repo"));
        Files.createDirectories(top.resolve(".git"));
        Path sub = Files.createDirectories(top.resolve("infra/platform"));
        arch(sub);
        config(top, "disable:\n  least-privilege/public-ip: \"the sandbox account has no private subnets\"\n");
        Process p = archkit(sub, "check", "a.arch");
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(out).doesNotContain("[least-privilege/public-ip]").contains("; settings from " + top.resolve(".archkit.yaml"));

        // above the work tree's top it is not looked for
        config(dir, "disable:\n  least-privilege/public-ip: \"the sandbox account has no private subnets\"\n");
        Files.delete(top.resolve(".archkit.yaml"));
        Process q = archkit(sub, "check", "a.arch");
        String out2 = new String(q.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(q.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(out2).contains("[least-privilege/public-ip]").doesNotContain("settings from");
    }

    /** archkit in a separate process, in {@code dir} (the configuration is found from the working directory). */
    static Process archkit(Path dir, String... args) throws Exception {
        List<String> cmd = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).directory(dir.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }
}
