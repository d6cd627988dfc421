package dev.archkit.e2e;

import dev.archkit.cli.ExitCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static dev.archkit.e2e.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * 'import' reads only files of the project (the entry file's directory and below, or
 * --import-root), and a file that is not .arch text is never shown: a pull request must not make
 * a CI run print the runner's environment, keys or /etc/passwd.
 */
class ImportConfinementCliTest {

    private static final String SECRET = "AKIAIOSFODNN7EXAMPLE";
    private static final String ARCH = "architecture shop {\n  region eu-west-1\n}\n";

    /** A file outside the project that must never be printed: credentials, one per line, with a known secret. */
    private static Path secrets(Path dir) throws Exception {
        Path outside = Files.createDirectories(dir.resolve("outside"));
        return Files.writeString(outside.resolve("credentials"), "[default]\naws_access_key_id = " + SECRET + "\nregion = eu-west-1\n");
    }

    private static Path project(Path dir, String importLine) throws Exception {
        Path project = Files.createDirectories(dir.resolve("project"));
        return Files.writeString(project.resolve("main.arch"), importLine + "\n" + ARCH);
    }

    private static void refused(CliTest.Run r, String located, String message, String hint) {
        String all = r.out() + r.err();
        assertThat(r.code()).as(all).isEqualTo(ExitCode.INVALID.code());
        assertThat(all).contains(located + ": error: " + message).contains("hint: " + hint).doesNotContain(SECRET);
    }

    @Test
    void anAbsolutePathIsRefusedWithoutReadingIt(@TempDir Path dir) throws Exception {
        Path creds = secrets(dir);
        Path main = project(dir, "import \"" + creds + "\"");
        refused(run("check", main.toString()), main + ":1:8", "cannot import \"" + creds + "\": imports are relative paths, not absolute ones",
                "write the path relative to the importing file");
        CliTest.Run env = run("check", project(dir, "import \"/proc/self/environ\"").toString());
        assertThat(env.code()).isEqualTo(ExitCode.INVALID.code());
        assertThat(env.out() + env.err()).doesNotContain("PATH=").doesNotContain("HOME=");
    }

    @Test
    void aDotDotEscapeIsRefusedUnlessTheImportRootHoldsTheFile(@TempDir Path dir) throws Exception {
        secrets(dir);
        Files.writeString(dir.resolve("outside").resolve("shared.arch"), "service api {\n  image \"api:1\"\n}\n");
        Path main = project(dir, "import \"../outside/credentials\"");
        refused(run("check", main.toString()), main + ":1:8",
                "cannot import \"../outside/credentials\": it is outside the import root " + main.getParent().toAbsolutePath(),
                "keep imported files under " + main.getParent().toAbsolutePath() + ", or name a wider root with --import-root DIR");

        Path shared = project(dir, "import \"../outside/shared.arch\"");
        assertThat(run("check", "--no-rules", shared.toString()).code()).isEqualTo(ExitCode.INVALID.code());
        CliTest.Run widened = run("check", "--no-rules", "--import-root", dir.toString(), shared.toString());
        assertThat(widened.code()).as(widened.out()).isEqualTo(ExitCode.OK.code());
        CliTest.Run graph = run("graph", "--import-root", dir.toString(), shared.toString());
        assertThat(graph.code()).as(graph.err()).isEqualTo(ExitCode.OK.code());
        assertThat(graph.out()).contains("\"api\"");
    }

    @Test
    void aSymlinkOutOfTheRootIsRefused(@TempDir Path dir) throws Exception {
        Path creds = secrets(dir);
        Path main = project(dir, "import \"creds.arch\"");
        Files.createSymbolicLink(main.getParent().resolve("creds.arch"), creds);
        for (String command : new String[]{"check", "graph", "cost"}) {
            refused(run(command, main.toString()), main + ":1:8",
                    "cannot import \"creds.arch\": it is a symbolic link to a file outside the import root",
                    "copy the file into the project instead of linking to it");
        }
    }

    @Test
    void aSymlinkWithinTheRootIsFollowed(@TempDir Path dir) throws Exception {
        Path main = project(dir, "import \"link.arch\"");
        Path real = Files.writeString(main.getParent().resolve("services.arch"), "service api {\n  image \"api:1\"\n}\n");
        Files.createSymbolicLink(main.getParent().resolve("link.arch"), real.getFileName());
        CliTest.Run r = run("check", "--no-rules", main.toString());
        assertThat(r.code()).as(r.out()).isEqualTo(ExitCode.OK.code());
    }

