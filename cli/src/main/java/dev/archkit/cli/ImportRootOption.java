package dev.archkit.cli;

import dev.archkit.lang.ImportRoot;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where 'import' may read from: --import-root DIR, or by default the entry file's directory (a picocli mixin). */
final class ImportRootOption {

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--import-root", paramLabel = "DIR",
            description = "imports may read files under DIR only (default: the directory of the file that is checked)")
    Path dir;

    /** The root for the imports of {@code entry}; a --import-root that is not a directory fails with exit 2. */
    ImportRoot forEntry(Path entry) {
        if (dir == null) return Stdin.is(entry) ? ImportRoot.of(Path.of("")) : ImportRoot.around(entry.toString());
        if (!Files.isDirectory(dir)) {
            throw new Failure(ExitCode.INVALID, spec.qualifiedName() + ": --import-root " + dir
                    + (Files.exists(dir) ? " is not a directory" : " does not exist") + "; name the project's top directory");
        }
        return ImportRoot.of(dir);
    }
}
