package dev.archkit.lang;

import dev.archkit.model.diag.Diagnostics;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiConsumer;

/**
 * A check of many independent items on two threads: the semantic checks of elements and the
 * checks of references, on large models.
 */
final class Halves {
    private Halves() { }

    /**
     * Runs {@code check} on the items, into {@code diags}: from {@code parallelFrom} items on (and
     * with a second core), the second half on another thread into diagnostics of its own, merged
     * after; diagnostics are sorted before anyone sees them, so the result is the same either way.
     * The check must only read what the items share.
     */
    static <T> void check(List<T> items, int parallelFrom, Diagnostics diags, BiConsumer<List<T>, Diagnostics> check) {
        if (items.size() < parallelFrom || Runtime.getRuntime().availableProcessors() < 2) {
            check.accept(items, diags);
            return;
        }
        Diagnostics second = new Diagnostics();
        List<T> tail = items.subList(items.size() / 2, items.size());
        CompletableFuture<Void> done = CompletableFuture.runAsync(() -> check.accept(tail, second));
        check.accept(items.subList(0, items.size() / 2), diags);
        done.join();
        diags.addAll(second.sorted());
    }
}
