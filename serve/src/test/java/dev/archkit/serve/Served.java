package dev.archkit.serve;

import dev.archkit.cost.PriceTable;
import dev.archkit.lang.ImportRoot;
import dev.archkit.model.Parallelism;
import dev.archkit.rules.catalog.Catalog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A server over copies of the examples in a temporary directory, and the edits the tests make to them. */
final class Served {
    private Served() { }

    static final Path EXAMPLES = Path.of("../examples");
    static final Path TUTORIAL = EXAMPLES.resolve("tutorial-service.arch");

    /** Lines the server logged, in order. */
    static final class Log {
        final List<String> lines = Collections.synchronizedList(new ArrayList<>());
    }

    static Serve start(List<Path> files, Log log) throws Exception {
        return Serve.start(new Serve.Settings(files, f -> ImportRoot.around(f.toString()), Catalog.engine(Parallelism.serial()),
                PriceTable.embedded(), 0, Duration.ofMillis(100), log.lines::add));
    }

    /** Copies {@code example} (and the directory of its imports, when it has one) into {@code dir}. */
    static Path copy(Path example, Path dir) throws IOException {
        Path to = dir.resolve(example.getFileName());
        Files.copy(example, to, StandardCopyOption.REPLACE_EXISTING);
        String base = example.getFileName().toString().replace(".arch", "");
        Path imports = example.resolveSibling(base);
        if (Files.isDirectory(imports)) {
            Files.createDirectories(dir.resolve(base));
            try (var s = Files.list(imports)) {
                for (Path p : s.toList()) Files.copy(p, dir.resolve(base).resolve(p.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return to;
    }

    /** Replaces {@code from} by {@code to} in {@code file}, which must hold it (written in place, as an editor saves). */
    static void edit(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        if (!text.contains(from)) throw new AssertionError(file + " does not hold " + from);
        Files.writeString(file, text.replace(from, to));
    }

    /** Waits up to {@code seconds} for the server's version to pass {@code version}; returns the new one. */
    static long awaitVersionAfter(Serve serve, long version, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (serve.version() > version) return serve.version();
            Thread.sleep(20);
        }
        throw new AssertionError("the page did not change within " + seconds + " s (still version " + serve.version() + ")");
    }
}
