package dev.archkit.rules.catalog;

import dev.archkit.lang.ModelBuilder;
import dev.archkit.model.Parallelism;
import dev.archkit.rules.Finding;
import dev.archkit.rules.Rule;
import dev.archkit.rules.RuleEngine;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each rule's own test, on its own fixtures (like ESLint's RuleTester): in
 * fixtures/FAMILY/NAME.bad.arch every line that ends with '# expect' must have a finding of
 * the rule and no other line may; NAME.good.arch must have none. A fixture may come with the
 * version before a change, NAME.bad.before.arch, for rules that compare two versions.
 */
class RuleFixturesTest {

    static final Path FIXTURES = Path.of("src", "test", "resources", "fixtures");

    /** Checks a fixture; NAME.bad.before.arch beside NAME.bad.arch is the version before a change (cost/increase). */
    static RuleEngine.Result check(Path file) {
        var r = ModelBuilder.build(file);
        assertThat(r.diagnostics()).as("the fixture %s must be valid input", file).isEmpty();
        Path before = file.resolveSibling(file.getFileName().toString().replace(".arch", ".before.arch"));
        if (!Files.exists(before)) return Catalog.engine(Parallelism.serial()).run(r.architecture());
        var b = ModelBuilder.build(before);
        assertThat(b.diagnostics()).as("the fixture %s must be valid input", before).isEmpty();
        return Catalog.engine(Parallelism.serial()).run(r.architecture(), b.architecture());
    }

    static Set<Integer> expectedLines(Path file) throws Exception {
        Set<Integer> lines = new TreeSet<>();
        List<String> text = Files.readAllLines(file);
        for (int i = 0; i < text.size(); i++) if (text.get(i).stripTrailing().endsWith("# expect")) lines.add(i + 1);
        return lines;
    }

    @TestFactory
    Stream<DynamicTest> everyRuleOnItsFixtures() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Rule rule : Catalog.RULES) {
            String id = rule.meta().id();
            Path bad = FIXTURES.resolve(id + ".bad.arch"), good = FIXTURES.resolve(id + ".good.arch");
            tests.add(DynamicTest.dynamicTest(id + " finds what it must", () -> {
                Set<Integer> expected = expectedLines(bad);
                assertThat(expected).as("%s marks at least one '# expect' line", bad).isNotEmpty();
                Set<Integer> found = new TreeSet<>();
                for (Finding f : check(bad).findings()) {
                    if (!f.ruleId().equals(id)) continue;
                    assertThat(f.location().file()).isEqualTo(bad.toString());
                    assertThat(f.severity()).isEqualTo(rule.meta().severity());
                    assertThat(f.fix()).isEqualTo(rule.meta().fix());
                    found.add(f.location().line());
                }
                assertThat(found).as("lines of %s findings in %s", id, bad).isEqualTo(expected);
            }));
            tests.add(DynamicTest.dynamicTest(id + " stays quiet where it must", () -> {
                assertThat(check(good).findings()).as("findings of %s in %s", id, good)
                        .filteredOn(f -> f.ruleId().equals(id)).isEmpty();
            }));
        }
        return tests.stream();
    }
}
