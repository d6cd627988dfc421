package dev.archkit.serve;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Watches the directories of a set of files with the JDK's {@link WatchService} (inotify on
 * Linux) and calls back, on its own thread, once a burst of changes has settled: an editor's
 * save (write a temp file, rename it over the old one, touch it) is one change, not three.
 * The callback runs on the watcher's thread, so changes made while it runs are seen after it
 * returns, and callbacks never overlap.
 */
final class FileWatcher implements AutoCloseable {

    /** What the callback hears: the files that changed (absolute, normalized). */
    interface Listener {
        void changed(Set<Path> files);
    }

    private final WatchService service;
    private final Duration quiet;
    private final Listener listener;
    private final Consumer<String> log;
    private final Map<Path, WatchKey> keys = new HashMap<>();
    private final Thread thread;
    /** The files whose change matters; when {@code anyArch}, any .arch file in a watched directory matters too. */
    private volatile Set<Path> files = Set.of();
    private volatile boolean anyArch;

    /**
     * A watcher that calls {@code listener} once no change has come for {@code quiet} (and at
     * the latest a second after the first change of a burst that does not stop).
     */
    FileWatcher(Duration quiet, Listener listener, Consumer<String> log) throws IOException {
        this.service = FileSystems.getDefault().newWatchService();
        this.quiet = quiet;
        this.listener = listener;
        this.log = log;
        this.thread = new Thread(this::loop, "archkit-serve-watcher");
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    /**
     * Watches the directories of {@code watched} from now on (and no others); {@code anyArch}
     * when a change to any .arch file there should count (a build that failed may be waiting
     * for a file that is not imported yet).
     */
    synchronized void watch(Set<Path> watched, boolean anyArch) {
        this.files = Set.copyOf(watched);
        this.anyArch = anyArch;
        Set<Path> dirs = new HashSet<>();
        for (Path f : watched) {
            Path dir = f.getParent();
            if (dir != null && Files.isDirectory(dir)) dirs.add(dir);
        }
        keys.entrySet().removeIf(e -> {
            if (dirs.contains(e.getKey())) return false;
            e.getValue().cancel();
            return true;
        });
        for (Path dir : dirs) {
            if (keys.containsKey(dir)) continue;
            try {
                keys.put(dir, dir.register(service, StandardWatchEventKinds.ENTRY_CREATE,
                        StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE));
            } catch (IOException e) {
                log.accept("archkit serve: cannot watch " + dir + ": " + e.getMessage() + " (changes there are not seen)");
            }
        }
    }

    /** The directories watched now (for tests). */
    synchronized Set<Path> directories() {
        return Set.copyOf(keys.keySet());
    }

    private void loop() {
        try {
            while (true) {
                Set<Path> changed = new HashSet<>();
                collect(service.take(), changed);
                if (changed.isEmpty()) continue;
                // wait for the burst to settle: until no event for 'quiet', at most a second
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(1);
                WatchKey next;
                while (System.nanoTime() < deadline && (next = service.poll(quiet.toMillis(), TimeUnit.MILLISECONDS)) != null) {
                    collect(next, changed);
                }
                try {
                    listener.changed(Set.copyOf(changed));
                } catch (RuntimeException e) {
                    log.accept("archkit serve: internal error while rebuilding: " + e + " (still watching)");
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed: the watcher ends
        }
    }

    private void collect(WatchKey key, Set<Path> changed) {
        Path dir = (Path) key.watchable();
        for (WatchEvent<?> e : key.pollEvents()) {
            if (e.kind() == StandardWatchEventKinds.OVERFLOW) {
                changed.add(dir);   // events were lost: rebuild to be sure
                continue;
            }
            Path file = dir.resolve((Path) e.context()).toAbsolutePath().normalize();
            if (files.contains(file) || (anyArch && file.toString().endsWith(".arch"))) changed.add(file);
        }
        if (!key.reset()) {
            synchronized (this) {
                keys.remove(dir);   // the directory is gone; watch() registers it again if it comes back
            }
        }
    }

    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException e) {
            // nothing more to watch either way
        }
        thread.interrupt();
    }
}
