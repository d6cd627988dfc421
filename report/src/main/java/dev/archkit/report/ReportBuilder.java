package dev.archkit.report;

import dev.archkit.cost.CostModel;
import dev.archkit.cost.CostReport;
import dev.archkit.cost.PriceTable;
import dev.archkit.gen.diagram.Renderer;
import dev.archkit.model.Architecture;
import dev.archkit.rules.RuleEngine;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the report's sections from what the other modules derive: the rule engine's findings
 * (run once per architecture, and read by the table, the diagram outlines and the environment
 * columns alike), the cost module's estimates and the generators' diagrams.
 */
public final class ReportBuilder {

    private final RuleEngine engine;
    private final PriceTable prices;
    private final IconLibrary icons = new IconLibrary();
    /** Drawings of the last views, reused when a view's text is unchanged (a live page's rebuilds). */
    private final DrawnViews drawn = new DrawnViews(64);

    /** {@code engine} finds what the table lists; {@code prices} prices the architectures. */
    public ReportBuilder(RuleEngine engine, PriceTable prices) {
        this.engine = engine;
        this.prices = prices;
    }

    /**
     * The section of one valid architecture, the {@code index}-th of the page; {@code sources}
     * holds the text of its files (for the source lines of each finding).
     */
    public ReportPage.Section section(Architecture a, Map<String, String> sources, int index) throws Renderer.Failed {
        String id = "a" + index;
        RuleEngine.Result result = engine.run(a);
        List<CostModel.Estimate> estimates;
        CostSection cost;
        try {
            estimates = CostReport.estimates(a, null, prices);
            cost = CostTables.of(estimates, id);
        } catch (CostModel.NoPrices e) {
            estimates = List.of();
            cost = CostTables.unavailable(e.getMessage());
        }
        return new ReportPage.Section(id, a.name(), a.region() == null ? "" : a.region(),
                Diagrams.of(a, id, Marks.of(a, result.findings()), icons, drawn),
                FindingRows.of(a, result, sources, id), cost, EnvironmentColumns.of(a, estimates, result.findings()));
    }

    /** Views drawn and views reused by this builder so far: {@code [drawn, reused]}. */
    long[] drawings() { return new long[]{drawn.drawn(), drawn.reused()}; }

    /** The page of the sections built by this builder, whose diagrams share its icons. */
    public ReportPage page(String title, List<String> files, List<ReportPage.Section> sections) {
        return new ReportPage(title, files, sections, icons.icons(), Optional.empty(), Optional.empty());
    }

    /** The page of the sections built by this builder with a design review's grid above them. */
    public ReportPage page(String title, List<String> files, List<ReportPage.Section> sections, ReviewGrid review) {
        return new ReportPage(title, files, sections, icons.icons(), Optional.empty(), Optional.of(review));
    }

    /**
     * The page served live: the sections built by this builder (some of them the last good
     * section of a file that does not build now) and {@code live}, its version and input errors.
     */
    public ReportPage livePage(String title, List<String> files, List<ReportPage.Section> sections, Live live) {
        return new ReportPage(title, files, sections, icons.icons(), Optional.of(live), Optional.empty());
    }
}
