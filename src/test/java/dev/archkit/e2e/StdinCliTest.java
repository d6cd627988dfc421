package dev.archkit.e2e;

import dev.archkit.cli.ExitCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** '-' reads standard input, for editors and pre-commit hooks that pipe a buffer. */
@ResourceLock("java.lang.System.in")
class StdinCliTest {

    private static CliTest.Run withInput(String input, String... args) {
        InputStream before = System.in;
        System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
        try {
            return CliTest.run(args);
        } finally {
            System.setIn(before);
        }
    }

    @Test
    void checkReadsStandardInputAndNamesIt() {
        CliTest.Run ok = withInput("architecture a {\n  region eu-west-1\n}\n", "check", "--no-rules", "-");
        assertThat(ok.code()).as(ok.out()).isEqualTo(ExitCode.OK.code());
        CliTest.Run bad = withInput("architecture a {\n  region eu-wst-1\n}\n", "check", "--no-rules", "-");
        assertThat(bad.code()).isEqualTo(ExitCode.INVALID.code());
        assertThat(bad.out()).contains("<stdin>:2:10: error: ").contains(" 2 |   region eu-wst-1");
    }

    @Test
    void fmtFormatsStandardInputToStandardOutputButWillNotWriteIt() {
        CliTest.Run r = withInput("architecture a {\nregion   eu-west-1\n}\n", "fmt", "-");
        assertThat(r.code()).isEqualTo(ExitCode.OK.code());
        assertThat(r.out()).isEqualTo("architecture a {\n  region eu-west-1\n}\n");
        CliTest.Run check = withInput("architecture a {\nregion   eu-west-1\n}\n", "fmt", "--check", "-");
        assertThat(check.code()).isEqualTo(ExitCode.FINDINGS.code());
        assertThat(check.out()).isEqualTo("<stdin>" + System.lineSeparator());
        CliTest.Run write = withInput("architecture a {\n}\n", "fmt", "--write", "-");
        assertThat(write.code()).isEqualTo(ExitCode.INVALID.code());
        assertThat(write.err()).contains("archkit fmt: --write cannot rewrite standard input");
    }
}
