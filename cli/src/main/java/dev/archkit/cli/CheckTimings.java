package dev.archkit.cli;

import dev.archkit.lang.ModelBuilder;

import java.io.PrintWriter;
import java.util.HashMap;
import java.util.Map;

/** The time each phase of 'check' took, summed over its files, for --timings. */
final class CheckTimings {
    private long readNanos, graphNanos;
    private long parseMillis, buildMillis, checkMillis;   // as the model builder reports them
    private final Map<String, Long> ruleNanos = new HashMap<>();

    void addRead(long nanos) {
        readNanos += nanos;
    }

    void addGraph(long nanos) {
        graphNanos += nanos;
    }

    void add(ModelBuilder.Timings t) {
        parseMillis += t.parseMillis();
        buildMillis += t.buildMillis();
        checkMillis += t.checkMillis();
    }

    void addRules(Map<String, Long> nanosByRule) {
        nanosByRule.forEach((k, v) -> ruleNanos.merge(k, v, Long::sum));
    }

    /** Prints the phases and, when rules ran, their total and the six slowest. */
    void print(PrintWriter err, boolean rules) {
        err.printf("timings: read %d ms, parse %d ms, build %d ms, semantic checks %d ms, %s %d ms%n",
                readNanos / 1_000_000, parseMillis, buildMillis, checkMillis,
                rules ? "graph and rules" : "graph", graphNanos / 1_000_000);
        if (ruleNanos.isEmpty()) return;
        long ruleTotal = ruleNanos.entrySet().stream().filter(e -> !e.getKey().startsWith("(")).mapToLong(Map.Entry::getValue).sum();
        err.println("rules: " + ruleTotal / 1_000_000 + " ms in all (they run side by side on large models)");
        err.println("slowest: " + String.join(", ", ruleNanos.entrySet().stream()
                .sorted((a, b) -> Long.compare(b.getValue(), a.getValue())).limit(6)
                .map(e -> e.getKey() + " " + e.getValue() / 1_000_000 + " ms").toList()));
    }
}
