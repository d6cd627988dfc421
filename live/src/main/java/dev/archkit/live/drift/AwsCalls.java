package dev.archkit.live.drift;

import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * How every read is made: a call that fails (access denied, throttled beyond the retries, a server
 * error, timed out) is recorded as unreadable with what it was about and why, and answers a
 * fallback, so one refused call never ends the read; missing credentials end it
 * ({@link NoCredentials}). A list read page by page keeps the pages read before a failure and
 * says that it is incomplete ({@link Listing}). Per-resource calls run on the reader's pool; the
 * counts feed the progress report.
 */
final class AwsCalls {
    private final ExecutorService pool;
    private final Progress.Sink progress;
    private final List<Inventory.Unreadable> unreadable = Collections.synchronizedList(new ArrayList<>());

    AwsCalls(ExecutorService pool, Progress.Sink progress) {
        this.pool = pool;
        this.progress = progress;
    }

    /** No credentials at all: nothing can be read. */
    static final class NoCredentials extends RuntimeException {
        NoCredentials(Throwable t) { super(t.getMessage(), t); }
    }

    /** What a paged list read: the items of the pages read, and whether every page was. */
    record Listing<T>(List<T> items, boolean complete) { }

    /** Runs one read; a failure is recorded (or, for missing credentials, ends the whole read). */
    <T> T call(String service, String operation, String resource, Supplier<T> body, T fallback) {
        try {
            return body.get();
        } catch (SdkException e) {
            fail(service, operation, resource, e, "");
            return fallback;
        } finally {
            progress.changed();
        }
    }

    /**
     * Reads a list page by page ({@code pages} hands each item to the sink as the SDK paginator
     * yields it): what was read before a failure is kept, and the listing says it is incomplete.
     */
    <T> Listing<T> list(String service, String operation, String resource, Consumer<Consumer<T>> pages) {
        List<T> out = new ArrayList<>();
        try {
            pages.accept(out::add);
            return new Listing<>(out, true);
        } catch (SdkException e) {
            fail(service, operation, resource, e, out.isEmpty() ? "" : " (after " + out.size() + " read)");
            return new Listing<>(out, false);
        } finally {
            progress.changed();
        }
    }

    private void fail(String service, String operation, String resource, SdkException e, String after) {
        if (e instanceof SdkClientException c && credentialsProblem(c)) throw new NoCredentials(e);
        String reason;
        if (e instanceof AwsServiceException s && s.awsErrorDetails() != null) {
            String msg = s.awsErrorDetails().errorMessage();
            reason = s.awsErrorDetails().errorCode() + ": " + (msg == null ? "" : firstLine(msg));
        } else {
            reason = firstLine(e.getMessage());
        }
        unreadable.add(new Inventory.Unreadable(service, operation, resource, reason + after));
        progress.failed();
    }

    /** Runs {@code job} for each item on the pool; the results in the items' order. */
    <I, T> List<T> each(List<I> items, Function<I, T> job) {
        List<Future<T>> jobs = new ArrayList<>();
        for (I i : items) jobs.add(pool.submit(() -> job.apply(i)));
        List<T> out = new ArrayList<>();
        for (Future<T> f : jobs) out.add(get(f));
        return out;
    }

    private static <T> T get(Future<T> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof NoCredentials n) throw n;
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw new IllegalStateException(e.getCause());
        }
    }

    /** What could not be read so far. */
    List<Inventory.Unreadable> unreadable() {
        synchronized (unreadable) {
            return new ArrayList<>(unreadable);
        }
    }

    Progress.Sink progress() {
        return progress;
    }

    static boolean credentialsProblem(SdkClientException e) {
        String m = String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT);
        return m.contains("unable to load credentials") || m.contains("profile file contained no credentials") || m.contains("no aws profile named");
    }

    static String firstLine(String s) {
        if (s == null) return "";
        int nl = s.indexOf('\n');
        String t = nl < 0 ? s : s.substring(0, nl);
        return t.length() > 300 ? t.substring(0, 300) + "..." : t;
    }

    /** Tags as a sorted map; null when there are none (as the snapshot writes them). */
    static Map<String, String> tags(Map<String, String> m) { return m == null || m.isEmpty() ? null : new TreeMap<>(m); }
}
