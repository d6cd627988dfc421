package dev.archkit.e2e;

import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.archkit.e2e.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

/** Every example in the commands' help is on one line: a file name is never cut by wrapping. */
class HelpExamplesCliTest {

    @Test
    void noExampleLineWraps() {
        for (String command : List.of("check", "fmt", "graph", "rules", "diff", "cost", "render", "serve", "terraform", "snapshot", "drift", "prices", "lsp")) {
            String help = run(command, "--help").out();
            int at = help.indexOf("Examples:");
            if (at < 0) continue;
            for (String line : help.substring(at + "Examples:".length()).split("\\R")) {
                if (line.isBlank()) continue;
                if (line.startsWith("Exit codes:")) break;   // the next section
                // an example starts two spaces in; a line that does not is the wrapped end of the one above
                assertThat(line).as(command + " --help").startsWith("  ").doesNotStartWith("   ");
            }
        }
        String top = run("--help").out();
        assertThat(top).contains("3  could not read or write files, could not read AWS (or only in part), or an internal error");
    }
}
