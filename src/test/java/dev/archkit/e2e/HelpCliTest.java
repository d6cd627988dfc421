package dev.archkit.e2e;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static dev.archkit.e2e.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

/** Every command's help prints without picocli format warnings (a lone '%' in a description is one). */
class HelpCliTest {

    @Test
    void helpOfEveryCommandHasNoFormatWarnings() {
        PrintStream saved = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            for (String cmd : List.of("check", "fmt", "graph", "rules", "diff", "cost", "review", "render", "report", "serve", "terraform", "k8s", "snapshot", "drift", "prices", "lsp")) {
                CliTest.Run r = run(cmd, "--help");
                assertThat(r.code()).as(cmd).isZero();
                assertThat(r.out() + r.err()).as(cmd).doesNotContain("picocli WARN").contains("Usage: archkit " + cmd);
            }
            assertThat(run("cost", "--help").out().replaceAll("\\s+", " ")).contains("and % per environment");   // wrapped anywhere
        } finally {
            System.setErr(saved);
        }
        assertThat(captured.toString(StandardCharsets.UTF_8)).doesNotContain("picocli WARN");
    }
}
