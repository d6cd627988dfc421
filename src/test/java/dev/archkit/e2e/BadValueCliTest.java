package dev.archkit.e2e;

import dev.archkit.cli.ExitCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static dev.archkit.e2e.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

/** An empty file fails the gate; a negative number and a name starting with '-' get the message that fits them. */
class BadValueCliTest {

    @Test
    void anEmptyOrCommentOnlyFileIsAnError(@TempDir Path dir) throws Exception {
        for (String text : new String[]{"", "# nothing yet\n\n"}) {
            Path f = Files.writeString(dir.resolve("empty.arch"), text);
            CliTest.Run r = run("check", f.toString());
            assertThat(r.code()).as(text).isEqualTo(ExitCode.INVALID.code());
            assertThat(r.out()).contains(f + ": error: " + f + " declares nothing (it is empty, or holds only comments) [empty]")
                    .contains("hint: write the architecture in it, or leave the file out");
        }
    }

    @Test
    void anEmptyFileImportedByAnArchitectureIsFine(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("later.arch"), "");
        Path main = Files.writeString(dir.resolve("main.arch"), "import \"later.arch\"\narchitecture a {\n  region eu-west-1\n}\n");
        assertThat(run("check", "--no-rules", main.toString()).code()).isEqualTo(ExitCode.OK.code());
    }

    @Test
    void aNegativeNumberIsNamedAsOneWithoutTheNamesHint(@TempDir Path dir) throws Exception {
        Path f = Files.writeString(dir.resolve("neg.arch"),
                "architecture a {\n  region eu-west-1\n  service api {\n    image \"api:1\"\n    memory -512\n  }\n}\n");
        CliTest.Run r = run("check", "--no-rules", f.toString());
        assertThat(r.code()).isEqualTo(ExitCode.INVALID.code());
        assertThat(r.out()).contains(f + ":5:12: error: a negative number: the values of the language are never below zero [syntax]")
                .contains("hint: write the number without '-'").doesNotContain("names may hold");
        assertThat(r.out()).containsOnlyOnce(": error: ");
    }

    @Test
    void aNameStartingWithADashSaysSo(@TempDir Path dir) throws Exception {
        Path f = Files.writeString(dir.resolve("dash.arch"), "architecture a {\n  region eu-west-1\n  service -api { }\n}\n");
        CliTest.Run r = run("check", "--no-rules", f.toString());
        assertThat(r.out()).contains(f + ":3:11: error: unexpected character '-': a name may hold '-' but not start with it")
                .contains("hint: start the name with a letter or digit");
    }
}
