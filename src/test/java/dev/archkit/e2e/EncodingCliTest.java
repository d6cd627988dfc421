package dev.archkit.e2e;

import dev.archkit.cli.ExitCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static dev.archkit.e2e.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

/** A byte order mark is accepted; bytes that are not UTF-8 are invalid input, located, never shown. */
class EncodingCliTest {

    private static final String ARCH = "architecture shop {\n  region eu-west-1\n}\n";

    @Test
    void aByteOrderMarkIsAccepted(@TempDir Path dir) throws Exception {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.write(new byte[]{(byte) 0xef, (byte) 0xbb, (byte) 0xbf});
        b.write(ARCH.getBytes(StandardCharsets.UTF_8));
        Path f = Files.write(dir.resolve("bom.arch"), b.toByteArray());
        CliTest.Run check = run("check", "--no-rules", f.toString());
        assertThat(check.code()).as(check.out()).isEqualTo(ExitCode.OK.code());
        assertThat(check.out()).contains("input valid");
        CliTest.Run fmt = run("fmt", "--check", f.toString());
        assertThat(fmt.code()).as(fmt.out() + fmt.err()).isEqualTo(ExitCode.OK.code());
    }

    @Test
    void bytesThatAreNotUtf8AreLocatedAndNotShown(@TempDir Path dir) throws Exception {
        byte[] text = "architecture shop {\n  region eu-west-1\n  service a\u00ff\u00fe { }\n}\n".getBytes(StandardCharsets.ISO_8859_1);
        Path f = Files.write(dir.resolve("latin1.arch"), text);
        String located = f + ":3:12: error: cannot read " + f + ": not UTF-8 text: byte 0xff at line 3, column 12 (byte offset 50) [encoding]";
        CliTest.Run check = run("check", f.toString());
        assertThat(check.code()).isEqualTo(ExitCode.INVALID.code());
        assertThat(check.out()).contains(located).contains("hint: save the file as UTF-8").doesNotContain(" 3 | ");
        CliTest.Run graph = run("graph", f.toString());
        assertThat(graph.code()).isEqualTo(ExitCode.INVALID.code());
        assertThat(graph.err()).contains(located).doesNotContain(" 3 | ");
        CliTest.Run fmt = run("fmt", f.toString());
        assertThat(fmt.code()).isEqualTo(ExitCode.INVALID.code());
        assertThat(fmt.err()).isEqualTo("archkit fmt: cannot read " + f + ": not UTF-8 text: byte 0xff at line 3, column 12 (byte offset 50); "
                + "save it as UTF-8; not formatted" + System.lineSeparator());
        assertThat(fmt.out()).isEmpty();
    }

    @Test
    void anImportThatIsNotUtf8SaysWhereAndWhatToDo(@TempDir Path dir) throws Exception {
        Files.write(dir.resolve("part.arch"), new byte[]{'s', 'e', 'r', 'v', 'i', 'c', 'e', ' ', (byte) 0xc3, '\n'});
        Path main = Files.writeString(dir.resolve("main.arch"), "import \"part.arch\"\n" + ARCH);
        CliTest.Run r = run("check", main.toString());
        assertThat(r.code()).isEqualTo(ExitCode.INVALID.code());
        assertThat(r.out()).contains(main + ":1:8: error: cannot import \"part.arch\": not UTF-8 text: byte 0xc3 at line 1, column 9 (byte offset 8)")
                .contains("hint: save " + dir.resolve("part.arch") + " as UTF-8");
    }
}
