package dev.archkit.e2e;

import dev.archkit.cli.ExitCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static dev.archkit.e2e.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

/** 5,000 nested blocks are invalid input with a located error in every command, not a stack overflow. */
class NestingCliTest {

    private static final String DEEP = "service a {\n" + "  x {\n".repeat(5000) + "  }\n".repeat(5000) + "}\n";

    @Test
    void everyCommandSaysWhereTheBlocksGoTooDeep(@TempDir Path dir) throws Exception {
        Path f = Files.writeString(dir.resolve("deep.arch"), "architecture deep {\n  region eu-west-1\n" + DEEP + "}\n");
        String error = f + ":66:5: error: blocks nested more than 64 deep; " + f + " was not read further [nesting-depth]";
        for (String command : new String[]{"check", "fmt", "graph", "render", "cost"}) {
            CliTest.Run r = run(command, f.toString());
            assertThat(r.code()).as(command + r.err()).isEqualTo(ExitCode.INVALID.code());
            assertThat(r.out() + r.err()).as(command).contains(error)
                    .contains("hint: an architecture nests a few blocks at most: close the blocks above this one")
                    .doesNotContain("StackOverflowError").doesNotContain("internal error");
        }
    }

    @Test
    void anImportedFileNestedTooDeepIsLocatedInThatFile(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("deep.arch"), DEEP);
        Path main = Files.writeString(dir.resolve("main.arch"), "import \"deep.arch\"\narchitecture a {\n  region eu-west-1\n}\n");
        CliTest.Run r = run("check", main.toString());
        assertThat(r.code()).isEqualTo(ExitCode.INVALID.code());
        assertThat(r.out()).contains(dir.resolve("deep.arch") + ":65:5: error: blocks nested more than 64 deep");
    }
}
