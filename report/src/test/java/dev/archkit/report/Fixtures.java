package dev.archkit.report;

import dev.archkit.cost.PriceTable;
import dev.archkit.lang.ModelBuilder;
import dev.archkit.model.Parallelism;
import dev.archkit.rules.catalog.Catalog;

import dev.archkit.lang.RequirementsReader;
import dev.archkit.lang.SourceParser;
import dev.archkit.model.req.Requirements;
import dev.archkit.review.Candidate;
import dev.archkit.review.Candidates;
import dev.archkit.review.Review;
import dev.archkit.review.ReviewResult;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
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

    static final Path SEED_REVIEW = Path.of("../examples/saa-container-question");
    static final Candidates CANDIDATES = new Candidates(PriceTable.embedded());

    /** The requirements block of a file, which must read without errors. */
    static Requirements requirements(Path file) {
        try {
            RequirementsReader.Result r = RequirementsReader.read(SourceParser.parse(file.toString(), Files.readString(file)));
            if (!r.diagnostics().isEmpty()) throw new AssertionError(file + ": " + r.diagnostics());
            return r.requirements().get(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A candidate of a review, named as 'archkit review' names it (its file name without .arch). */
    static Candidate candidate(Path file) {
        ModelBuilder.Result r = ModelBuilder.build(file, Parallelism.available());
        if (r.hasErrors() || r.architecture() == null) throw new AssertionError(file + " does not build: " + r.diagnostics());
        String name = file.getFileName().toString().replace(".arch", "");
        return CANDIDATES.of(name, file.toString(), r.architecture());
    }

    /** The seed question's review, run as 'archkit review examples/saa-container-question' runs it. */
    static ReviewResult seedReview() {
        List<Candidate> cs = new ArrayList<>();
        for (String o : List.of("option-a-swarm", "option-b-ecs-fargate", "option-c-eks-classic", "option-d-beanstalk")) {
            cs.add(candidate(SEED_REVIEW.resolve(o + ".arch")));
        }
        return Review.run(requirements(SEED_REVIEW.resolve("requirements.arch")), cs);
    }

    /** A review page: the review's grid above the sections of {@code files}. */
    static String reviewHtml(ReviewResult review, String requirementsFile, Path... files) {
        ReportPage sections = page(files);
        ReportPage withGrid = new ReportPage(sections.title(), sections.files(), sections.sections(), sections.icons(), Optional.empty(),
                Optional.of(ReviewGrid.of(review, requirementsFile)));
        return HtmlReport.write(withGrid);
    }
}
