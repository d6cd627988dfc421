package dev.archkit.e2e;

import dev.archkit.cli.ExitCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.archkit.e2e.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

/** A file with thousands of errors shows the first ones and counts the rest, in every command and format. */
class ErrorCapCliTest {

    /** An architecture whose every service line holds two syntax errors. */
    private static Path broken(Path dir, int services) throws Exception {
        StringBuilder sb = new StringBuilder("architecture a {\n  region eu-west-1\n");
        for (int i = 0; i < services; i++) sb.append("  service s").append(i).append(" { cpu 256 ] memory 512 ] }\n");
        return Files.writeString(dir.resolve("broken.arch"), sb.append("}\n").toString());
    }

    private static int count(String text, String what) {
        Matcher m = Pattern.compile(Pattern.quote(what)).matcher(text);
        int n = 0;
        while (m.find()) n++;
        return n;
    }

    @Test
    void checkShowsTheFirstHundredAndCountsTheRest(@TempDir Path dir) throws Exception {
        Path f = broken(dir, 400);
        CliTest.Run r = run("check", "--no-rules", f.toString());
        assertThat(r.code()).isEqualTo(ExitCode.INVALID.code());
        assertThat(count(r.out(), ": error: ")).isEqualTo(101);
        assertThat(r.out()).contains(f + ": error: 700 more problems in " + f + " are not shown (the first 100 are) [too-many-errors]")
                .contains("hint: fix the first ones and check again, or show more with --max-errors N (0: all)")
                .contains("101 input errors, 0 input warnings (and 700 more problems not shown; --max-errors N shows more)");
    }

    @Test
    void maxErrorsSetsTheLimitAndZeroShowsAllTheParserKeeps(@TempDir Path dir) throws Exception {
        Path f = broken(dir, 400);
        CliTest.Run five = run("check", "--no-rules", "--max-errors", "5", f.toString());
        assertThat(count(five.out(), ": error: ")).isEqualTo(6);
        assertThat(five.out()).contains("795 more problems in " + f);
        CliTest.Run all = run("check", "--no-rules", "--max-errors", "0", f.toString());
        assertThat(count(all.out(), ": error: ")).isEqualTo(800);
        assertThat(all.out()).doesNotContain("too-many-errors");
    }

    @Test
    void theParserKeepsAThousandSyntaxErrorsAndCountsTheRest(@TempDir Path dir) throws Exception {
        Path f = broken(dir, 2000);
        CliTest.Run r = run("check", "--no-rules", "--max-errors", "0", "--format", "json", f.toString());
        assertThat(r.out()).contains("3000 more syntax errors in " + f + " are not shown (the first 1000 are)");
        assertThat(count(r.out(), "\"rule\" : \"input/syntax\"")).isEqualTo(1000);
    }

    @Test
    void everyMachineFormatIsCappedToo(@TempDir Path dir) throws Exception {
        Path f = broken(dir, 400);
        for (String format : new String[]{"json", "sarif", "junit", "github"}) {
            CliTest.Run r = run("check", "--no-rules", "--format", format, f.toString());
            assertThat(r.out()).as(format).contains("700 more problems in " + f + " are not shown");
            assertThat(count(r.out(), "cpu 256") + count(r.out(), "unexpected")).as(format).isLessThan(250);
        }
    }

    @Test
    void otherCommandsShowTheFirstHundred(@TempDir Path dir) throws Exception {
        Path f = broken(dir, 400);
        for (String command : new String[]{"graph", "cost", "render", "terraform"}) {
            CliTest.Run r = command.equals("terraform") ? run(command, f.toString(), "-o", dir.resolve("tf").toString()) : run(command, f.toString());
            assertThat(r.code()).as(command).isEqualTo(ExitCode.INVALID.code());
            assertThat(count(r.err(), ": error: ")).as(command).isEqualTo(101);
            assertThat(r.err()).as(command).contains("700 more problems in " + f + " are not shown (the first 100 are)");
        }
    }
}
