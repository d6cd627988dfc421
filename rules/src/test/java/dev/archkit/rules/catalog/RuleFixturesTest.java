package dev.archkit.rules.catalog;

import dev.archkit.lang.ModelBuilder;
import dev.archkit.model.Parallelism;
import dev.archkit.rules.Finding;
import dev.archkit.rules.Rule;
import dev.archkit.rules.RuleEngine;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each rule's own test, on its own fixtures (like ESLint's RuleTester). In
 * fixtures/FAMILY/NAME.bad.arch each finding of the rule is announced at the end of its line:
 * <pre>
 *   subnets app-a   # expect: subject=api message="runs only in eu-west-1a"
 * </pre>
 * {@code subject} is the element or dependency the finding is about (what a {@code suppress} on
 * it would excuse; a dependency is written {@code a->b} or {@code a~>b}, without spaces), or
 * {@code -} for a finding about the architecture or a file as a whole; {@code message} is a
 * part of the message. Two findings on one line are two {@code expect:} clauses on it. The
 * findings of the rule and the expectations must pair up one to one, so a finding on the right
 * line about the wrong element, or with another message, fails. NAME.good.arch must have none.
 * A fixture may come with the version before a change, NAME.bad.before.arch, for rules that
 * compare two versions.
 */
class RuleFixturesTest {

    static final Path FIXTURES = Path.of("src", "test", "resources", "fixtures");

    /** One announced finding: its line, its subject (null: the architecture or file) and a part of its message. */
    record Expected(int line, String subject, String message) {
        boolean matches(Finding f) {
            return f.location().line() == line && java.util.Objects.equals(f.subject(), subject) && f.message().contains(message);
        }

        @Override
        public String toString() {
            return "line " + line + " subject=" + (subject == null ? "-" : subject) + " message=\"" + message + "\"";
        }
    }

    private static final Pattern CLAUSE = Pattern.compile("expect:\\s*subject=(\\S+)\\s+message=\"([^\"]+)\"");
    private static final Pattern MARK = Pattern.compile("#\\s*expect\\b");

    /** Checks a fixture; NAME.bad.before.arch beside NAME.bad.arch is the version before a change (cost/increase). */
    static RuleEngine.Result check(Path file) {
        var r = ModelBuilder.build(file);
        assertThat(r.diagnostics()).as("the fixture %s must be valid input", file).isEmpty();
        Path before = file.resolveSibling(file.getFileName().toString().replace(".arch", ".before.arch"));
        RuleEngine engine = Catalog.engine(Parallelism.serial());
        if (!Files.exists(before)) return engine.run(r.architecture());
        var b = ModelBuilder.build(before);
        assertThat(b.diagnostics()).as("the fixture %s must be valid input", before).isEmpty();
        return engine.run(r.architecture(), b.architecture());
    }

    /** The findings a fixture announces; a '# expect' mark that does not parse fails rather than being skipped. */
    static List<Expected> expected(List<String> text) {
        List<Expected> out = new ArrayList<>();
        for (int i = 0; i < text.size(); i++) {
            String line = text.get(i);
            Matcher mark = MARK.matcher(line);
            if (!mark.find()) continue;
            String comment = line.substring(mark.start() + 1);
            Matcher c = CLAUSE.matcher(comment);
            int clauses = 0;
            while (c.find()) {
                clauses++;
                out.add(new Expected(i + 1, c.group(1).equals("-") ? null : c.group(1).replace("->", " -> ").replace("~>", " ~> "), c.group(2)));
            }
            int written = comment.split("expect:", -1).length - 1;
            assertThat(clauses).as("line %d: every 'expect:' names a subject and a message: %s", i + 1, line.strip())
                    .isPositive().isEqualTo(written);
        }
        return out;
    }

    @TestFactory
    Stream<DynamicTest> everyRuleOnItsFixtures() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Rule rule : Catalog.RULES) {
            String id = rule.meta().id();
            Path bad = FIXTURES.resolve(id + ".bad.arch"), good = FIXTURES.resolve(id + ".good.arch");
            tests.add(DynamicTest.dynamicTest(id + " finds what it must", () -> {
                List<Expected> expected = expected(Files.readAllLines(bad));
                assertThat(expected).as("%s announces at least one finding ('# expect: ...')", bad).isNotEmpty();
                List<Finding> found = new ArrayList<>();
                for (Finding f : check(bad).findings()) {
                    if (!f.ruleId().equals(id)) continue;
                    assertThat(f.location().file()).isEqualTo(bad.toString());
                    assertThat(f.severity()).isEqualTo(rule.meta().severity());
                    // a finding may word the rule's fix for its architecture (an example in its own region), after the same advice
                    assertThat(f.fix()).startsWith(rule.meta().fix().split(" e\\.g\\. ")[0]);
                    found.add(f);
                }
                List<Finding> unmatched = new ArrayList<>(found);
                List<Expected> missing = new ArrayList<>();
                for (Expected e : expected) {
                    Finding hit = unmatched.stream().filter(e::matches).findFirst().orElse(null);
                    if (hit == null) missing.add(e);
                    else unmatched.remove(hit);
                }
                assertThat(missing).as("announced in %s but not found; %s found:%n%s", bad, id, describe(found)).isEmpty();
                assertThat(unmatched).as("found in %s but not announced", bad).isEmpty();
            }));
            tests.add(DynamicTest.dynamicTest(id + " stays quiet where it must", () -> {
                assertThat(check(good).findings()).as("findings of %s in %s", id, good)
                        .filteredOn(f -> f.ruleId().equals(id)).isEmpty();
            }));
        }
        return tests.stream();
    }

    private static String describe(List<Finding> found) {
        StringBuilder sb = new StringBuilder();
        for (Finding f : found) {
            sb.append("  line ").append(f.location().line()).append(" subject=").append(f.subject() == null ? "-" : f.subject().replace(" ", ""))
              .append(" message: ").append(f.message()).append('\n');
        }
        return sb.toString();
    }

    /** The annotation syntax itself: what it reads, and that a mistyped mark fails instead of being ignored. */
    @Test
    void expectationsAreReadFromTheirComments() {
        List<Expected> e = expected(List.of(
                "service api {",
                "  subnets app-a # expect: subject=api message=\"runs only in\"",
                "  a -> b # expect: subject=a->b message=\"no timeout\" expect: subject=- message=\"budget\"",
                "}"));
        assertThat(e).containsExactly(
                new Expected(2, "api", "runs only in"),
                new Expected(3, "a -> b", "no timeout"),
                new Expected(3, null, "budget"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> expected(List.of("  port 80 # expect")))
                .isInstanceOf(AssertionError.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> expected(List.of("  port 80 # expect: subject=api")))
                .isInstanceOf(AssertionError.class);
    }
}
