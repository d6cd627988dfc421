package dev.archkit.lang;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * The directory that imports may read from: the entry file's directory unless the caller names
 * another. An import is refused, before anything is read, when it is written as an absolute
 * path, when it leaves the root (through {@code ..} or through a symbolic link whose target lies
 * outside), or when it names a directory, a device, a pipe or another file that is not a
 * regular file. That keeps a pull request from making a CI run read (and print) files of the
 * machine it runs on.
 */
public final class ImportRoot {

    /** Why an import is not read: the message and what to do instead. */
    public record Refusal(String message, String hint) { }

    private final Path dir;   // absolute and normalized

    private ImportRoot(Path dir) {
        this.dir = dir.toAbsolutePath().normalize();
    }

    /** Imports may read {@code dir} and the directories below it. */
    public static ImportRoot of(Path dir) {
        return new ImportRoot(dir);
    }

    /** The directory of the entry file {@code entryFile} and below. */
    public static ImportRoot around(String entryFile) {
        Path parent = Path.of(entryFile).toAbsolutePath().normalize().getParent();
        return new ImportRoot(parent == null ? Path.of("").toAbsolutePath() : parent);
    }

    /** The root directory, absolute. */
    public Path dir() {
        return dir;
    }

    /**
     * Why the import written as {@code written}, which resolves to {@code resolved}, may not be
     * read; null when it may. A path that does not exist passes (reading it reports it missing).
     */
    Refusal refuse(String written, String resolved) {
        if (Path.of(written).isAbsolute() || written.startsWith("/") || written.startsWith("\\")) {
            return new Refusal("cannot import \"" + written + "\": imports are relative paths, not absolute ones",
                    "write the path relative to the importing file, to a file under " + dir);
        }
        Path target = Path.of(resolved).toAbsolutePath().normalize();
        if (!target.startsWith(dir)) {
            return new Refusal("cannot import \"" + written + "\": it is outside the import root " + dir,
                    "keep imported files under " + dir + ", or name a wider root with --import-root DIR");
        }
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) return null;
        try {
            Path real = target.toRealPath();
            if (!real.startsWith(dir.toRealPath())) {
                return new Refusal("cannot import \"" + written + "\": it is a symbolic link to a file outside the import root " + dir,
                        "copy the file into the project instead of linking to it, or name a wider root with --import-root DIR");
            }
        } catch (IOException e) {
            return null;   // a dangling link: reading it reports it missing
        }
        if (Files.isDirectory(target)) {
            return new Refusal("cannot import \"" + written + "\": it is a directory", "import the .arch files in it one by one");
        }
        if (!Files.isRegularFile(target)) {
            return new Refusal("cannot import \"" + written + "\": it is a device, pipe or other special file, not an .arch file",
                    "import only .arch files of the project");
        }
        return null;
    }
}
