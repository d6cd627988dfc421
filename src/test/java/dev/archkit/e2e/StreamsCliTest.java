package dev.archkit.e2e;

import dev.archkit.cli.ExitCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static dev.archkit.e2e.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * One convention for every command (docs/exit-codes.md, "Where output goes"): standard output
 * carries the result asked for and nothing else; input diagnostics go to standard error, except
 * where they are the result asked for (the report of 'check' and 'diff', which also repeats them
 * on stderr in a machine format for the reader of the log); progress and "wrote" lines go to
 * stderr and --quiet silences them.
 */
class StreamsCliTest {

    /** An unclosed block: a syntax error every command sees, 'fmt' included. */
    private static Path broken(Path dir) throws Exception {
        return Files.writeString(dir.resolve("bad.arch"), "architecture b {\n  region eu-west-1\n  service api {\n    image \"a:1\"\n    replicas 2\n  \n}\n");
    }

    private static final String DIAGNOSTIC = "bad.arch:8:1: error: missing '}' at end of file [syntax]";

    @Test
    void commandsThatMakeSomethingElsePutInputDiagnosticsOnStderrOnly(@TempDir Path dir) throws Exception {
        Path bad = broken(dir);
        String b = bad.toString();
        String requirements = "examples/saa-container-question/requirements.arch";
        List<String[]> commands = List.of(
                new String[]{"fmt", b}, new String[]{"fmt", "--check", b}, new String[]{"fmt", "--diff", b},
                new String[]{"graph", b}, new String[]{"render", b}, new String[]{"render", b, "-o", dir.resolve("d").toString()},
                new String[]{"cost", b}, new String[]{"terraform", b, "-o", dir.resolve("tf").toString()},
                new String[]{"k8s", b, "-o", dir.resolve("k8s").toString()}, new String[]{"review", requirements, b},
                new String[]{"drift", b, "--snapshot", "examples/drift/fintech.live.json"},
                new String[]{"report", b, "-o", dir.resolve("r.html").toString()});
        List<String> wrong = new ArrayList<>();
        for (String[] args : commands) {
            CliTest.Run r = run(args);
            String what = String.join(" ", args);
            if (r.code() != ExitCode.INVALID.code()) wrong.add(what + ": exit " + r.code());
            if (!r.out().isEmpty()) wrong.add(what + ": stdout not empty: " + r.out());
            if (!r.err().contains(DIAGNOSTIC)) wrong.add(what + ": the diagnostic is not on stderr: " + r.err());
        }
        assertThat(wrong).isEmpty();
        assertThat(dir.resolve("tf")).doesNotExist();
        assertThat(dir.resolve("r.html")).doesNotExist();
    }

    @Test
    void checkAndDiffReportTheInputOnStdoutAndMachineFormatsRepeatItOnStderr(@TempDir Path dir) throws Exception {
        Path bad = broken(dir);
        Path good = Files.writeString(dir.resolve("good.arch"), "architecture b {\n  region eu-west-1\n}\n");
        CliTest.Run text = run("check", bad.toString());
        assertThat(text.code()).isEqualTo(ExitCode.INVALID.code());
        assertThat(text.out()).contains(DIAGNOSTIC);
        assertThat(text.err()).isEmpty();
        for (String format : List.of("json", "sarif", "junit", "github", "markdown")) {
            CliTest.Run r = run("check", "--format", format, bad.toString());
            assertThat(r.code()).as(format).isEqualTo(ExitCode.INVALID.code());
            assertThat(r.out()).as(format).contains("at end of file").doesNotContain(DIAGNOSTIC);
            assertThat(r.err()).as(format).contains(DIAGNOSTIC);
        }
        CliTest.Run diff = run("diff", good.toString(), bad.toString());
        assertThat(diff.code()).isEqualTo(ExitCode.INVALID.code());
        assertThat(diff.out()).contains(DIAGNOSTIC);
        assertThat(diff.err()).isEqualTo("archkit diff: 2 input errors; nothing was compared\n");
        for (String format : List.of("json", "markdown")) {
            CliTest.Run r = run("diff", "--format", format, good.toString(), bad.toString());
            assertThat(r.out()).as(format).contains("at end of file").doesNotContain(DIAGNOSTIC);
            assertThat(r.err()).as(format).contains(DIAGNOSTIC);
        }
    }

    @Test
    void quietSilencesProgressAndWroteLines(@TempDir Path dir) throws Exception {
        String arch = "examples/tutorial-service.arch";
        Path copy = Files.writeString(dir.resolve("t.arch"), "architecture t {\n  region eu-west-1\n    service api { image \"a:1\" }\n}\n");
        List<String[]> commands = List.of(
                new String[]{"render", arch, "--format", "puml", "-o", dir.resolve("d").toString()},
                new String[]{"terraform", arch, "-o", dir.resolve("tf").toString()},
                new String[]{"report", arch, "-o", dir.resolve("r.html").toString()},
                new String[]{"fmt", "--write", copy.toString()},
                new String[]{"man", "-o", dir.resolve("man").toString()});
        for (String[] args : commands) {
            CliTest.Run loud = run(args);
            assertThat(loud.err()).as(String.join(" ", args)).containsAnyOf("wrote ", "formatted ");
            List<String> quiet = new ArrayList<>(List.of(args));
            quiet.add(1, "--quiet");
            Files.writeString(copy, "architecture t {\n  region eu-west-1\n    service api { image \"a:1\" }\n}\n");
            CliTest.Run r = run(quiet.toArray(String[]::new));
            assertThat(r.code()).as(String.join(" ", quiet)).isZero();
            assertThat(r.err()).as(String.join(" ", quiet)).doesNotContain("wrote ").doesNotContain("formatted ");
            assertThat(r.out()).as(String.join(" ", quiet)).isEmpty();
        }
    }
}
