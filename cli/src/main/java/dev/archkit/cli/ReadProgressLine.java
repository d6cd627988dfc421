package dev.archkit.cli;

import dev.archkit.live.drift.Progress;

import java.io.PrintWriter;

/**
 * The progress of a live read on stderr: on a terminal one line redrawn in place (a bar of the
 * services read, at most ten times a second), elsewhere (CI logs) a plain line every ten seconds;
 * nothing when quiet. Services read / listed per ECS cluster, API calls, throttled attempts and
 * calls that failed for good.
 */
final class ReadProgressLine implements Progress.Listener {
    private final PrintWriter err;
    private final boolean terminal;
    private final long everyNanos;
    private long last;

    ReadProgressLine(PrintWriter err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
        this.everyNanos = terminal ? 100_000_000L : 10_000_000_000L;
        this.last = System.nanoTime();
    }

    static Progress.Listener of(PrintWriter err, boolean quiet) {
        return quiet ? Progress.Listener.NONE : new ReadProgressLine(err, System.console() != null);
    }

    @Override
    public synchronized void update(Progress.Snapshot s) {
        long now = System.nanoTime();
        boolean done = "done".equals(s.phase());
        if (!done && now - last < everyNanos) return;
        last = now;
        if (terminal) {
            err.print("\r" + bar(s) + "\u001b[K");
            if (done) err.println();
        } else {
            err.println(text(s));
        }
        err.flush();
    }

    static String text(Progress.Snapshot s) {
        StringBuilder sb = new StringBuilder("reading ").append(s.phase()).append(": ");
        if (!s.services().isEmpty()) {
            sb.append(s.servicesRead()).append('/').append(s.servicesTotal()).append(" services (");
            StringBuilder per = new StringBuilder();
            s.services().forEach((c, n) -> per.append(per.length() == 0 ? "" : ", ").append(c).append(' ').append(n.read()).append('/').append(n.total()));
            sb.append(per).append("), ");
        }
        return sb.append(s.calls()).append(" calls, ").append(s.throttles()).append(" throttled, ").append(s.failures()).append(" failed, ")
                .append(s.elapsed().toSeconds()).append(" s").toString();
    }

    static String bar(Progress.Snapshot s) {
        int total = s.servicesTotal();
        int width = 24;
        int full = total == 0 ? 0 : (int) Math.min(width, (long) width * s.servicesRead() / total);
        return "[" + "#".repeat(full) + "-".repeat(width - full) + "] " + s.servicesRead() + "/" + total + " services; " + s.phase() + "; "
                + s.calls() + " calls, " + s.throttles() + " throttled, " + s.failures() + " failed, " + s.elapsed().toSeconds() + " s";
    }
}
