package dev.archkit.cli;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes files so that a failure never leaves a half-written file, a file of the wrong mode or
 * an empty directory behind. Each file is first written in full to a temporary file beside its
 * target and then renamed over it. The temporary file is created as any new file is (0666
 * under the user's umask, so usually 0644), or with the mode of the file it replaces. A
 * symbolic link is written through: its target gets the new content and the link stays. A file
 * with more than one hard link is rewritten in place once its new content is complete, since a
 * rename would split it from its other names.
 */
final class AtomicFiles {
    private AtomicFiles() { }

    /**
     * Writes a set of files into {@code dir} all or nothing: only when every file is written in
     * full are they renamed over their targets. A failure part way leaves the directory as it
     * was: temporary files removed, and directories this call created removed again.
     */
    static void write(Path dir, Map<String, byte[]> files) throws IOException {
        if (Files.exists(dir) && !Files.isDirectory(dir)) throw new IOException(dir + " is a file, not a directory");
        List<Path> created = new ArrayList<>();
        List<Staged> staged = new ArrayList<>();
        boolean done = false;
        try {
            createDirectories(dir.toAbsolutePath(), created);
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                Path target = dir.resolve(f.getKey()).toAbsolutePath();
                createDirectories(target.getParent(), created);
                staged.add(stage(target, f.getValue()));
            }
            for (Staged s : staged) s.commit();
            done = true;
        } finally {
            for (Staged s : staged) Files.deleteIfExists(s.tmp());
            if (!done) removeEmpty(created);
        }
    }

    /** Replaces the content of one existing or new file, as {@link #write} does. */
    static void replace(Path file, byte[] content) throws IOException {
        Staged s = stage(file.toAbsolutePath(), content);
        try {
            s.commit();
        } finally {
            Files.deleteIfExists(s.tmp());
        }
    }

    /** A file written in full beside the file it is to replace ({@code target}: a link's target, not the link). */
    private record Staged(Path tmp, Path target, byte[] content) {
        void commit() throws IOException {
            Object links = Files.exists(target) ? Files.getAttribute(target, "unix:nlink") : 1;
            if (links instanceof Integer n && n > 1) {
                Files.write(target, content, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
                return;
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private static Staged stage(Path file, byte[] content) throws IOException {
        Path target = Files.isSymbolicLink(file) && Files.exists(file) ? file.toRealPath() : file;
        Path tmp = newTemporary(target);
        try {
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                Files.setPosixFilePermissions(tmp, Files.getPosixFilePermissions(target));
            }
            Files.write(tmp, content);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        return new Staged(tmp, target, content);
    }

    /** A new, empty file beside {@code target}, created with the mode any new file gets (the umask applies). */
    private static Path newTemporary(Path target) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path tmp = target.resolveSibling("." + target.getFileName() + "." + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
            try {
                return Files.createFile(tmp);
            } catch (FileAlreadyExistsException e) {
                if (attempt > 10) throw e;
            }
        }
    }

    /** Creates {@code dir} and its missing parents, adding each one created to {@code created}, outermost first. */
    private static void createDirectories(Path dir, List<Path> created) throws IOException {
        if (dir == null || Files.isDirectory(dir)) return;
        createDirectories(dir.getParent(), created);
        Files.createDirectory(dir);
        created.add(dir);
    }

    /** Removes the directories in {@code created} that are still empty, innermost first. */
    private static void removeEmpty(List<Path> created) {
        for (int i = created.size() - 1; i >= 0; i--) {
            try {
                Files.deleteIfExists(created.get(i));
            } catch (DirectoryNotEmptyException e) {
                // something else was put there meanwhile: leave it
            } catch (IOException e) {
                // nothing more to undo
            }
        }
    }
}
