package dev.archkit.rules.catalog;

import dev.archkit.rules.Rule;
import dev.archkit.rules.RuleDoc;
import dev.archkit.rules.RuleMeta;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every rule is complete: a well-formed unique id, metadata, fixtures, and an up-to-date doc page.
 * The pages under docs/rules are generated from the metadata; this test fails when one differs
 * (regenerate with {@code -Darchkit.updateDocs=true}), so they cannot go stale.
 */
class CatalogTest {

    static final Path DOCS = Path.of("..", "docs", "rules");

    @Test
    void idsAreWellFormedUniqueAndSorted() {
        Set<String> ids = new HashSet<>();
        List<String> order = new ArrayList<>();
        for (Rule r : Catalog.RULES) {
            String id = r.meta().id();
            assertThat(id).matches(RuleMeta.ID);
            assertThat(ids.add(id)).as("duplicate id %s", id).isTrue();
            assertThat(Set.of("availability", "hygiene", "least-privilege", "resilience", "cost")).contains(r.meta().family());
            order.add(id);
        }
        assertThat(order).isSorted();
    }

    @Test
    void metadataIsComplete() {
        for (Rule r : Catalog.RULES) {
            RuleMeta m = r.meta();
            assertThat(m.summary()).as(m.id()).isNotBlank().doesNotEndWith(".");
            assertThat(m.rationale()).as(m.id()).hasSizeGreaterThan(40);
            assertThat(m.fix()).as(m.id()).isNotBlank();
            assertThat(m.severity()).as(m.id()).isNotNull();
            assertThat(m.falsePositives()).as("%s: every rule documents when it may be wrong", m.id()).isNotEmpty().allSatisfy(f -> assertThat(f).endsWith(".").hasSizeGreaterThan(40));
        }
    }

    @Test
    void everyRuleHasFixtures() {
        for (Rule r : Catalog.RULES) {
            String id = r.meta().id();
            assertThat(RuleFixturesTest.FIXTURES.resolve(id + ".bad.arch")).as(id).exists();
            assertThat(RuleFixturesTest.FIXTURES.resolve(id + ".good.arch")).as(id).exists();
        }
    }

    @Test
    void docPagesMatchTheMetadata() throws Exception {
        boolean update = Boolean.getBoolean("archkit.updateDocs");
        for (Rule r : Catalog.RULES) {
            Path page = DOCS.resolve(r.meta().id() + ".md");
            String expected = RuleDoc.markdown(r.meta());
            if (update) {
                Files.createDirectories(page.getParent());
                Files.writeString(page, expected);
            }
            assertThat(page).as("docs/rules/%s.md (regenerate with -Darchkit.updateDocs=true)", r.meta().id()).exists();
            assertThat(Files.readString(page)).isEqualTo(expected);
        }
        // no page is left over from a rule that was renamed or removed
        Set<Path> pages = new HashSet<>();
        for (Rule r : Catalog.RULES) pages.add(DOCS.resolve(r.meta().id() + ".md"));
        pages.add(DOCS.resolve("README.md"));
        try (var files = Files.walk(DOCS)) {
            assertThat(files.filter(f -> f.toString().endsWith(".md"))).as("pages in docs/rules without a rule").allMatch(pages::contains);
        }
        Path index = DOCS.resolve("README.md");
        if (update) Files.writeString(index, RuleDoc.index(Catalog.metas()));
        assertThat(Files.readString(index)).isEqualTo(RuleDoc.index(Catalog.metas()));
    }
}
