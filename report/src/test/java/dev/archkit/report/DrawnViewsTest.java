package dev.archkit.report;

import dev.archkit.cost.PriceTable;
import dev.archkit.lang.ModelBuilder;
import dev.archkit.model.Parallelism;
import dev.archkit.rules.catalog.Catalog;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A builder that draws the same views again (the live page after an edit) reuses the drawings of
 * unchanged views, and the section it gives is the one a fresh builder gives.
 */
class DrawnViewsTest {

    static ReportPage.Section section(ReportBuilder builder, String name, String text) throws Exception {
        ModelBuilder.Result r = ModelBuilder.build(name, p -> p.equals(name) ? text : Files.readString(java.nio.file.Path.of(p)));
        assertThat(r.hasErrors()).as(r.diagnostics().toString()).isFalse();
        return builder.section(r.architecture(), r.sources(), 1);
    }

    static ReportBuilder builder() {
        return new ReportBuilder(Catalog.engine(Parallelism.serial()), PriceTable.embedded());
    }

    @Test
    void unchangedViewsAreNotDrawnAgainAndTheSectionIsTheSame() throws Exception {
        String text = Files.readString(Fixtures.OPEN_MARKET);
        ReportBuilder live = builder();
        ReportPage.Section first = section(live, Fixtures.OPEN_MARKET.toString(), text);
        int views = first.diagrams().size();
        assertThat(live.drawings()).containsExactly(views, 0);

        section(live, Fixtures.OPEN_MARKET.toString(), text);
        assertThat(live.drawings()).as("the same text: every view reused").containsExactly(views, views);

        // an edit that moves the cost but no drawing: a new task count
        String edited = text.replaceFirst("replicas (\\d+)", "replicas 7");
        assertThat(edited).isNotEqualTo(text);
        ReportPage.Section again = section(live, Fixtures.OPEN_MARKET.toString(), edited);
        ReportPage.Section fresh = section(builder(), Fixtures.OPEN_MARKET.toString(), edited);
        assertThat(again.diagrams()).as("reused drawings equal fresh ones").isEqualTo(fresh.diagrams());
        assertThat(live.drawings()[1]).as("some views reused after the edit").isGreaterThan(views);
        List<String> titles = again.diagrams().stream().map(DiagramPanel::view).toList();
        assertThat(titles).hasSize(views);
    }
}
