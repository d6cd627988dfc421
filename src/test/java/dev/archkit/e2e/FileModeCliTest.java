package dev.archkit.e2e;

import dev.archkit.cli.ExitCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Stream;

import static dev.archkit.e2e.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Files archkit rewrites keep what they were (a symbolic link stays a link and its target is
 * formatted, hard links stay one file, the mode stays), and files it creates get the mode any
 * new file gets, not 0600.
 */
class FileModeCliTest {

    private static final String UNFORMATTED = "architecture shop {\nregion   eu-west-1\n}\n";
    private static final String FORMATTED = "architecture shop {\n  region eu-west-1\n}\n";

    private static Set<PosixFilePermission> mode(Path p) throws Exception {
        return Files.getPosixFilePermissions(p);
    }

    @Test
    void fmtWriteFormatsTheTargetOfASymlinkAndKeepsTheLink(@TempDir Path dir) throws Exception {
        Path real = Files.writeString(dir.resolve("real.arch"), UNFORMATTED);
        Path link = Files.createSymbolicLink(dir.resolve("link.arch"), real.getFileName());
        CliTest.Run r = run("fmt", "--write", link.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.OK.code());
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readSymbolicLink(link)).isEqualTo(real.getFileName());
        assertThat(Files.readString(real)).isEqualTo(FORMATTED);
    }

    @Test
    void fmtWriteKeepsHardLinksAndTheMode(@TempDir Path dir) throws Exception {
        Path a = Files.writeString(dir.resolve("a.arch"), UNFORMATTED);
        Path b = Files.createLink(dir.resolve("b.arch"), a);
        Files.setPosixFilePermissions(a, PosixFilePermissions.fromString("rw-rw-r--"));
        CliTest.Run r = run("fmt", "--write", a.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.OK.code());
        assertThat(Files.readString(b)).isEqualTo(FORMATTED);
        assertThat(Files.isSameFile(a, b)).isTrue();
        assertThat(mode(a)).isEqualTo(PosixFilePermissions.fromString("rw-rw-r--"));
    }

    @Test
    void fmtWriteKeepsAnUnusualModeWhenItRenames(@TempDir Path dir) throws Exception {
        Path a = Files.writeString(dir.resolve("a.arch"), UNFORMATTED);
        Files.setPosixFilePermissions(a, PosixFilePermissions.fromString("rwxr-x---"));
        assertThat(run("fmt", "--write", a.toString()).code()).isEqualTo(ExitCode.OK.code());
        assertThat(Files.readString(a)).isEqualTo(FORMATTED);
        assertThat(mode(a)).isEqualTo(PosixFilePermissions.fromString("rwxr-x---"));
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left).containsExactly(a);   // no temporary file left beside it
        }
    }

    @Test
    void generatedFilesGetTheModeOfANewFileNotOwnerOnly(@TempDir Path dir) throws Exception {
        // what a new file gets here, under this process's umask
        Set<PosixFilePermission> usual = mode(Files.createFile(dir.resolve("probe")));
        assertThat(usual).contains(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        Path tf = dir.resolve("tf"), diagrams = dir.resolve("diagrams");
        assertThat(run("terraform", "examples/tutorial-service.arch", "-o", tf.toString()).code()).isZero();
        assertThat(run("render", "examples/tutorial-service.arch", "--format", "puml", "-o", diagrams.toString()).code()).isZero();
        try (Stream<Path> files = Stream.concat(Files.walk(tf), Files.walk(diagrams))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) assertThat(mode(f)).as(f.toString()).isEqualTo(usual);
        }
    }

    @Test
    void regeneratingKeepsTheModeAUserGaveAFile(@TempDir Path dir) throws Exception {
        Path tf = dir.resolve("tf");
        assertThat(run("terraform", "examples/tutorial-service.arch", "-o", tf.toString()).code()).isZero();
        Path versions;
        try (Stream<Path> files = Files.walk(tf)) {
            versions = files.filter(p -> p.getFileName().toString().equals("versions.tf")).findFirst().orElseThrow();
        }
        Files.setPosixFilePermissions(versions, PosixFilePermissions.fromString("rw-r-----"));
        assertThat(run("terraform", "examples/tutorial-service.arch", "-o", tf.toString()).code()).isZero();
        assertThat(mode(versions)).isEqualTo(PosixFilePermissions.fromString("rw-r-----"));
    }
}
