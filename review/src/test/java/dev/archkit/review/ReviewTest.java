package dev.archkit.review;

import dev.archkit.cost.PriceTable;
import dev.archkit.lang.ModelBuilder;
import dev.archkit.lang.RequirementsReader;
import dev.archkit.lang.SourceParser;
import dev.archkit.model.req.Requirements;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ReviewTest {

    static final Candidates CANDIDATES = new Candidates(PriceTable.embedded());

    static Requirements requirements(String text) {
        RequirementsReader.Result r = RequirementsReader.read(SourceParser.parse("r.arch", text));
        assertThat(r.diagnostics()).isEmpty();
        return r.requirements().get(0);
    }

    static Candidate candidate(String name, String body) {
        String text = "architecture " + name + " {\n  region eu-west-1\n"
                + "  network n 10.0.0.0/16 {\n    subnet a zone eu-west-1a private 10.0.1.0/24\n    subnet b zone eu-west-1b private 10.0.2.0/24\n  }\n"
                + body + "}\n";
        ModelBuilder.Result r = ModelBuilder.buildText(name + ".arch", text);
        assertThat(r.hasErrors()).as(r.diagnostics().toString()).isFalse();
        return CANDIDATES.of(name, name + ".arch", r.architecture());
    }

    static Verdict verdict(ReviewResult r, String candidate, String requirement) {
        Assessment a = r.ranked().stream().filter(x -> x.name().equals(candidate)).findFirst().orElseThrow();
        return a.judgements().stream().filter(j -> j.requirement().id().equals(requirement)).findFirst().orElseThrow().verdict();
    }

    @Test
    void aMissingFactIsUnknownNeverPassAndRanksBelowAKnownPass() {
        Requirements req = requirements("requirements r {\n  must z: survives-zone-loss\n}\n");
        Candidate placed = candidate("placed", "  service api {\n    image \"a/api:1\"\n    replicas 2\n    subnets a, b\n  }\n");
        Candidate unplaced = candidate("unplaced", "  service api {\n    image \"a/api:1\"\n    replicas 2\n  }\n");
        ReviewResult r = Review.run(req, List.of(unplaced, placed));
        assertThat(verdict(r, "unplaced", "z")).isEqualTo(Verdict.UNKNOWN);
        assertThat(verdict(r, "placed", "z")).isEqualTo(Verdict.PASS);
        assertThat(r.ranked()).extracting(Assessment::name).containsExactly("placed", "unplaced");
        assertThat(r.winner()).map(Assessment::name).hasValue("placed");
        assertThat(r.unjudgeable()).isEmpty();
    }

    @Test
    void failedMustsOutrankFailedShouldsAndCost() {
        Requirements req = requirements("requirements r {\n  must z: survives-zone-loss\n  should t: tracing\n}\n");
        Candidate one = candidate("one-task", "  service api {\n    image \"a/api:1\"\n    tracing xray\n    subnets a, b\n  }\n");
        Candidate two = candidate("two-tasks", "  service api {\n    image \"a/api:1\"\n    replicas 2\n    subnets a, b\n  }\n");
        ReviewResult r = Review.run(req, List.of(one, two));
        assertThat(r.ranked()).extracting(Assessment::name).containsExactly("two-tasks", "one-task");
        assertThat(r.ranked().get(0).tally().failedShoulds()).isEqualTo(1);
        assertThat(r.ranked().get(1).eliminated()).isTrue();
        assertThat(r.ranked().get(1).with(Verdict.FAIL, dev.archkit.model.req.Priority.MUST).get(0).outcome().evidence().get(0).at().line())
                .as("the evidence points into the candidate").isPositive();
    }

    @Test
    void equalCandidatesTieAndNoOneWins() {
        Requirements req = requirements("requirements r {\n  must t: tracing\n}\n");
        String body = "  service api {\n    image \"a/api:1\"\n    tracing xray\n  }\n";
        ReviewResult r = Review.run(req, List.of(candidate("x", body), candidate("y", body)));
        assertThat(r.ranked()).extracting(Assessment::rank).containsExactly(1, 1);
        assertThat(r.winner()).isEmpty();
        assertThat(r.conclusion()).isEqualTo("no unique winner: x, y tie");
    }

    @Test
    void nothingToJudgeIsNotApplicable() {
        Requirements req = requirements("requirements r {\n  must d: rpo-zero\n}\n");
        ReviewResult r = Review.run(req, List.of(candidate("x", "  service api {\n    image \"a/api:1\"\n  }\n")));
        assertThat(verdict(r, "x", "d")).isEqualTo(Verdict.NOT_APPLICABLE);
    }

    @Test
    void everyFoldsFailBeforeUnknownBeforePass() {
        Outcome pass = Outcome.pass("p"), unknown = Outcome.unknown("u"), fail = Outcome.fail("f");
        assertThat(Outcome.every("xs", List.of(pass, unknown, fail)).verdict()).isEqualTo(Verdict.FAIL);
        assertThat(Outcome.every("xs", List.of(pass, unknown)).verdict()).isEqualTo(Verdict.UNKNOWN);
        assertThat(Outcome.every("xs", List.of(pass, pass)).verdict()).isEqualTo(Verdict.PASS);
        assertThat(Outcome.every("xs", List.of()).verdict()).isEqualTo(Verdict.NOT_APPLICABLE);
    }

    @Test
    void aPartialCostUnderTheLimitIsUnknownAndOverItFails() {
        Requirements low = requirements("requirements r {\n  must c: monthly-cost-below 5000 USD\n}\n");
        // a real DB class the price table lacks: the estimate leaves it out
        Candidate partial = candidate("partial", "  service api {\n    image \"a/api:1\"\n  }\n  database d {\n    engine postgres\n    class db.x2iedn.xlarge\n  }\n");
        assertThat(partial.unpriced()).containsExactly("d");
        assertThat(verdict(Review.run(low, List.of(partial)), "partial", "c")).isEqualTo(Verdict.UNKNOWN);
        Requirements tiny = requirements("requirements r {\n  must c: monthly-cost-below 1 USD\n}\n");
        assertThat(verdict(Review.run(tiny, List.of(partial)), "partial", "c")).isEqualTo(Verdict.FAIL);
        Candidate priced = candidate("priced", "  service api {\n    image \"a/api:1\"\n  }\n");
        assertThat(verdict(Review.run(low, List.of(priced)), "priced", "c")).isEqualTo(Verdict.PASS);
    }

    @Test
    void theDecisionRecordNamesEveryCandidateTiedBehindTheWinner() {
        Requirements req = requirements("requirements r {\n  must t: tracing\n  must z: survives-zone-loss\n}\n");
        String traced = "  service api {\n    image \"a/api:1\"\n    replicas 2\n    subnets a, b\n    tracing xray\n  }\n";
        String untraced = "  service api {\n    image \"a/api:1\"\n    replicas 2\n    subnets a, b\n  }\n";
        ReviewResult tie = Review.run(req, List.of(candidate("x", untraced), candidate("w", traced), candidate("y", untraced),
                candidate("z", untraced)));
        assertThat(tie.ranked()).extracting(Assessment::rank).containsExactly(1, 2, 2, 2);
        String standing = Texts.standing(tie.ranked().get(1));
        assertThat(MarkdownReport.of(tie)).contains("Chosen option: \"w\", because it meets every must (2 passed) and ranks ahead of "
                + "\"x\", \"y\" and \"z\", tied at rank 2 (each " + standing + ").");
        ReviewResult two = Review.run(req, List.of(candidate("x", untraced), candidate("w", traced), candidate("y", untraced)));
        assertThat(MarkdownReport.of(two)).contains("ranks ahead of \"x\" and \"y\", tied at rank 2 (each 1 failed must(s)");
        // one runner-up: named alone, with its standing
        ReviewResult one = Review.run(req, List.of(candidate("x", untraced), candidate("w", traced)));
        assertThat(MarkdownReport.of(one)).contains("ranks ahead of \"x\" (" + Texts.standing(one.ranked().get(1)) + ").");
    }
}
