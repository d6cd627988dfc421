package dev.archkit.lsp;

import java.util.function.Supplier;

/** A value computed the first time it is asked for (e.g. an architecture's facts, wanted only by hover), then kept. */
final class Memo<T> implements Supplier<T> {
    private final Supplier<T> compute;
    private volatile T value;

    Memo(Supplier<T> compute) {
        this.compute = compute;
    }

    @Override
    public T get() {
        T v = value;
        if (v == null) {
            synchronized (this) {
                if (value == null) value = compute.get();
                v = value;
            }
        }
        return v;
    }
}
