package dev.archkit.serve;

import dev.archkit.cost.PriceTable;
import dev.archkit.lang.ImportRoot;
import dev.archkit.model.Parallelism;
import dev.archkit.report.ReportBuilder;
import dev.archkit.rules.catalog.Catalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What the live page holds after each build: sections kept, rebuilt or shown stale, and the files read. */
class LiveReportTest {

    @TempDir
    Path dir;

    private LiveReport report(Path... files) {
        return new LiveReport(List.of(files), f -> ImportRoot.around(f.toString()),
                new ReportBuilder(Catalog.engine(Parallelism.serial()), PriceTable.embedded()), Parallelism.serial());
    }

    @Test
    void onlyTheArchitectureWhoseFilesChangedIsBuiltAgain() throws Exception {
        Path a = Served.copy(Served.TUTORIAL, dir);
        Path b = dir.resolve("b.arch");
        Files.writeString(b, Files.readString(a).replace("architecture ecs-tutorial", "architecture other"));
        LiveReport report = report(a, b);
        LiveReport.Build first = report.build();
        assertThat(first.names()).containsExactly("ecs-tutorial", "other");
        assertThat(first.sections()).extracting(s -> s.id()).containsExactly("a1", "a2");

        // a flaw removed: the load balancer's group sends only what the service takes
        Served.edit(b, "from 0.0.0.0/0\n    egress all to 0.0.0.0/0", "from 0.0.0.0/0\n    egress tcp 80 to service-sg");
        LiveReport.Build second = report.build();
        assertThat(second.sections().get(0)).isSameAs(first.sections().get(0));
        assertThat(second.sections().get(1)).isNotSameAs(first.sections().get(1));
        assertThat(second.sections().get(1).findings().rows()).hasSize(first.sections().get(1).findings().rows().size() - 1);
    }

    @Test
    void readsTheImportsAndKeepsTheLastGoodSectionOfABrokenFile() throws Exception {
        Path om = Served.copy(Served.EXAMPLES.resolve("open-market.arch"), dir);
        LiveReport report = report(om);
        LiveReport.Build good = report.build();
        assertThat(good.read()).containsExactlyInAnyOrder(om.toAbsolutePath().normalize(),
                dir.resolve("open-market/network.arch").toAbsolutePath().normalize(),
                dir.resolve("open-market/security.arch").toAbsolutePath().normalize());
        assertThat(good.broken()).isFalse();

        Files.delete(dir.resolve("open-market/network.arch"));
        LiveReport.Build broken = report.build();
        assertThat(broken.broken()).isTrue();
        assertThat(broken.sections()).containsExactlyElementsOf(good.sections());
        assertThat(broken.problems()).singleElement().satisfies(p -> {
            assertThat(p.lastGood()).isTrue();
            assertThat(p.diagnostics().get(0).location().toString()).startsWith(om + ":");
            assertThat(p.diagnostics().get(0).message()).contains("network.arch");
        });
    }

    @Test
    void aFileWithManyErrorsListsTwentyAndCountsTheRest() throws Exception {
        Path bad = dir.resolve("bad.arch");
        StringBuilder text = new StringBuilder("architecture bad {\n  region eu-west-1\n");
        for (int i = 0; i < 30; i++) text.append("  service s").append(i).append(" { replicas many }\n");
        Files.writeString(bad, text.append("}\n"));
        LiveReport.Build b = report(bad).build();
        var problems = b.problems().get(0);
        assertThat(problems.lastGood()).isFalse();
        assertThat(problems.diagnostics()).hasSize(LiveReport.MAX_ERRORS + 1);
        assertThat(problems.diagnostics().get(LiveReport.MAX_ERRORS).message()).matches("and \\d+ more errors: 'archkit check .*bad.arch' lists them all");
        assertThat(b.sections()).isEmpty();
    }
}
