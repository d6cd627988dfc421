package dev.archkit.model;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ParallelismTest {

    @Test
    void serialRunsEveryTaskOnTheCallingThreadInOrder() {
        List<String> seen = new ArrayList<>();
        Thread caller = Thread.currentThread();
        Parallelism.serial().runAll(List.of(
                () -> seen.add("a" + (Thread.currentThread() == caller)),
                () -> seen.add("b" + (Thread.currentThread() == caller))));
        assertThat(seen).containsExactly("atrue", "btrue");
        assertThat(Parallelism.serial().isParallel()).isFalse();
    }

    @Test
    void parallelRunsTasksOnTheExecutorAndWaitsForAll() {
        var pool = Executors.newFixedThreadPool(2);
        try {
            Parallelism p = Parallelism.on(pool, 2);
            List<String> threads = Collections.synchronizedList(new ArrayList<>());
            p.runAll(List.of(() -> threads.add(Thread.currentThread().getName()), () -> threads.add(Thread.currentThread().getName())));
            assertThat(threads).hasSize(2).allMatch(n -> n.startsWith("pool-"));
            assertThat(p.isParallel()).isTrue();
            assertThat(Parallelism.join(p.fork(() -> 42))).isEqualTo(42);
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void aTaskFailureReachesTheCallerUnwrapped() {
        var pool = Executors.newFixedThreadPool(2);
        try {
            for (Parallelism p : List.of(Parallelism.serial(), Parallelism.on(pool, 2))) {
                assertThatThrownBy(() -> p.runAll(List.of(() -> { throw new IllegalStateException("boom"); })))
                        .isInstanceOf(IllegalStateException.class).hasMessage("boom");
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void oneThreadIsSerialAndZeroIsRejected() {
        assertThat(Parallelism.on(Runnable::run, 1)).isSameAs(Parallelism.serial());
        assertThatThrownBy(() -> Parallelism.on(Runnable::run, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
