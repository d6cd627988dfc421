package dev.archkit.e2e;

import dev.archkit.cli.ExitCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static dev.archkit.e2e.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

/** A pull request cannot turn a rule off unnoticed: 'rule ID off' needs a reason, as a suppression does. */
class RuleOffCliTest {

    private static Path arch(Path dir, String ruleLines) throws Exception {
        return Files.writeString(dir.resolve("a.arch"), "architecture a {\n  region eu-west-1\n" + ruleLines
                + "  service api {\n    image \"api:1\"\n    public-ip on\n  }\n}\n");
    }

    @Test
    void aRuleTurnedOffWithoutAReasonIsAnError(@TempDir Path dir) throws Exception {
        Path f = arch(dir, "  rule least-privilege/public-ip off\n");
        CliTest.Run r = run("check", f.toString());
        assertThat(r.code()).isEqualTo(ExitCode.FINDINGS.code());
        assertThat(r.out()).contains(f + ":3:3: error: rule least-privilege/public-ip turned off without a reason [hygiene/suppression-without-reason]")
                .doesNotContain("[least-privilege/public-ip]");
    }

    @Test
    void turningOffTheReasonRuleItselfDoesNotSilenceIt(@TempDir Path dir) throws Exception {
        Path f = arch(dir, "  rule hygiene/suppression-without-reason off\n  rule least-privilege/public-ip off\n");
        CliTest.Run r = run("check", f.toString());
        assertThat(r.code()).isEqualTo(ExitCode.FINDINGS.code());
        assertThat(r.out()).contains("rule hygiene/suppression-without-reason turned off without a reason")
                .contains("rule least-privilege/public-ip turned off without a reason");
        CliTest.Run info = run("check", arch(dir, "  rule hygiene/suppression-without-reason info\n  rule least-privilege/public-ip off \"ok\"\n").toString());
        assertThat(info.out()).contains("error: rule least-privilege/public-ip turned off with too short a reason (\"ok\")");
    }

    @Test
    void aReasonTurnsTheRuleOff(@TempDir Path dir) throws Exception {
        Path f = arch(dir, "  rule least-privilege/public-ip off \"the tasks run in a sandbox account without private subnets\"\n");
        CliTest.Run r = run("check", f.toString());
        assertThat(r.out()).doesNotContain("[least-privilege/public-ip]").doesNotContain("suppression-without-reason");
    }
}
