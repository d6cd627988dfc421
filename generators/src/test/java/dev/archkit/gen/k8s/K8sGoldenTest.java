package dev.archkit.gen.k8s;

import dev.archkit.lang.ModelBuilder;
import dev.archkit.model.Architecture;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The manifests of the EKS example in production, pinned: regenerate with -Darchkit.updateGolden=true and read the diff. */
class K8sGoldenTest {
    static final Path EXAMPLE = Path.of("..", "examples", "eks-platform.arch");
    static final Path GOLDEN = Path.of("src", "test", "resources", "golden", "k8s", "eks-platform-prod");
    /** The branches the example does not reach (autoscaling, IRSA, both secret stores, routes, HTTPS...). */
    static final Path EDGE_CASES = Path.of("src", "test", "resources", "k8s", "edge-cases.arch");
    static final Path EDGE_GOLDEN = Path.of("src", "test", "resources", "golden", "k8s", "edge-cases");
    static final boolean UPDATE = Boolean.getBoolean("archkit.updateGolden");

    static Architecture load(Path p) {
        var r = ModelBuilder.build(p);
        assertThat(r.diagnostics()).noneMatch(d -> d.isError());
        return r.architecture();
    }

    static K8sGenerator.Result prod() {
        return K8sGenerator.generate(load(EXAMPLE), List.of("prod"), "examples/eks-platform.arch");
    }

    static K8sGenerator.Result edgeCases() {
        return K8sGenerator.generate(load(EDGE_CASES), null, "edge-cases.arch");
    }

    @Test
    void eksPlatformProdIsPinned() throws IOException {
        pinned(prod(), GOLDEN);
        assertThat(prod().files()).as("stable across runs").isEqualTo(prod().files());
    }

    @Test
    void edgeCasesArePinned() throws IOException {
        K8sGenerator.Result r = edgeCases();
        pinned(r, EDGE_GOLDEN);
        assertThat(r.notes()).containsExactly(
                "api: volume efs (a PersistentVolumeClaim and its storage class are not generated)",
                "worker: scaling on requests per target (needs an external metrics adapter; no HPA metric written)");
    }

    static void pinned(K8sGenerator.Result r, Path golden) throws IOException {
        final Path GOLDEN = golden;
        assertThat(r.errors()).isEmpty();
        if (UPDATE) {
            if (Files.isDirectory(GOLDEN)) {
                try (Stream<Path> s = Files.walk(GOLDEN)) {
                    for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
                }
            }
            for (var f : r.files().entrySet()) {
                Path g = GOLDEN.resolve(f.getKey());
                Files.createDirectories(g.getParent());
                Files.writeString(g, f.getValue());
            }
        }
        for (var f : r.files().entrySet()) {
            assertThat(f.getValue()).as(f.getKey()).startsWith(K8sGenerator.MARKER).isEqualTo(Files.readString(GOLDEN.resolve(f.getKey())));
        }
        try (Stream<Path> s = Files.walk(GOLDEN)) {
            assertThat(s.filter(Files::isRegularFile).map(p -> GOLDEN.relativize(p).toString().replace('\\', '/')))
                    .as("no stale golden files").containsExactlyInAnyOrderElementsOf(r.files().keySet());
        }
    }
}
