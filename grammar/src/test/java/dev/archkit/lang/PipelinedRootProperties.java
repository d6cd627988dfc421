package dev.archkit.lang;

import dev.archkit.lang.ast.Stmt;
import dev.archkit.model.Parallelism;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A large root file read on a worker while the calling thread builds ({@link PipelinedRoot}) gives
 * what the serial {@link StreamedRoot} gives: the same statements handed over in the same order
 * with the same locations, the same file back (or none), and the same model and diagnostics; on
 * generated models above the size it starts at, with awkward text put anywhere (strings with
 * escaped newlines, comments, environments, nested blocks) and with random edits that break them.
 */
class PipelinedRootProperties {

    private static final ExecutorService POOL = Executors.newFixedThreadPool(2);
    private static final Parallelism TWO = Parallelism.on(POOL, 2);

    @AfterContainer
    static void stop() {
        POOL.shutdownNow();
    }

    private static final String[] AWKWARD = {
        "  image \"a\\\nb\" # a string over two lines\n",
        "  /* a block comment\n  service hidden { cpu 1 }\n  */\n",
        "  // service commented-out\n",
        "  environment staging {\n    service s1 { replicas 2 }\n  }\n",
        "  network extra 10.9.0.0/16 {\n    subnet x zone eu-west-1a private 10.9.1.0/24 {\n      tags { a b }\n    }\n  }\n",
        "  s0 -> s1,\n    s2 { timeout 1s }\n",
        "  service q { port 1; cpu 256 }; service r { }\n",
    };

    /** Generated services up to past the size the pipeline starts at, with awkward pieces at random lines. */
    static String large(long seed, int awkward) {
        String base = SerialParallelProperties.architecture(6000, seed);
        List<String> lines = new ArrayList<>(List.of(base.split("\n", -1)));
        Random r = new Random(seed);
        for (int k = 0; k < awkward; k++) {
            int at = 1 + r.nextInt(lines.size() - 3);
            if (!lines.get(at).startsWith("  ") || lines.get(at).startsWith("    ")) continue;   // between statements of the block
            lines.add(at, AWKWARD[r.nextInt(AWKWARD.length)].stripTrailing());
        }
        String text = String.join("\n", lines);
        assertThat(text.length()).isGreaterThanOrEqualTo(PipelinedRoot.MIN_CHARS);
        return text;
    }

    private record Outcome(SourceParser.Parsed parsed, List<Stmt> handed) { }

    private static Outcome serial(String text) {
        List<Stmt> handed = new ArrayList<>();
        return new Outcome(StreamedRoot.parse("m.arch", text, handed::add), handed);
    }

    private static Outcome pipelined(String text) {
        List<Stmt> handed = new ArrayList<>();
        return new Outcome(PipelinedRoot.parse("m.arch", text, handed::add, TWO), handed);
    }

    private static void assertSameParse(String text) {
        Outcome one = serial(text), two = pipelined(text);
        assertThat(two.handed()).isEqualTo(one.handed());
        assertThat(two.parsed()).isEqualTo(one.parsed());
    }

    private static ModelBuilder.Result build(String text, Parallelism parallelism) {
        return ModelBuilder.build("m.arch", p -> {
            if (p.equals("m.arch")) return text;
            throw new java.nio.file.NoSuchFileException(p);
        }, Map.of(), parallelism);
    }

    @Property(tries = 6)
    void largeModelsWithAwkwardTextParseTheSame(@ForAll("seeds") long seed) {
        String text = large(seed, 40);
        Outcome one = serial(text);
        assertThat(one.parsed()).isNotNull();
        assertThat(one.handed()).hasSizeGreaterThan(6000);
        assertSameParse(text);
        SerialParallelProperties.assertSame(build(text, Parallelism.serial()), build(text, TWO));
    }

    @Property(tries = 6)
    void brokenLargeModelsParseAndBuildTheSame(@ForAll("seeds") long seed) {
        String text = ParserProperties.mutate(large(seed, 10), seed);
        assertSameParse(text);
        SerialParallelProperties.assertSame(build(text, Parallelism.serial()), build(text, TWO));
    }

    @Provide
    Arbitrary<Long> seeds() {
        return Arbitraries.longs();
    }

    @Example
    void aSyntaxErrorNearTheEndGivesTheSameDiagnostics() {
        String text = large(7, 20);
        int at = text.lastIndexOf("  service ");
        String broken = text.substring(0, at) + "  service { {\n" + text.substring(at);
        assertThat(serial(broken).parsed()).isNull();
        assertSameParse(broken);
        ModelBuilder.Result one = build(broken, Parallelism.serial());
        long line = broken.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
        assertThat(one.diagnostics()).anyMatch(d -> d.isError() && d.location().line() >= line);
        SerialParallelProperties.assertSame(one, build(broken, TWO));
    }

    @Example
    void onlyLargeFilesWithASecondWorkerAreReadOnAWorker() {
        AtomicInteger forks = new AtomicInteger();
        Parallelism counted = Parallelism.on(task -> {
            forks.incrementAndGet();
            POOL.execute(task);
        }, 2);
        String small = SerialParallelProperties.architecture(20, 1);
        StreamedRoot.parse("m.arch", small, s -> { }, counted);
        assertThat(forks).hasValue(0);
        StreamedRoot.parse("m.arch", large(1, 0), s -> { }, Parallelism.serial());
        assertThat(forks).hasValue(0);
        StreamedRoot.parse("m.arch", large(1, 0), s -> { }, counted);
        assertThat(forks).hasValue(1);
    }

    @Example
    void aBuilderThatFailsStopsTheWorker() throws Exception {
        String text = large(3, 0);
        AtomicInteger seen = new AtomicInteger();
        ExecutorService one = Executors.newSingleThreadExecutor();
        try {
            assertThatThrownBy(() -> PipelinedRoot.parse("m.arch", text, s -> {
                if (seen.incrementAndGet() == 1000) throw new IllegalStateException("builder failed");
            }, Parallelism.on(one, 2))).isInstanceOf(IllegalStateException.class).hasMessage("builder failed");
            // the worker gave up instead of waiting for a taker forever: its one thread is free again
            assertThat(one.submit(() -> 1).get(10, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo(1);
        } finally {
            one.shutdownNow();
        }
    }
}
