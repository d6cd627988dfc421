package dev.archkit.e2e;

import dev.archkit.cli.ExitCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static dev.archkit.e2e.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

/** Shell completion (picocli's AutoComplete) and man pages (roff, from the same command definitions as --help). */
class CompletionManCliTest {

    @Test
    void bashCompletionKnowsEveryCommandItsOptionsAndTheirValues(@TempDir Path dir) throws Exception {
        CliTest.Run r = run("completion", "bash");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("complete -F _complete_archkit")
                .contains("check").contains("terraform").contains("drift").contains("completion")
                .contains("--fail-on").contains("--write-baseline").contains("(\"text\" \"json\" \"sarif\" \"junit\" \"github\" \"markdown\") # --format values");
        // bash reads it without a syntax error, and it completes 'archkit che' to 'check'
        Path script = Files.writeString(dir.resolve("archkit.bash"), r.out());
        Process p = new ProcessBuilder("bash", "-c", "source " + script + " && COMP_WORDS=(archkit che) && COMP_CWORD=1 && COMP_LINE='archkit che' "
                + "&& COMP_POINT=11 && _complete_archkit && printf '%s\\n' \"${COMPREPLY[@]}\"").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        assertThat(out.lines()).contains("check");

        CliTest.Run zsh = run("completion", "zsh");
        assertThat(zsh.out()).startsWith("#compdef archkit\n").contains("bashcompinit").contains("complete -F _complete_archkit");
        CliTest.Run fish = run("completion", "fish");
        assertThat(fish.code()).isEqualTo(ExitCode.INVALID.code());
        assertThat(fish.err()).contains("bash, zsh");
    }

    @Test
    void manPagesAreRoffWithTheOptionsExamplesAndExitCodes(@TempDir Path dir) throws Exception {
        CliTest.Run check = run("man", "check");
        assertThat(check.code()).isZero();
        assertThat(check.out()).startsWith(".TH ARCHKIT-CHECK 1 \"\" \"archkit ")
                .contains(".SH NAME\narchkit\\-check \\- Check .arch files: the language, then the rules.\n")
                .contains(".SH SYNOPSIS\n").contains(".SH OPTIONS\n").contains("\\fB\\-\\-baseline\\fR \\fIFILE\\fR\n")
                .contains(".SH EXAMPLES\n").contains("archkit check \\-\\-baseline archkit\\-baseline.json platform.arch")
                .contains(".SH EXIT STATUS\n.TP\n\\fB0\\fR\nclean\n");
        // no line of text starts with a roff control character it did not mean
        assertThat(check.out().lines().filter(l -> l.startsWith(".") && !l.matches("^\\.(TH|SH|TP|PP|nf|fi) ?.*")))
                .isEmpty();
        assertThat(run("man").out()).contains(".SH COMMANDS\n").contains("See \\fBarchkit\\-check\\fR(1).");

        Path out = dir.resolve("man1");
        CliTest.Run all = run("man", "-o", out.toString());
        assertThat(all.code()).isZero();
        assertThat(all.err()).contains("archkit man: wrote ");
        assertThat(out.resolve("archkit.1")).exists();
        assertThat(out.resolve("archkit-check.1")).hasContent(check.out());
        assertThat(out.resolve("archkit-terraform.1")).exists();
        // deterministic: the same pages again
        assertThat(run("man", "check").out()).isEqualTo(check.out());
        assertThat(run("man", "-q", "-o", dir.resolve("again").toString()).err()).isEmpty();

        CliTest.Run typo = run("man", "chekc");
        assertThat(typo.code()).isEqualTo(ExitCode.INVALID.code());
        assertThat(typo.err()).contains("archkit man: no command 'chekc'; did you mean 'check'?");
    }
}
