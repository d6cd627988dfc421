package dev.archkit.lang;

import dev.archkit.model.Parallelism;

import java.util.ArrayList;
import java.util.List;

/** How a stage cuts a list of independent items into parts for its {@link Parallelism}. */
final class Parts {
    private Parts() { }

    /**
     * Contiguous parts of {@code items}, in order: one per worker, but none smaller than
     * {@code minPart}; the whole list as one part when serial or short.
     */
    static <T> List<List<T>> of(List<T> items, int minPart, Parallelism parallelism) {
        int n = Math.min(parallelism.threads(), items.size() / Math.max(1, minPart));
        if (n <= 1) return List.of(items);
        List<List<T>> parts = new ArrayList<>(n);
        for (int i = 0; i < n; i++) parts.add(items.subList(items.size() * i / n, items.size() * (i + 1) / n));
        return parts;
    }
}
