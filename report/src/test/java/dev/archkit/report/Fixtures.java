package dev.archkit.report;

import dev.archkit.cost.PriceTable;
import dev.archkit.lang.ModelBuilder;
import dev.archkit.model.Parallelism;
import dev.archkit.rules.catalog.Catalog;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Report pages of the examples and the test architectures, built as 'archkit report' builds them. */
final class Fixtures {
    private Fixtures() { }

    static final Path OPEN_MARKET = Path.of("../examples/open-market.arch");
    static final Path HOSTILE = Path.of("src/test/resources/hostile.arch");

    static ReportPage page(Path... files) {
        ReportBuilder builder = new ReportBuilder(Catalog.engine(Parallelism.available()), PriceTable.embedded());
        List<ReportPage.Section> sections = new ArrayList<>();
        for (Path f : files) {
            ModelBuilder.Result r = ModelBuilder.build(f, Parallelism.available());
            if (r.hasErrors() || r.architecture() == null) throw new AssertionError(f + " does not build: " + r.diagnostics());
            try {
                sections.add(builder.section(r.architecture(), r.sources(), sections.size() + 1));
            } catch (dev.archkit.gen.diagram.Renderer.Failed e) {
                throw new AssertionError(e);
            }
        }
        return builder.page("archkit report", List.of(files).stream().map(Path::toString).toList(), sections);
    }

    static String html(Path... files) {
        return HtmlReport.write(page(files));
    }
}
