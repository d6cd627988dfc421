package dev.archkit.rules;

import dev.archkit.lang.ModelBuilder;
import dev.archkit.model.Architecture;
import dev.archkit.model.Parallelism;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The context's per-view memo and the engine's typed inputs. */
class RuleContextTest {

    static final Architecture A = ModelBuilder.buildText("m.arch", "architecture m {\n  region eu-west-1\n}\n").architecture();

    static RuleContext context(RuleContext.Memo memo, Map<RuleContext.Input<?>, Object> inputs) {
        return new RuleContext(ctx -> { }, A, dev.archkit.facts.Facts.of(A), true, new ArrayList<>(), A, null, inputs, memo);
    }

    @Test
    void aValueIsComputedOnceForEveryThreadThatAsks() throws Exception {
        RuleContext.Memo memo = new RuleContext.Memo();
        AtomicInteger computed = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Object>> asks = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                asks.add(pool.submit(() -> {
                    start.await();
                    return context(memo, Map.of()).once("key", () -> {
                        computed.incrementAndGet();
                        return new Object();
                    });
                }));
            }
            start.countDown();
            Object first = asks.get(0).get();
            for (Future<Object> f : asks) assertThat(f.get()).isSameAs(first);
            assertThat(computed).hasValue(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aFailureIsRememberedAndKeysAreApart() {
        RuleContext.Memo memo = new RuleContext.Memo();
        AtomicInteger tries = new AtomicInteger();
        RuleContext ctx = context(memo, Map.of());
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> ctx.once("bad", () -> {
                tries.incrementAndGet();
                throw new IllegalStateException("no prices");
            })).hasMessage("no prices");
        }
        assertThat(tries).as("the failing computation runs once").hasValue(1);
        assertThat(ctx.<String>once("good", () -> "fine")).isEqualTo("fine");
        assertThat(context(new RuleContext.Memo(), Map.of()).<String>once("bad", () -> "another view")).isEqualTo("another view");
    }

    @Test
    void inputsAreTypedAndAbsentUnlessGiven() {
        RuleContext.Input<String> name = new RuleContext.Input<>("name", String.class);
        RuleContext.Input<Integer> other = new RuleContext.Input<>("other", Integer.class);
        RuleContext ctx = context(new RuleContext.Memo(), Map.of(name, "value"));
        assertThat(ctx.input(name)).contains("value");
        assertThat(ctx.input(other)).isEmpty();
    }

    @Test
    void theEngineHandsItsInputsToTheRules() {
        RuleContext.Input<String> name = new RuleContext.Input<>("name", String.class);
        List<String> seen = new ArrayList<>();
        Rule probe = new Probe(seen, name);
        new RuleEngine(List.of(probe), Parallelism.serial()).with(name, "given").run(A);
        new RuleEngine(List.of(probe), Parallelism.serial()).run(A);
        assertThat(seen).containsExactly("given", "none");
    }

    @RuleInfo(id = "test/probe", severity = Severity.INFO, summary = "s", rationale = "r", fix = "f", falsePositives = {})
    record Probe(List<String> seen, RuleContext.Input<String> key) implements Rule {
        @Override
        public void check(RuleContext ctx) {
            seen.add(ctx.input(key).orElse("none"));
        }
    }
}
