package dev.archkit.cli;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes a set of files into a directory all or nothing: every file is first written in full
 * to a temporary file beside its target, and only when all are written are they renamed over
 * their targets. A failure part way leaves the directory as it was (temporary files removed).
 */
final class AtomicFiles {
    private AtomicFiles() { }

    static void write(Path dir, Map<String, byte[]> files) throws IOException {
        if (Files.exists(dir) && !Files.isDirectory(dir)) throw new IOException(dir + " is a file, not a directory");
        Files.createDirectories(dir);
        List<Path[]> staged = new ArrayList<>();
        try {
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                Path target = dir.resolve(f.getKey());
                Files.createDirectories(target.toAbsolutePath().getParent());
                Path tmp = Files.createTempFile(target.toAbsolutePath().getParent(), "." + target.getFileName() + ".", ".tmp");
                staged.add(new Path[] {tmp, target});
                Files.write(tmp, f.getValue());
            }
            for (Path[] s : staged) {
                try {
                    Files.move(s[0], s[1], StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(s[0], s[1], StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } finally {
            for (Path[] s : staged) Files.deleteIfExists(s[0]);
        }
    }
}
