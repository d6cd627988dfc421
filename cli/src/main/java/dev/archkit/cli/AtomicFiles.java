package dev.archkit.cli;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes files so that a failure never leaves a half-written file or an empty directory behind:
 * each file is first written in full to a temporary file beside its target and then renamed
 * over it.
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

    private record Staged(Path tmp, Path target) {
        void commit() throws IOException {
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private static Staged stage(Path target, byte[] content) throws IOException {
        Path tmp = Files.createTempFile(target.getParent(), "." + target.getFileName() + ".", ".tmp");
        try {
            Files.write(tmp, content);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        return new Staged(tmp, target);
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
