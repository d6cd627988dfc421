package dev.archkit.e2e;

import dev.archkit.cli.ExitCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static dev.archkit.e2e.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

/** The exit codes: one enum, listed by 'archkit --help', and the same code for a failure whichever command meets it. */
class ExitCodeCliTest {

    @Test
    void helpListsEveryCodeOnceInOrder() {
        String help = run("--help").out();
        String codes = help.substring(help.indexOf("Exit codes:"));
        int at = 0;
        for (ExitCode c : ExitCode.values()) {
            int i = codes.indexOf("\n  " + c.code() + "  ");
            assertThat(i).as("code %s listed after the previous one", c).isGreaterThan(at);
            at = i;
        }
        assertThat(codes.replaceAll("\\s+", " "))   // picocli wraps long lines
                .contains(" 3 could not read or write files, could not read AWS (or only in part), or an internal error ");
    }

    @Test
    void theCodesAreTheDocumentedNumbers() {
        assertThat(ExitCode.values()).extracting(ExitCode::code).containsExactly(0, 1, 2, 3);
    }

    @Test
    void anInvalidPriceTableIsInvalidInputUnderTheCommandsName(@TempDir Path dir) throws Exception {
        Path prices = dir.resolve("p.json");
        Files.writeString(prices, "{\"date\": \"2026-01-01\"}");
        for (String command : new String[]{"check", "diff"}) {
            CliTest.Run r = command.equals("check")
                    ? run("check", "--prices", prices.toString(), "examples/tutorial-service.arch")
                    : run("diff", "--prices", prices.toString(), "examples/tutorial-service.arch", "examples/tutorial-service.arch");
            assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.INVALID.code());
            assertThat(r.err()).startsWith("archkit " + command + ": ").contains("'source' is missing");
            assertThat(r.out()).isEmpty();
        }
    }

    @Test
    void aDirectoryWithoutArchFilesIsInvalidInputForCheckAndFmt(@TempDir Path dir) {
        for (String command : new String[]{"check", "fmt"}) {
            CliTest.Run r = run(command, dir.toString());
            assertThat(r.code()).isEqualTo(ExitCode.INVALID.code());
            assertThat(r.err()).isEqualTo("archkit " + command + ": no .arch files under " + dir
                    + "; name .arch files, or a directory that holds them" + System.lineSeparator());
        }
    }
}
