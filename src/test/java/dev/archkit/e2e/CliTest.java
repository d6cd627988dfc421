package dev.archkit.e2e;

import dev.archkit.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The real CLI, end to end, on the shipped examples and on broken input. */
class CliTest {

    record Run(int code, String out, String err) { }

    static Run run(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void examplesAreValidInputAndTheRulesFindTheSeedsFlaws() {
        Run r = run("check", "examples/");
        assertThat(r.code()).as(r.out()).isEqualTo(1);
        // fintech's secret ARNs keep its seed's placeholder account: two located warnings
        assertThat(r.out()).contains("checked 45 files (35 architectures): 0 input errors, 2 input warnings; findings: ")
                .contains("examples/fintech.arch:124:50: warning: malformed ARN \"arn:aws:secretsmanager:ap-northeast-2:account:secret:user-db-password\": its account 'account' is not a 12-digit account id [arn]");
        // the flaws each seed document really has
        assertThat(r.out())
                .contains("examples/fintech.arch:").contains("uses image \"fintech/user-service:latest\" (':latest') [hygiene/image-tag]")
                .contains("service 'minio' sets MINIO_ROOT_PASSWORD in plain text: its name says it holds a secret and its value is a literal (stg) [least-privilege/plaintext-secret]")
                .contains("service 'grafana' sets GF_SECURITY_ADMIN_PASSWORD in plain text: its name says it holds a secret and its value is a literal (prod) [least-privilege/plaintext-secret]")
                .contains("service 'api-gateway' runs 1 copy in production: a deployment, a host failure or the loss of its zone stops it (prod) [availability/min-replicas]")
                .contains("[availability/no-autoscaling]")
                .contains("'ingress tcp 3000-3999 from doa-market-alb-sg' admits 1000 ports, but the dependencies use only 3001-3016 [least-privilege/unneeded-ingress]")
                .contains("'doa-market-ecs-tasks-sg': 'ingress all from self' admits 65536 ports, but the dependencies use only 3005, 3009-3010")
                .contains("allows all traffic out to 0.0.0.0/0 [least-privilege/unrestricted-egress]")
                .contains("no security group rule lets auth-service reach user-service on port 8080");
        // and nothing absurd: the tutorial's load balancer is open on its listener port, as it must be
        assertThat(r.out()).doesNotContain("'lb-sg' admits 0.0.0.0/0");
        // the tutorial's private tasks reach ECR, CloudWatch Logs and Secrets Manager through endpoints: clean
        assertThat(r.out()).doesNotContain("examples/tutorial-service-endpoints.arch:");
        Run never = run("check", "--fail-on", "never", "-q", "examples/");
        assertThat(never.code()).isZero();
    }

    @Test
    void failOnLevelsAndSuppressions(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("a.arch");
        Files.writeString(f, "architecture a {\n  region eu-west-1\n  service api {\n    image \"repo/api:latest\"\n"
                + "    replicas 2 min 2 max 4\n    logs awslogs\n    deploy rolling circuit-breaker rollback\n    scale cpu 70%\n  }\n}\n");
        assertThat(run("check", f.toString()).code()).as("a warning does not fail at --fail-on error").isZero();
        Run warn = run("check", "--fail-on", "warning", f.toString());
        assertThat(warn.code()).isEqualTo(1);
        assertThat(warn.out()).contains(f + ":4:11: warning: service 'api' uses image \"repo/api:latest\" (':latest') [hygiene/image-tag]")
                .contains("hint: Pin a version tag");
        Files.writeString(f, Files.readString(f).replace("    scale cpu 70%\n",
                "    scale cpu 70%\n    suppress hygiene/image-tag \"pinned by digest in the deploy pipeline\"\n"));
        Run suppressed = run("check", "--fail-on", "warning", f.toString());
        assertThat(suppressed.code()).as(suppressed.out()).isZero();
        assertThat(suppressed.out()).contains("findings: 0 errors, 0 warnings, 0 info (1 suppressed)");
        Files.writeString(f, Files.readString(f).replace("  region eu-west-1\n", "  region eu-west-1\n  rule hygiene/image-tag off \"every image is pinned by digest when deployed\"\n"));
        Run off = run("check", "--fail-on", "info", f.toString());
        assertThat(off.out()).contains("suppression of hygiene/image-tag excuses nothing on 'api' [hygiene/unused-suppression]");
    }

    @Test
    void everyFormatWrites() {
        for (String format : new String[]{"json", "sarif", "junit", "github", "markdown"}) {
            Run r = run("check", "--format", format, "--fail-on", "warning", "examples/tutorial-service.arch");
            assertThat(r.code()).as(format + ": " + r.err()).isEqualTo(1);
            assertThat(r.out()).as(format).contains("least-privilege/public-ip");
        }
        assertThat(run("check", "--format", "github", "examples/tutorial-service.arch").out())
                .contains("::warning file=examples/tutorial-service.arch,line=");
        assertThat(run("check", "--format", "sarif", "examples/tutorial-service.arch").out()).contains("\"version\" : \"2.1.0\"");
    }

    @Test
    void rulesCommand() {
        Run list = run("rules");
        assertThat(list.code()).isZero();
        assertThat(list.out()).contains("least-privilege/unneeded-ingress").contains("rules. 'archkit rules ID'");
        Run one = run("rules", "resilience/retry-amplification");
        assertThat(one.out()).startsWith("# resilience/retry-amplification").contains("## Why").contains("WA REL05-BP03");
        Run typo = run("rules", "resilience/retry-amplificaton");
        assertThat(typo.code()).isEqualTo(2);
        assertThat(typo.err()).contains("did you mean 'resilience/retry-amplification'?");
    }

    @Test
    void examplesAreFormatted() {
        Run r = run("fmt", "--check", "examples/");
        assertThat(r.code()).as(r.out()).isZero();
        assertThat(r.out()).isEmpty();
    }

    @Test
    void brokenFileGetsLocatedErrorsAndExit2(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("bad.arch");
        Files.writeString(f, "architecture a {\n  region eu-west-1\n  service api {\n    memroy 2048\n    subnets app-x\n  }\n}\n");
        Run r = run("check", f.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).contains(f + ":4:5: error: unknown property 'memroy' for a service")
                .contains("    memroy 2048\n   |     ^~~~~~")
                .contains("hint: did you mean 'memory'?")
                .contains(f + ":5:13: error: unknown subnet 'app-x'")
                .contains("2 input errors");
        assertThat(r.out()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void jsonDiagnostics(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("bad.arch");
        Files.writeString(f, "architecture a {\n  region eu-wst-1\n}\n");
        Run r = run("check", "--format", "json", f.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).contains("\"line\" : 2").contains("\"hint\" : \"did you mean 'eu-west-1'?\"");
    }

    @Test
    void missingFileAndTyposAreUsageErrors() {
        Run missing = run("check", "examples/fintec.arch");
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("no such file or directory: examples/fintec.arch (did you mean examples/fintech.arch?)");
        Run typo = run("chek", "examples/");
        assertThat(typo.code()).isEqualTo(2);
        assertThat(typo.err()).contains("Did you mean: archkit check");
        Run flag = run("check", "--formt", "json", "examples/");
        assertThat(flag.code()).isEqualTo(2);
        assertThat(flag.err()).contains("Unknown option: '--formt'").contains("--format");
        Run empty = run("check");
        assertThat(empty.code()).isEqualTo(2);
    }

    @Test
    void helpAndVersion() {
        Run h = run("--help");
        assertThat(h.code()).isZero();
        assertThat(h.out()).contains("check").contains("fmt").contains("graph").contains("Exit codes");
        Run v = run("--version");
        assertThat(v.code()).isZero();
        assertThat(v.out()).startsWith("archkit 0.1.0");
        assertThat(run("check", "--help").out()).contains("archkit check examples/");
    }

    @Test
    void fmtWriteIsAtomicAndCheckReportsUnformattedFiles(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("x.arch");
        Files.writeString(f, "architecture x {\nregion eu-west-1\n}\n");
        Run check = run("fmt", "--check", f.toString());
        assertThat(check.code()).isEqualTo(1);
        assertThat(check.out().trim()).isEqualTo(f.toString());
        assertThat(run("fmt", "--write", f.toString()).code()).isZero();
        assertThat(Files.readString(f)).isEqualTo("architecture x {\n  region eu-west-1\n}\n");
        try (var s = Files.list(dir)) {
            assertThat(s.toList()).containsExactly(f);   // no temporary file left behind
        }
        assertThat(run("fmt", "--check", f.toString()).code()).isZero();
    }

    @Test
    void fmtRefusesFilesWithSyntaxErrors(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("x.arch");
        String broken = "architecture x {\n  service a {\n";
        Files.writeString(f, broken);
        Run r = run("fmt", "--write", f.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("missing '}' at end of file").contains("not formatted");
        assertThat(Files.readString(f)).isEqualTo(broken);
    }

    @Test
    void graphJson() {
        Run r = run("graph", "examples/open-market.arch", "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("\"architecture\" : \"open-market\"")
                .contains("\"from\" : \"order-service\"")
                .contains("\"securitygroups\"")
                .contains("\"placement\"");
        Run env = run("graph", "examples/eks-platform.arch", "--env", "prod");
        assertThat(env.code()).isZero();
        assertThat(env.out()).contains("\"environment\" : \"prod\"").doesNotContain("\"name\" : \"order-service\"");
        Run bad = run("graph", "examples/eks-platform.arch", "--env", "prdo");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("did you mean 'prod'?");
    }

    @Test
    void graphOutputIsDeterministic() {
        assertThat(run("graph", "examples/fintech.arch").out()).isEqualTo(run("graph", "examples/fintech.arch").out());
    }
    @Test
    void diffReportsChangesAndOnlyNewFindingsFail(@TempDir Path dir) throws Exception {
        Path before = dir.resolve("old.arch"), after = dir.resolve("new.arch");
        String base = Files.readString(Path.of("examples/tutorial-service.arch"));
        Files.writeString(before, base);
        // a PR that adds a plaintext token, and moves every line down by one (a new comment)
        Files.writeString(after, "# reviewed\n" + base.replace("    public-ip on\n", "    public-ip on\n    env API_TOKEN \"abc123\"\n"));
        Run r = run("diff", before.toString(), after.toString());
        assertThat(r.code()).as(r.out() + r.err()).isEqualTo(1);
        assertThat(r.out()).contains("~ service my-service").contains("env: (none) -> name=API_TOKEN value=abc123")
                .contains("sets API_TOKEN in plain text: its name says it holds a secret and its value is a literal [least-privilege/plaintext-secret]")
                .contains("new findings: 1 error, 0 warnings, 0 info; 0 fixed, 4 unchanged");
        // the old warnings moved a line but are not new
        assertThat(r.out()).doesNotContain("[least-privilege/public-ip]");
        assertThat(run("diff", "--fail-on", "never", before.toString(), after.toString()).code()).isZero();
        Run same = run("diff", before.toString(), before.toString());
        assertThat(same.code()).isZero();
        assertThat(same.out()).contains("0 changes; new findings: 0 errors, 0 warnings, 0 info");
        Run md = run("diff", "--format", "markdown", before.toString(), after.toString());
        assertThat(md.out()).contains("### archkit diff").contains("#### New findings").contains("`least-privilege/plaintext-secret`");
        Run missing = run("diff", before.toString(), dir.resolve("nope.arch").toString());
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("no such file or directory");
    }
}
