package dev.archkit.lang;

import dev.archkit.model.Architecture;
import dev.archkit.model.Parallelism;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;

import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A build split into parts on several workers gives exactly the model and the diagnostics of a
 * serial build: on examples with random edits and on generated architectures (split into parts
 * of one item, so that even small models run in parallel), and on a large model split as the CLI
 * splits it.
 */
class SerialParallelProperties {

    private static final ExecutorService POOL = Executors.newFixedThreadPool(4);

    @AfterContainer
    static void stop() {
        POOL.shutdownNow();
    }

    /** The text as the file m.arch, and no other file (imports are unreadable). */
    private static ModelBuilder.SourceLoader only(String text) {
        return p -> {
            if (p.equals("m.arch")) return text;
            throw new java.nio.file.NoSuchFileException(p);
        };
    }

    private static ModelBuilder.Result serial(String text) {
        return ModelBuilder.build("m.arch", only(text), Map.of(), Parallelism.serial(), 0);
    }

    private static ModelBuilder.Result parallel(String text, int part) {
        return ModelBuilder.build("m.arch", only(text), Map.of(), Parallelism.on(POOL, 4), part);
    }

    static void assertSame(ModelBuilder.Result one, ModelBuilder.Result two) {
        assertThat(two.diagnostics()).isEqualTo(one.diagnostics());
        Architecture a = one.architecture(), b = two.architecture();
        if (a == null) {
            assertThat(b).isNull();
            return;
        }
        assertThat(b.properties()).isEqualTo(a.properties());
        assertThat(b.elements()).isEqualTo(a.elements());
        assertThat(b.allElements()).isEqualTo(a.allElements());
        assertThat(b.dependencies()).isEqualTo(a.dependencies());
        assertThat(b.environments()).isEqualTo(a.environments());
    }

    @Property(tries = 200)
    void mutatedExamplesBuildTheSameInParallel(@ForAll("mutated") String text) {
        assertSame(serial(text), parallel(text, 1));
    }

    @Property(tries = 100)
    void generatedArchitecturesBuildTheSameInParallel(@ForAll("architectures") String text) {
        ModelBuilder.Result one = serial(text);
        assertSame(one, parallel(text, 1));
        assertSame(one, parallel(text, 3));
    }

    @Provide
    Arbitrary<String> mutated() {
        return ParserProperties.mutatedExamples();
    }

    /**
     * Services in subnets and security groups, some of them unknown or of the wrong kind, some
     * with Fargate sizes AWS does not offer, calling one another, and an environment.
     */
    @Provide
    Arbitrary<String> architectures() {
        Arbitrary<Integer> services = Arbitraries.integers().between(1, 60);
        Arbitrary<Long> seed = Arbitraries.longs();
        return Combinators.combine(services, seed).as(SerialParallelProperties::architecture);
    }

    static String architecture(int services, long seed) {
        java.util.Random r = new java.util.Random(seed);
        StringBuilder sb = new StringBuilder("architecture gen {\n  region eu-west-1\n  zones eu-west-1a, eu-west-1b\n")
                .append("  network main 10.0.0.0/16 {\n    subnet app-a zone eu-west-1a private 10.0.1.0/24\n")
                .append("    subnet app-b zone eu-west-1b private 10.0.2.0/24\n  }\n")
                .append("  securitygroup sg { ingress tcp 8080 from self }\n");
        String[] subnets = {"app-a", "app-b", "app-z", "main"};
        String[] memories = {"512", "1024", "3000"};
        for (int i = 0; i < services; i++) {
            sb.append("  service s").append(i).append(" {\n    runtime fargate\n    cpu 256\n    memory ")
              .append(memories[r.nextInt(memories.length)]).append("\n    port 8080\n    subnets ")
              .append(subnets[r.nextInt(subnets.length)]).append("\n    securitygroups ").append(r.nextInt(5) == 0 ? "main" : "sg")
              .append("\n    replicas ").append(r.nextInt(4)).append(" min 1 max 3\n  }\n");
            int calls = r.nextInt(3);
            for (int c = 0; c < calls; c++) {
                sb.append("  s").append(i).append(" -> s").append(r.nextInt(services + 2)).append(" { timeout ").append(r.nextInt(3)).append("s }\n");
            }
            if (r.nextInt(10) == 0) sb.append("  service s").append(r.nextInt(i + 1)).append(" { runtime fargate }\n");
        }
        if (r.nextBoolean()) sb.append("  environment prod {\n    service s0 { replicas 4 }\n    service extra { subnets app-q }\n  }\n");
        return sb.append("}\n").toString();
    }

    /** A model above the sizes from which the stages split their work, split as the CLI splits it. */
    @Example
    void aLargeModelBuildsTheSameInParallel() {
        String text = architecture(6000, 42);
        ModelBuilder.Result one = serial(text);
        assertThat(one.architecture().allElements().size()).isGreaterThan(2 * Semantics.PART);
        assertThat(one.diagnostics()).extracting(d -> d.code()).contains("unresolved-reference", "wrong-kind", "fargate-size", "duplicate");
        assertSame(one, ModelBuilder.build("m.arch", only(text), Map.of(), Parallelism.on(POOL, 2)));
    }
}
