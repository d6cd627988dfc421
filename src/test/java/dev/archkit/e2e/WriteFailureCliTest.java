package dev.archkit.e2e;

import dev.archkit.cli.ExitCode;
import dev.archkit.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A failed write is an error, never a green run: standard output that cannot be written (a
 * full disk, /dev/full) exits 3 with a message, and '-o DIR' that cannot be written leaves
 * neither files nor empty directories behind. A reader that closes the pipe ('archkit rules |
 * head') asked for no more: the command exits with its own code and says nothing of it.
 */
class WriteFailureCliTest {

    private static final String EXAMPLE = "examples/tutorial-service.arch";

    /** Standard output on a full disk: the first write fails, as on /dev/full. */
    private static final class FullDisk extends Writer {
        @Override
        public void write(char[] buf, int off, int len) throws IOException {
            throw new IOException("No space left on device");
        }

        @Override
        public void flush() { }

        @Override
        public void close() { }
    }

    @Test
    void everyCommandThatPrintsExitsThreeWhenStandardOutputFails() {
        for (String[] args : new String[][]{
                {"graph", EXAMPLE}, {"check", "--format", "sarif", EXAMPLE}, {"check", "--format", "json", EXAMPLE},
                {"check", EXAMPLE}, {"cost", EXAMPLE}, {"fmt", EXAMPLE}, {"rules"}}) {
            StringWriter err = new StringWriter();
            int code = Main.run(args, new PrintWriter(new FullDisk()), new PrintWriter(err));
            assertThat(code).as(String.join(" ", args)).isEqualTo(ExitCode.ENVIRONMENT.code());
            assertThat(err.toString()).as(String.join(" ", args))
                    .endsWith("archkit: could not write to standard output (is the disk full?); "
                            + "the output is incomplete" + System.lineSeparator());
        }
    }

    @Test
    void graphToDevFullExitsThree(@TempDir Path dir) throws Exception {
        Path archkit = CiIntegrationTest.launcher(dir);
        CiIntegrationTest.Bash r = CiIntegrationTest.bash("'" + archkit + "' graph " + EXAMPLE + " > /dev/full", Map.of());
        assertThat(r.code()).as(r.out()).isEqualTo(ExitCode.ENVIRONMENT.code());
        assertThat(r.out()).contains("archkit: could not write to standard output");
        CiIntegrationTest.Bash ok = CiIntegrationTest.bash("'" + archkit + "' graph " + EXAMPLE + " > /dev/null", Map.of());
        assertThat(ok.code()).as(ok.out()).isZero();
    }

    @Test
    void aReaderThatClosesThePipeIsNotAnError(@TempDir Path dir) throws Exception {
        Path archkit = CiIntegrationTest.launcher(dir);
        Path err = dir.resolve("err.txt");
        // 'true' reads nothing and exits at once: every write of archkit, started later, meets a closed pipe
        for (String command : new String[]{"man check", "rules", "check --fail-on never " + EXAMPLE}) {
            CiIntegrationTest.Bash r = CiIntegrationTest.bash("'" + archkit + "' " + command + " 2>'" + err + "' | true; echo \"code=${PIPESTATUS[0]}\"", Map.of());
            assertThat(r.out()).as(command).contains("code=0");
            assertThat(Files.readString(err)).as(command).isEmpty();
        }
    }

    @Test
    void anOutputDirectoryThatCannotBeWrittenLeavesNoDirectoriesBehind(@TempDir Path dir) throws Exception {
        // the last part of the path is longer than any file name may be: the parents are made, then it fails
        Path out = dir.resolve("new").resolve("deeper").resolve("x".repeat(300));
        for (String[] args : new String[][]{
                {"render", EXAMPLE, "-o", out.toString()}, {"terraform", EXAMPLE, "-o", out.toString()}}) {
            CliTest.Run r = CliTest.run(args);
            assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.ENVIRONMENT.code());
            // on a busy machine render may have named the images it drew (after two seconds): the failure is the first line after them
            String err = r.err().lines().filter(l -> !l.startsWith("archkit render: drawing ")).collect(java.util.stream.Collectors.joining("\n"));
            assertThat(err).startsWith("archkit " + args[0] + ": cannot write to " + out).contains("(nothing was written)");
            try (Stream<Path> left = Files.list(dir)) {
                assertThat(left).as(args[0]).isEmpty();
            }
        }
    }
}
