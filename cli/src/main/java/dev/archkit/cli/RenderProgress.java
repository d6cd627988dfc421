package dev.archkit.cli;

import java.io.PrintWriter;

/**
 * Progress of 'archkit render' on stderr, one line per image about to be drawn, and only once
 * drawing has taken longer than {@link #QUIET_FOR_NANOS}: a small model renders in silence, a
 * large one (hundreds of services, many views) says what it is drawing. Standard output, which may
 * hold the requested diagram, never carries it.
 */
final class RenderProgress {
    /** How long a render stays silent. */
    static final long QUIET_FOR_NANOS = 2_000_000_000L;

    private final PrintWriter err;
    private final int total;
    private final long start;
    private final long quietFor;
    private int done;

    RenderProgress(PrintWriter err, int total) {
        this(err, total, QUIET_FOR_NANOS);
    }

    RenderProgress(PrintWriter err, int total, long quietForNanos) {
        this.err = err;
        this.total = total;
        this.quietFor = quietForNanos;
        this.start = System.nanoTime();
    }

    /** Says that the next image, {@code file}, is being drawn (when the render has been long already). */
    void drawing(String file) {
        done++;
        long elapsed = System.nanoTime() - start;
        if (elapsed < quietFor) return;
        err.println("archkit render: drawing " + file + " (" + done + "/" + total + ", " + elapsed / 1_000_000_000L + " s so far)");
        err.flush();
    }
}
