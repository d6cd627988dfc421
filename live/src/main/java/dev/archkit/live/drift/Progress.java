package dev.archkit.live.drift;

import software.amazon.awssdk.core.metrics.CoreMetric;
import software.amazon.awssdk.metrics.MetricCollection;
import software.amazon.awssdk.metrics.MetricPublisher;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How far a read has come, for a progress line on stderr: the phase (which AWS service is being
 * read), services read of those listed per ECS cluster, API calls made, attempts throttled, and
 * calls that failed for good. The listener is called after every call, from the reader's threads;
 * it decides how often to show it.
 */
public final class Progress {
    private Progress() { }

    /** Services read and listed in one ECS cluster. */
    public record Count(int read, int total) { }

    public record Snapshot(String phase, Map<String, Count> services, long calls, long throttles, long failures, Duration elapsed) {
        public int servicesRead() { return services.values().stream().mapToInt(Count::read).sum(); }
        public int servicesTotal() { return services.values().stream().mapToInt(Count::total).sum(); }
    }

    @FunctionalInterface
    public interface Listener {
        void update(Snapshot s);

        Listener NONE = s -> { };
    }

    /** Collects the counts of one read and hands snapshots to a listener. */
    static final class Sink implements MetricPublisher {
        private final Listener listener;
        private final long start = System.nanoTime();
        private volatile String phase = "starting";
        private final Map<String, AtomicInteger> read = new ConcurrentHashMap<>();
        private final Map<String, AtomicInteger> total = new ConcurrentHashMap<>();
        final AtomicLong calls = new AtomicLong();
        final AtomicLong throttles = new AtomicLong();
        final AtomicLong failures = new AtomicLong();

        Sink(Listener listener) {
            this.listener = listener;
        }

        void phase(String p) {
            phase = p;
            changed();
        }

        void listed(String cluster, int n) {
            total.computeIfAbsent(cluster, k -> new AtomicInteger()).addAndGet(n);
            read.computeIfAbsent(cluster, k -> new AtomicInteger());
        }

        void servicesRead(String cluster, int n) {
            read.computeIfAbsent(cluster, k -> new AtomicInteger()).addAndGet(n);
        }

        void failed() {
            failures.incrementAndGet();
        }

        void changed() {
            listener.update(snapshot());
        }

        Snapshot snapshot() {
            Map<String, Count> s = new TreeMap<>();
            total.forEach((c, t) -> s.put(c, new Count(read.getOrDefault(c, new AtomicInteger()).get(), t.get())));
            return new Snapshot(phase, s, calls.get(), throttles.get(), failures.get(), Duration.ofNanos(System.nanoTime() - start));
        }

        /** One API call done (with all its attempts): counted, with the attempts AWS throttled. */
        @Override
        public void publish(MetricCollection m) {
            calls.incrementAndGet();
            for (MetricCollection attempt : m.children()) {
                for (String type : attempt.metricValues(CoreMetric.ERROR_TYPE)) if ("Throttling".equals(type)) throttles.incrementAndGet();
            }
        }

        @Override
        public void close() { }
    }
}