    @Test
    void directoriesAndPipesAreRefused(@TempDir Path dir) throws Exception {
        Path main = project(dir, "import \"sub\"\nimport \"pipe.arch\"");
        Files.createDirectories(main.getParent().resolve("sub"));
        Process mkfifo = new ProcessBuilder("mkfifo", main.getParent().resolve("pipe.arch").toString()).start();
        assertThat(mkfifo.waitFor()).isZero();
        CliTest.Run r = run("check", main.toString());   // reading the pipe would wait for ever
        refused(r, main + ":1:8", "cannot import \"sub\": it is a directory", "import the .arch files in it one by one");
        refused(r, main + ":2:8", "cannot import \"pipe.arch\": it is a device, pipe or other special file, not an .arch file",
                "import only .arch files of the project");
    }

    @Test
    void anImportedFileThatIsNotArchTextIsNotShown(@TempDir Path dir) throws Exception {
        Path main = project(dir, "import \"creds.arch\"");
        Files.copy(secrets(dir), main.getParent().resolve("creds.arch"));
        CliTest.Run r = run("check", main.toString());
        refused(r, main + ":1:8", "cannot import \"creds.arch\": it is not an .arch file: "
                + "it does not start with an import, architecture, element or property, and most of its statements are none "
                + "(first problem at line 1, column 1); "
                + "its content is not shown", "import only .arch files of the project");
        assertThat(r.out()).doesNotContain("aws_access_key_id").containsOnlyOnce("error:");
        for (String format : new String[]{"json", "sarif", "junit", "github"}) {
            CliTest.Run m = run("check", "--format", format, main.toString());
            assertThat(m.out() + m.err()).as(format).doesNotContain(SECRET).doesNotContain("aws_access_key_id").contains("creds.arch");
        }
    }

    @Test
    void anEntryFileThatIsNotArchTextIsNotShownByCheckOrFmt(@TempDir Path dir) throws Exception {
        Path creds = secrets(dir);
        Path binary = Files.write(dir.resolve("env.arch"), "HOME=/root\0AWS_SECRET=abc\0".getBytes());
        CliTest.Run check = run("check", creds.toString());
        assertThat(check.code()).isEqualTo(ExitCode.INVALID.code());
        assertThat(check.out()).contains(creds + ": error: " + creds + " is not an .arch file: ")
                .contains("its content is not shown [not-arch]").doesNotContain(SECRET).doesNotContain(" | ");
        CliTest.Run nul = run("check", binary.toString());
        assertThat(nul.out()).contains("it holds control characters, so it is not text").doesNotContain("AWS_SECRET");
        for (Path f : new Path[]{creds, binary}) {
            CliTest.Run fmt = run("fmt", f.toString());
            assertThat(fmt.code()).isEqualTo(ExitCode.INVALID.code());
            assertThat(fmt.out()).isEmpty();
            assertThat(fmt.err()).startsWith("archkit fmt: " + f + " is not an .arch file: ").doesNotContain(SECRET).doesNotContain("AWS_SECRET");
        }
    }

    @Test
    void aDirectoryGivenToCheckOrFmtDoesNotFollowLinksOutOfIt(@TempDir Path dir) throws Exception {
        Path creds = secrets(dir);
        Path main = project(dir, "");
        Files.createSymbolicLink(main.getParent().resolve("evil.arch"), creds);
        for (String command : new String[]{"check", "fmt"}) {
            CliTest.Run r = run(command, main.getParent().toString());
            assertThat(r.code()).as(command).isEqualTo(ExitCode.INVALID.code());
            assertThat(r.err()).as(command).isEqualTo("archkit " + command + ": " + main.getParent().resolve("evil.arch")
                    + " is a symbolic link to a file outside " + main.getParent()
                    + "; archkit reads only the files under a directory it is given: copy the file in, or name it on its own"
                    + System.lineSeparator());
            assertThat(r.out()).doesNotContain(SECRET);
        }
        // a link within the directory is one of its files
        Files.delete(main.getParent().resolve("evil.arch"));
        Files.createSymbolicLink(main.getParent().resolve("alias.arch"), main.getFileName());
        assertThat(run("check", "--no-rules", main.getParent().toString()).code()).isEqualTo(ExitCode.OK.code());
    }

    @Test
    void anImportRootThatIsNotADirectorySaysSo(@TempDir Path dir) throws Exception {
        Path main = project(dir, "");
        CliTest.Run r = run("check", "--import-root", dir.resolve("nope").toString(), main.toString());
        assertThat(r.code()).isEqualTo(ExitCode.INVALID.code());
        assertThat(r.err()).isEqualTo("archkit check: --import-root " + dir.resolve("nope")
                + " does not exist; name the project's top directory" + System.lineSeparator());
    }
}
