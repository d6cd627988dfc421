package dev.archkit.e2e;

import dev.archkit.cli.ExitCode;
import org.junit.jupiter.api.Test;

import static dev.archkit.e2e.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

/** The mistakes of a first run: each says what is wrong and what to type instead. */
class NewcomerCliTest {

    private static final String NL = System.lineSeparator();

    @Test
    void aMisspeltCommandIsNamedAsACommandWithTheClosestOne() {
        CliTest.Run r = run("chekc", "examples/");
        assertThat(r.code()).isEqualTo(ExitCode.INVALID.code());
        assertThat(r.err()).isEqualTo("archkit: unknown command 'chekc'" + NL + "Did you mean: archkit check?" + NL
                + "Run 'archkit --help' for the commands." + NL);
        assertThat(r.out()).isEmpty();
    }

    @Test
    void wordsOfOtherToolsLeadToTheArchkitCommand() {
        assertThat(run("diagram", "x.arch").err()).contains("archkit: unknown command 'diagram'").contains("Did you mean: archkit render?");
        assertThat(run("lint", "x.arch").err()).contains("Did you mean: archkit check?");
        assertThat(run("format", "x.arch").err()).contains("Did you mean: archkit fmt?");
        assertThat(run("xyzzy").err()).isEqualTo("archkit: unknown command 'xyzzy'" + NL + "Run 'archkit --help' for the commands." + NL);
    }

    @Test
    void aMisspeltOptionIsReportedUnderItsCommand() {
        CliTest.Run r = run("check", "--fromat", "json", "examples/");
        assertThat(r.code()).isEqualTo(ExitCode.INVALID.code());
        assertThat(r.err()).startsWith("archkit check: Unknown option: '--fromat'").contains("Did you mean: --format?")
                .endsWith("Run 'archkit check --help' for usage." + NL);
    }

    @Test
    void aDirectoryWithoutArchFilesSaysWhatToName() {
        CliTest.Run r = run("check", "docs/diagrams");
        assertThat(r.code()).isEqualTo(ExitCode.INVALID.code());
        assertThat(r.err()).contains("no .arch files under docs/diagrams; name .arch files, or a directory that holds them");
        CliTest.Run graph = run("graph", "examples");
        assertThat(graph.err()).contains("examples is a directory; name the .arch file of one architecture");
    }
}
