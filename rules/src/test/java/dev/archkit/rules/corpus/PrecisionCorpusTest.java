package dev.archkit.rules.corpus;

import dev.archkit.lang.ModelBuilder;
import dev.archkit.model.Parallelism;
import dev.archkit.model.diag.Diagnostic;
import dev.archkit.rules.Finding;
import dev.archkit.rules.Severity;
import dev.archkit.rules.catalog.Catalog;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Precision and recall of the rules on realistic architectures written from public reference
 * designs, independently of the rules' fixtures (src/test/resources/corpus; each file names its
 * source in its header). A file without a sidecar is clean: it must give no warning or error,
 * neither from the input checks nor from the rules. A file with NAME.expect lists each finding
 * that must appear ({@code must RULE SUBJECT "part of the message"}) and findings that must not
 * ({@code must-not RULE SUBJECT}); any other finding at warning or error counts as a false one.
 * Precision = true findings / all findings at warning or error; recall = listed findings found /
 * all listed. Both must be at least 95%; the figures are printed per rule family.
 */
class PrecisionCorpusTest {

    static final Path CORPUS = Path.of("src", "test", "resources", "corpus");
    static final double FLOOR = 0.95;

    /** One line of a sidecar: a finding that must (or must not) appear. */
    record Expectation(boolean must, String rule, String subject, String message, int line) {
        boolean matches(Finding f) {
            return f.ruleId().equals(rule) && subject.equals(f.subject() == null ? "-" : f.subject())
                    && (message == null || f.message().contains(message));
        }
    }

    private static final Pattern LINE = Pattern.compile("(must|must-not)\\s+(\\S+)\\s+(\\S+)(?:\\s+\"([^\"]*)\")?\\s*");

    static List<Expectation> sidecar(Path file) throws IOException {
        List<Expectation> out = new ArrayList<>();
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i).strip();
            if (l.isEmpty() || l.startsWith("#")) continue;
            Matcher m = LINE.matcher(l);
            assertThat(m.matches()).as("%s:%d does not parse: %s", file, i + 1, l).isTrue();
            out.add(new Expectation(m.group(1).equals("must"), m.group(2), m.group(3).replace("->", " -> ").replace("~>", " ~> "), m.group(4), i + 1));
        }
        return out;
    }

    /** Counts per rule family. */
    static final class Tally {
        int truePositives, falsePositives, expected, found;

        String figures() {
            return String.format("precision %s (%d/%d), recall %s (%d/%d)", pct(truePositives, truePositives + falsePositives),
                    truePositives, truePositives + falsePositives, pct(found, expected), found, expected);
        }

        static String pct(int a, int b) {
            return b == 0 ? "n/a" : String.format("%.1f%%", 100.0 * a / b);
        }
    }

    @Test
    void precisionAndRecallAreAtLeast95Percent() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(CORPUS)) {
            files = s.filter(p -> p.toString().endsWith(".arch")).sorted().toList();
        }
        assertThat(files).as("at least 12 architectures in the corpus").hasSizeGreaterThanOrEqualTo(12);
        Map<String, Tally> byFamily = new TreeMap<>();
        Tally all = new Tally();
        List<String> wrong = new ArrayList<>(), missed = new ArrayList<>();
        int clean = 0;
        for (Path file : files) {
            assertThat(Files.readString(file).lines().findFirst().orElse("")).as("%s names its source in its header", file).startsWith("# Source:");
            var built = ModelBuilder.build(file);
            assertThat(built.diagnostics().stream().filter(Diagnostic::isError)).as("%s must be valid input", file).isEmpty();
            Path side = file.resolveSibling(file.getFileName().toString().replace(".arch", ".expect"));
            List<Expectation> exp = Files.exists(side) ? sidecar(side) : List.of();
            if (!Files.exists(side)) {
                clean++;
                assertThat(built.diagnostics()).as("%s is clean: no input warning", file).isEmpty();
            }
            List<Finding> findings = Catalog.engine(Parallelism.serial()).run(built.architecture()).findings().stream()
                    .filter(f -> f.severity() == Severity.WARNING || f.severity() == Severity.ERROR).toList();
            for (Finding f : findings) {
                Tally t = byFamily.computeIfAbsent(family(f.ruleId()), k -> new Tally());
                boolean mustNot = exp.stream().anyMatch(e -> !e.must() && e.matches(f));
                boolean must = exp.stream().anyMatch(e -> e.must() && e.matches(f));
                if (must && !mustNot) {
                    t.truePositives++;
                    all.truePositives++;
                } else {
                    t.falsePositives++;
                    all.falsePositives++;
                    wrong.add(f.location() + " " + f.ruleId() + " [" + f.subject() + "] " + f.message() + (mustNot ? " (listed as must-not)" : " (not listed)"));
                }
            }
            for (Expectation e : exp) {
                if (!e.must()) continue;
                Tally t = byFamily.computeIfAbsent(family(e.rule()), k -> new Tally());
                t.expected++;
                all.expected++;
                if (findings.stream().anyMatch(e::matches)) {
                    t.found++;
                    all.found++;
                } else {
                    missed.add(side + ":" + e.line() + " " + e.rule() + " " + e.subject() + (e.message() == null ? "" : " \"" + e.message() + "\""));
                }
            }
        }
        System.out.println("precision corpus: " + files.size() + " architectures (" + clean + " clean), " + all.figures());
        byFamily.forEach((k, v) -> System.out.println("  " + k + ": " + v.figures()));
        wrong.forEach(w -> System.out.println("  false or unlisted: " + w));
        missed.forEach(m -> System.out.println("  missed: " + m));
        assertThat(all.truePositives + all.falsePositives).as("the corpus has findings to judge").isPositive();
        assertThat((double) all.truePositives / (all.truePositives + all.falsePositives)).as("precision; wrong: %s", wrong).isGreaterThanOrEqualTo(FLOOR);
        assertThat((double) all.found / all.expected).as("recall; missed: %s", missed).isGreaterThanOrEqualTo(FLOOR);
    }

    private static String family(String ruleId) {
        int slash = ruleId.indexOf('/');
        return slash < 0 ? ruleId : ruleId.substring(0, slash);
    }
}
