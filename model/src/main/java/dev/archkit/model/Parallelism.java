package dev.archkit.model;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Supplier;

/**
 * How much of one run may work side by side. Decided once, by whoever starts the run (the CLI
 * from the machine, a test explicitly), and handed to every stage that can split its work: the
 * model builder, the graphs, the rule engine. No stage reads a static switch of its own, so a
 * test compares a serial run with a parallel one by passing two values, not by flipping globals.
 *
 * <p>Immutable and thread-safe. A serial value runs every task on the calling thread, in order.
 */
public final class Parallelism {

    private static final Parallelism SERIAL = new Parallelism(1, Runnable::run);

    private final int threads;
    private final Executor executor;

    private Parallelism(int threads, Executor executor) {
        this.threads = threads;
        this.executor = executor;
    }

    /** Everything on the calling thread, in order. */
    public static Parallelism serial() { return SERIAL; }

    /** As many workers as the machine has processors (serial on one). */
    public static Parallelism available() {
        int n = Runtime.getRuntime().availableProcessors();
        return n < 2 ? SERIAL : new Parallelism(n, ForkJoinPool.commonPool());
    }

    /** Tasks run on the given executor, which is taken to offer {@code threads} workers. */
    public static Parallelism on(Executor executor, int threads) {
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1: " + threads);
        return threads == 1 ? SERIAL : new Parallelism(threads, executor);
    }

    public int threads() { return threads; }

    public boolean isParallel() { return threads > 1; }

    /** Starts a task: on a worker when parallel, at once on the calling thread when serial. */
    public <T> CompletableFuture<T> fork(Supplier<T> task) {
        if (!isParallel()) {
            try {
                return CompletableFuture.completedFuture(task.get());
            } catch (RuntimeException | Error e) {
                return CompletableFuture.failedFuture(e);
            }
        }
        return CompletableFuture.supplyAsync(task, executor);
    }

    /** Runs the tasks, side by side when parallel, and returns when all are done; rethrows the first failure. */
    public void runAll(List<? extends Runnable> tasks) {
        List<CompletableFuture<Object>> started = new ArrayList<>(tasks.size());
        for (Runnable r : tasks) started.add(fork(() -> { r.run(); return null; }));
        for (CompletableFuture<Object> f : started) join(f);
    }

    /** The task's result; its own unchecked exception rethrown as is, not wrapped. */
    public static <T> T join(CompletableFuture<T> f) {
        try {
            return f.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw e;
        }
    }

    @Override
    public String toString() {
        return isParallel() ? "parallel(" + threads + ")" : "serial";
    }
}
