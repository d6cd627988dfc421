package dev.archkit.lang;

import dev.archkit.lang.ast.Stmt;
import dev.archkit.model.Parallelism;
import org.antlr.v4.runtime.misc.ParseCancellationException;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A large root file parsed on a worker while the calling thread builds: the one place that knows
 * it. The worker runs {@link StreamedRoot} unchanged, and the statements it hands over go, in
 * batches through a short queue, to the calling thread, which gives them to the scope stage in
 * the order written. The statements, the file returned and every diagnostic are those of the
 * serial {@link StreamedRoot} (the same code reads the file; only the thread that builds each
 * statement differs), and the queue is bounded, so no more statements are alive at once than a
 * few batches.
 *
 * <p>Known to {@link StreamedRoot} only. Used from {@link #MIN_CHARS} on, and only with a second
 * worker ({@link Parallelism#isParallel()}); serial runs never hand over.
 *
 * <p>Why a pipeline and not two halves parsed side by side: reading the second half on a worker
 * still left all the building on the calling thread and kept half the statements alive until the
 * first half was done; measured ('check -q --timings', 9 interleaved runs, 20k services) it was
 * slower than one thread (parse median 1,258 ms against 1,168 ms). Reading and building overlap
 * instead: parse median 1,111 ms against 1,301 ms at 20k services and 625 ms against 760 ms at
 * 10k (7 interleaved runs on a shared two-core machine), peak memory within 2% (bench/compare.sh).
 *
 * <p>Why batches of 32 in a queue of 4: the worker reads faster than the scope stage builds, so
 * the queue stays full, and every statement in it is alive at each young collection, which
 * promotes it to the old generation for good (the launcher tenures survivors at once). With 16
 * batches of 256 that was up to 4,096 services' syntax trees copied at every collection of the
 * parse: on 20k services 18 collections took 475 ms and left 46 MB of dead trees in the old
 * generation; with at most six batches of 32 in flight, 236 ms, and peak memory 408 -> 366 MB
 * (7 interleaved runs, same machine; 16 batches of 16 measured the same as these).
 */
final class PipelinedRoot {

    /** Files shorter than this (in chars) are parsed and built on the calling thread. */
    static final int MIN_CHARS = 1 << 20;

    private static final int BATCH = 32;
    private static final List<Stmt> END = List.of();

    private final BlockingQueue<List<Stmt>> queue = new ArrayBlockingQueue<>(4);
    private List<Stmt> batch = new ArrayList<>(BATCH);
    private volatile boolean abandoned;

    private PipelinedRoot() { }

    /** Whether {@link #parse} would hand over: a second worker and a large file. */
    static boolean applies(String text, Parallelism parallelism) {
        return parallelism.isParallel() && text.length() >= MIN_CHARS;
    }

    /**
     * {@link StreamedRoot}'s reading of the file on a worker of {@code parallelism}, each statement
     * of the block given to {@code blockStatement} on the calling thread, in order.
     */
    static SourceParser.Parsed parse(String file, String text, Consumer<Stmt> blockStatement, Parallelism parallelism) {
        PipelinedRoot p = new PipelinedRoot();
        CompletableFuture<SourceParser.Parsed> parsed = parallelism.fork(() -> {
            try {
                return StreamedRoot.parse(file, text, p::add);
            } finally {
                p.end();
            }
        });
        try {
            for (List<Stmt> b = p.take(); b != END; b = p.take()) {
                for (Stmt s : b) blockStatement.accept(s);
            }
        } catch (RuntimeException | Error e) {
            p.abandoned = true;
            p.queue.clear();
            throw e;
        }
        return Parallelism.join(parsed);
    }

    /** On the worker: one statement, sent on with its batch. */
    private void add(Stmt s) {
        batch.add(s);
        if (batch.size() == BATCH) {
            put(batch);
            batch = new ArrayList<>(BATCH);
        }
    }

    /** On the worker, whatever happened: the last batch and the end. */
    private void end() {
        if (!batch.isEmpty()) put(batch);
        batch = null;
        put(END);
    }

    private void put(List<Stmt> b) {
        try {
            while (!queue.offer(b, 50, TimeUnit.MILLISECONDS)) {
                if (abandoned) throw new ParseCancellationException("the builder stopped");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ParseCancellationException(e);
        }
    }

    private List<Stmt> take() {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while building the model", e);
        }
    }
}
