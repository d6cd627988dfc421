package dev.archkit.lang;

import dev.archkit.model.Architecture;
import dev.archkit.model.Dependency;
import dev.archkit.model.Element;
import dev.archkit.model.diag.Diagnostic;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Properties of the language front end: formatting never changes the model and is
 * idempotent; no text, however broken, makes the parser or builder throw, and every
 * diagnostic points inside the file.
 */
class ParserProperties {

    static final List<String> EXAMPLES = examples();

    static List<String> examples() {
        try (Stream<Path> s = Files.walk(Path.of("..", "examples"))) {
            List<String> out = new ArrayList<>();
            for (Path p : s.filter(x -> x.toString().endsWith(".arch")).sorted().toList()) out.add(Files.readString(p));
            return out;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A canonical text of the model without locations, for equality. */
    static String canonical(Architecture a) {
        StringBuilder sb = new StringBuilder(a.name()).append('\n');
        for (var p : a.properties()) prop(sb, p);
        for (Element e : a.allElements()) {
            sb.append(e.kind()).append(' ').append(e.name()).append(" in ").append(e.parent()).append('\n');
            for (var p : e.properties()) prop(sb, p);
        }
        for (Dependency d : a.dependencies()) {
            sb.append(d.id()).append('\n');
            for (var p : d.properties()) prop(sb, p);
        }
        for (var env : a.environments()) {
            sb.append("env ").append(env.name()).append('\n');
            for (var p : env.properties()) prop(sb, p);
            for (Element e : env.elements()) {
                sb.append(e.kind()).append(' ').append(e.name()).append('\n');
                for (var p : e.properties()) prop(sb, p);
            }
        }
        return sb.toString();
    }

    private static void prop(StringBuilder sb, dev.archkit.model.Property p) {
        sb.append("  ").append(p.key()).append(" = ").append(p.value().getClass().getSimpleName()).append(':').append(p.value().text()).append('\n');
    }

    @Provide
    Arbitrary<String> layouts() {
        // an example, with its whitespace disturbed in ways the formatter must undo
        Arbitrary<Integer> which = Arbitraries.integers().between(0, EXAMPLES.size() - 1);
        Arbitrary<Long> seed = Arbitraries.longs();
        return Combinators.combine(which, seed).as((i, s) -> disturb(EXAMPLES.get(i), s));
    }

    static String disturb(String text, long seed) {
        java.util.Random r = new java.util.Random(seed);
        StringBuilder sb = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            String l = line.strip();
            sb.append(" ".repeat(r.nextInt(6)));
            sb.append(r.nextBoolean() ? l.replace(" ", "   ") : l);
            if (r.nextInt(5) == 0) sb.append('\n');
            sb.append('\n');
        }
        return sb.toString();
    }

    @Property(tries = 60)
    void formattingKeepsTheModelAndIsIdempotent(@ForAll("layouts") String text) {
        var before = ModelBuilder.buildText("f.arch", text);
        String formatted = Formatter.format(text);
        var after = ModelBuilder.buildText("f.arch", formatted);
        if (before.architecture() != null) {
            assertThat(after.architecture()).isNotNull();
            assertThat(canonical(after.architecture())).isEqualTo(canonical(before.architecture()));
        }
        assertThat(after.diagnostics().size()).isEqualTo(before.diagnostics().size());
        assertThat(Formatter.format(formatted)).isEqualTo(formatted);
    }

    @Provide
    Arbitrary<String> mutated() {
        return mutatedExamples();
    }

    /** An example with a few random edits (shared with the lexer's properties). */
    static Arbitrary<String> mutatedExamples() {
        Arbitrary<Integer> which = Arbitraries.integers().between(0, EXAMPLES.size() - 1);
        Arbitrary<Long> seed = Arbitraries.longs();
        return Combinators.combine(which, seed).as((i, s) -> mutate(EXAMPLES.get(i), s));
    }

    static final String[] PIECES = {"{", "}", ",", "->", "~>", "\"", ";", "\n", "service", "architecture", "environment",
            "import", "10.0.0.0/8", "-", "/", "#", "%", "$", "é", "\t", "cpu", "x", "0", "999999999999999999999", "/*"};

    static String mutate(String text, long seed) {
        java.util.Random r = new java.util.Random(seed);
        StringBuilder sb = new StringBuilder(text);
        int n = 1 + r.nextInt(8);
        for (int k = 0; k < n && sb.length() > 0; k++) {
            int at = r.nextInt(sb.length());
            switch (r.nextInt(3)) {
                case 0 -> sb.delete(at, Math.min(sb.length(), at + 1 + r.nextInt(20)));
                case 1 -> sb.insert(at, PIECES[r.nextInt(PIECES.length)]);
                default -> sb.setCharAt(at, (char) (32 + r.nextInt(95)));
            }
        }
        return sb.toString();
    }

    @Property(tries = 300)
    void mutatedExamplesNeverThrowAndDiagnosticsPointInsideTheFile(@ForAll("mutated") String text) {
        assertWellBehaved(text);
    }

    @Property(tries = 300)
    void arbitraryTextNeverThrows(@ForAll("noise") String text) {
        assertWellBehaved(text);
    }

    @Provide
    Arbitrary<String> noise() {
        return Arbitraries.strings().withChars("{}[],;->~\"#/ \n\tabcservice0123456789.:%$*").ofMaxLength(200);
    }

    static void assertWellBehaved(String text) {
        var r = ModelBuilder.buildText("m.arch", text);
        assertThat(r.diagnostics()).noneMatch(d -> d.code().equals("internal"));
        long lines = text.lines().count() + 1;
        if (r.diagnostics().stream().anyMatch(d -> d.code().equals("not-arch"))) {
            // text that is not .arch: one error, at no line, so that no line of it is shown
            assertThat(r.diagnostics()).hasSize(1);
            assertThat(r.diagnostics().get(0).location().isKnown()).isFalse();
            assertThat(r.sources()).isEmpty();
        } else {
            for (Diagnostic d : r.diagnostics()) {
                assertThat(d.location().file()).isEqualTo("m.arch");
                assertThat(d.location().line()).as(d.toString()).isBetween(1, (int) lines + 1);
                assertThat(d.location().column()).as(d.toString()).isGreaterThanOrEqualTo(1);
            }
        }
        String f = Formatter.format(text); // never throws either
        assertThat(f).isNotNull();
    }
}
