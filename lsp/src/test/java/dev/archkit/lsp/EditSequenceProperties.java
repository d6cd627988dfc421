package dev.archkit.lsp;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.eclipse.lsp4j.Diagnostic;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static dev.archkit.lsp.Session.uri;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random edit sequences, sent as fast as an editor would (sometimes waiting for the server between
 * edits, mostly not), to both files of an architecture: the server never fails, and once it is
 * idle every file shows what a fresh server shows for the final texts (no stale diagnostics).
 */
class EditSequenceProperties {

    /** Pieces an edit inserts: the language's punctuation and words, names that exist and ones that do not. */
    static final List<String> PIECES = List.of("{", "}", "\n", " ", "\"", "->", "~>", ",", "#", "service x {\n}\n", "api", "orders-db",
            "db-sg", "timeout 2s", "replicas 3 min 2 max", "cluster main-cluster", "import \"shared.arch\"\n", "architecture",
            "0.0.0.0/0", "10ms", "zone eu-west-1c", "circuit-breaker", "suppress resilience/missing-timeout \"a reason long enough\"", "é", "\t");

    record Edit(boolean shared, double at, int delete, String insert, boolean pause) {
        String apply(String text) {
            int from = (int) (at * text.length());
            int to = Math.min(text.length(), from + delete);
            return text.substring(0, from) + insert + text.substring(to);
        }
    }

    static Path dir;

    @BeforeContainer
    static void folder() throws IOException {
        dir = Files.createTempDirectory("archkit-lsp-props");
    }

    @AfterContainer
    static void clean() throws IOException {
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }

    @Provide
    Arbitrary<List<Edit>> edits() {
        Arbitrary<Edit> edit = Combinators.combine(Arbitraries.of(true, false), Arbitraries.doubles().between(0, 1),
                Arbitraries.integers().between(0, 12), Arbitraries.of(PIECES), Arbitraries.integers().between(0, 9))
                .as((shared, at, delete, insert, w) -> new Edit(shared, at, delete, insert, w == 0));
        return edit.list().ofMinSize(1).ofMaxSize(12);
    }

    @Property(tries = 40)
    void editsEndWithTheDiagnosticsOfAFreshCheck(@ForAll("edits") List<Edit> edits) throws IOException {
        Path ws = Files.createTempDirectory(dir, "ws");
        Path root = ws.resolve("shop.arch"), shared = ws.resolve("shared.arch");
        Files.writeString(root, LanguageServerTest.ROOT);
        Files.writeString(shared, LanguageServerTest.SHARED);
        Session s = new Session(ws);
        String rootText = LanguageServerTest.ROOT, sharedText = LanguageServerTest.SHARED;
        s.open(root, rootText);
        s.open(shared, sharedText);
        for (Edit e : edits) {
            if (e.shared()) {
                sharedText = e.apply(sharedText);
                s.change(shared, sharedText);
            } else {
                rootText = e.apply(rootText);
                s.change(root, rootText);
            }
            if (e.pause()) s.idle();
        }
        s.idle();

        Session fresh = new Session(ws);
        fresh.open(root, rootText);
        fresh.open(shared, sharedText);
        fresh.idle();
        for (Path p : List.of(root, shared)) {
            assertThat(sorted(s.client.of(uri(p)))).as(p.getFileName() + " after " + edits).isEqualTo(sorted(fresh.client.of(uri(p))));
        }
        assertThat(s.client.log).as("the server's log").noneMatch(l -> l.contains("could not"));
        assertThat(s.client.diagnostics.values().stream().flatMap(List::stream))
                .noneMatch(d -> d.getCode() != null && "internal".equals(d.getCode().getLeft()));
        s.server.shutdown().join();
        fresh.server.shutdown().join();
    }

    private static List<String> sorted(List<Diagnostic> ds) {
        List<String> out = new ArrayList<>();
        for (Diagnostic d : ds) out.add(d.getRange() + " " + d.getSeverity() + " " + d.getCode() + " " + d.getMessage());
        out.sort(null);
        return out;
    }
}
