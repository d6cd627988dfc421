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
import java.util.function.Supplier;

/**
 * How every read is made: a call that fails (access denied, throttled beyond the SDK's retries,
 * timed out) is recorded as unreadable with its reason and answers a fallback, so one refused
 * call never ends the read; missing credentials end it ({@link NoCredentials}). Per-resource
 * calls run on the reader's pool.
 */
final class AwsCalls {
    private final ExecutorService pool;
    private final List<Inventory.Unreadable> unreadable = Collections.synchronizedList(new ArrayList<>());

    AwsCalls(ExecutorService pool) {
        this.pool = pool;
    }

    /** No credentials at all: nothing can be read. */
    static final class NoCredentials extends RuntimeException {
        NoCredentials(Throwable t) { super(t.getMessage(), t); }
    }

    /** Runs one read; a failure is recorded (or, for missing credentials, ends the whole read). */
    <T> T call(String service, String operation, String resource, Supplier<T> body, T fallback) {
        try {
            return body.get();
        } catch (AwsServiceException e) {
            String code = e.awsErrorDetails() == null ? "" : e.awsErrorDetails().errorCode() + ": ";
            String msg = e.awsErrorDetails() == null ? e.getMessage() : e.awsErrorDetails().errorMessage();
            unreadable.add(new Inventory.Unreadable(service, operation, resource, code + (msg == null ? "" : firstLine(msg))));
        } catch (SdkClientException e) {
            if (credentialsProblem(e)) throw new NoCredentials(e);
            unreadable.add(new Inventory.Unreadable(service, operation, resource, firstLine(e.getMessage())));
        } catch (SdkException e) {
            unreadable.add(new Inventory.Unreadable(service, operation, resource, firstLine(e.getMessage())));
        }
        return fallback;
    }

    /** Runs {@code job} for each item on the pool; the results in the items' order. */
    <I, T> List<T> each(List<I> items, java.util.function.Function<I, T> job) {
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
            throw new IllegalStateException(e.getCause());
        }
    }

    /** What could not be read so far. */
    List<Inventory.Unreadable> unreadable() {
        synchronized (unreadable) {
            return new ArrayList<>(unreadable);
        }
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
