package dev.archkit.serve;

import dev.archkit.cost.PriceTable;
import dev.archkit.lang.ImportRoot;
import dev.archkit.model.Parallelism;
import dev.archkit.report.ReportBuilder;
import dev.archkit.rules.RuleEngine;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * {@code archkit serve}: the report of some files on a local page that follows them. It builds
 * the page once, serves it ({@link LiveServer}), watches the files and their imports
 * ({@link FileWatcher}), and on a change builds again ({@link LiveReport}) and, when the page
 * differs, tells the open pages to reload (server-sent events).
 */
public final class Serve implements AutoCloseable {

    /**
     * What to serve: the input files (a file that does not exist yet is shown as missing until it
     * does), the import root of each, the rules and prices, the port (0: a free one), how long a
     * burst of file events must be quiet before a rebuild, and where progress lines go.
     */
    public record Settings(List<Path> files, Function<Path, ImportRoot> imports, RuleEngine engine, PriceTable prices,
                           int port, Duration quiet, Consumer<String> log) {
        public Settings {
            files = List.copyOf(files);
        }
    }

    /** The port could not be bound (exit 3 in the CLI). */
    public static final class PortInUse extends Exception {
        PortInUse(String message) {
            super(message);
        }
    }

    private final LiveReport report;
    private final LiveServer server;
    private final FileWatcher watcher;
    private final Consumer<String> log;
    private final CountDownLatch closed = new CountDownLatch(1);
    private String html;
    private long version;

    private Serve(LiveReport report, LiveServer server, FileWatcher watcher, Consumer<String> log, String html) {
        this.report = report;
        this.server = server;
        this.watcher = watcher;
        this.log = log;
        this.html = html;
    }

    /** Builds the page, starts serving and watching; returns once the page is reachable. */
    public static Serve start(Settings s) throws PortInUse, IOException {
        LiveReport report = new LiveReport(s.files(), s.imports(), new ReportBuilder(s.engine(), s.prices()), Parallelism.available());
        LiveReport.Build first = report.build();
        String html = report.html(first, 1);
        LiveServer server;
        try {
            server = LiveServer.start(s.port(), html, 1);
        } catch (LiveServer.PortInUse e) {
            throw new PortInUse(e.getMessage());
        }
        Serve serve = null;
        try {
            Serve[] self = new Serve[1];
            FileWatcher watcher = new FileWatcher(s.quiet(), changed -> self[0].rebuild(changed), s.log());
            serve = new Serve(report, server, watcher, s.log(), html);
            self[0] = serve;
            serve.version = 1;
            watcher.watch(first.read(), first.broken());
            watcher.start();
            serve.describe(first, -1);
            return serve;
        } catch (IOException | RuntimeException e) {
            server.close();
            throw e;
        }
    }

    /** The address of the page. */
    public URI url() {
        return server.url();
    }

    /** The version of the page served now; it grows by one with every change the page shows. */
    public synchronized long version() {
        return version;
    }

    /** The directories watched now. */
    Set<Path> watchedDirectories() {
        return watcher.directories();
    }

    private void rebuild(Set<Path> changed) {
        long t0 = System.nanoTime();
        LiveReport.Build b = report.build();
        watcher.watch(b.read(), b.broken());
        synchronized (this) {
            // the page as it would be without a new version: unchanged files (a save without an edit) reload nothing
            if (report.html(b, version).equals(html)) return;
            version++;
            html = report.html(b, version);
            server.publish(html, version);
        }
        describe(b, (System.nanoTime() - t0) / 1_000_000);
    }

    /** One line for the build ("built" the first time, else how long it took), then one per file that does not build. */
    private void describe(LiveReport.Build b, long millis) {
        int n = b.sections().size();
        log.accept((millis < 0 ? "built" : "rebuilt in " + millis + " ms") + ": " + n + " architecture" + (n == 1 ? "" : "s")
                + (b.broken() ? "; " + b.problems().size() + " file" + (b.problems().size() == 1 ? " does" : "s do") + " not build:" : ""));
        for (var p : b.problems()) {
            var first = p.diagnostics().get(0);
            log.accept("  " + first.location() + ": " + first.message()
                    + (p.diagnostics().size() > 1 ? " (and " + (p.diagnostics().size() - 1) + " more on the page)" : ""));
        }
    }

    /** Blocks until {@link #close()}. */
    public void await() throws InterruptedException {
        closed.await();
    }

    /** Stops watching and serving (open pages are told nothing more); safe to call twice. */
    @Override
    public void close() {
        watcher.close();
        server.close();
        closed.countDown();
    }
}
