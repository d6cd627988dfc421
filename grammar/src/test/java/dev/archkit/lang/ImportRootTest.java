package dev.archkit.lang;

import dev.archkit.model.diag.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Imports read only under the import root, and only regular files. */
class ImportRootTest {

    private static final String ARCH = "architecture a {\n  region eu-west-1\n}\n";

    private static ModelBuilder.Result build(Path main, ImportRoot root) {
        return ModelBuilder.build(main.toString(), ModelBuilder.DISK, Map.of(), dev.archkit.model.Parallelism.serial(), root);
    }

    private static String errors(ModelBuilder.Result r) {
        return String.join("\n", r.diagnostics().stream().filter(Diagnostic::isError).map(d -> d.location() + " " + d.message()).toList());
    }

    @Test
    void theDefaultRootIsTheEntryFilesDirectory(@TempDir Path dir) throws Exception {
        Path sub = Files.createDirectories(dir.resolve("p"));
        Files.writeString(dir.resolve("up.arch"), "service up {\n  image \"u:1\"\n}\n");
        Path main = Files.writeString(sub.resolve("main.arch"), "import \"../up.arch\"\n" + ARCH);
        assertThat(ImportRoot.around(main.toString()).dir()).isEqualTo(sub.toAbsolutePath());
        assertThat(errors(build(main, ImportRoot.around(main.toString()))))
                .isEqualTo(main + ":1:8 cannot import \"../up.arch\": it is outside the import root " + sub.toAbsolutePath());
        assertThat(errors(build(main, ImportRoot.of(dir)))).isEmpty();
    }

    @Test
    void aRelativeEntryFileHasAnAbsoluteRoot() {
        assertThat(ImportRoot.around("main.arch").dir()).isEqualTo(Path.of("").toAbsolutePath());
        assertThat(ImportRoot.around("x/../y/main.arch").dir()).isEqualTo(Path.of("y").toAbsolutePath());
    }

    @Test
    void nestedImportsAreConfinedToTheEntrysRootNotTheirOwnDirectory(@TempDir Path dir) throws Exception {
        Path sub = Files.createDirectories(dir.resolve("p").resolve("lib"));
        Files.writeString(dir.resolve("secret.arch"), "service s {\n  image \"s:1\"\n}\n");
        Files.writeString(sub.resolve("lib.arch"), "import \"../../secret.arch\"\n");
        Path main = Files.writeString(dir.resolve("p").resolve("main.arch"), "import \"lib/lib.arch\"\n" + ARCH);
        assertThat(errors(build(main, ImportRoot.around(main.toString())))).contains("lib.arch:1:8 cannot import \"../../secret.arch\": it is outside");
    }

    @Test
    void aMissingFileUnderTheRootIsReportedMissingAsBefore(@TempDir Path dir) throws Exception {
        Path main = Files.writeString(dir.resolve("main.arch"), "import \"gone.arch\"\n" + ARCH);
        assertThat(errors(build(main, ImportRoot.around(main.toString())))).contains("cannot import \"gone.arch\": no such file");
    }
}
