package dev.archkit.report;

import dev.archkit.lang.ModelBuilder;
import dev.archkit.model.Location;
import dev.archkit.model.Parallelism;
import dev.archkit.model.req.Argument;
import dev.archkit.model.req.Predicate;
import dev.archkit.model.req.Priority;
import dev.archkit.model.req.Requirement;
import dev.archkit.model.req.Requirements;
import dev.archkit.review.Assessment;
import dev.archkit.review.Candidate;
import dev.archkit.review.Judgement;
import dev.archkit.review.Review;
import dev.archkit.review.ReviewResult;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The requirements grid of a review on the report page, read back with jsoup. */
class ReviewGridTest {

    static ReviewResult seed;
    static Document page;

    @BeforeAll
    static void render() {
        seed = Fixtures.seedReview();
        page = Jsoup.parse(Fixtures.reviewHtml(seed, "examples/saa-container-question/requirements.arch", Fixtures.OPEN_MARKET));
    }

    @Test
    void theGridIsRequirementsByCandidatesInRankOrderWithTheWinner() {
        Element grid = page.selectFirst("section#review table.review-grid");
        assertThat(grid).isNotNull();
        assertThat(grid.select("thead th.cand").eachAttr("data-candidate"))
                .containsExactly("option-b-ecs-fargate", "option-c-eks-classic", "option-a-swarm", "option-d-beanstalk");
        assertThat(grid.select("thead th.cand.winner").eachAttr("data-candidate")).containsExactly("option-b-ecs-fargate");
        assertThat(grid.select("tbody tr.req-row")).hasSize(seed.requirements().items().size());
        assertThat(grid.select("tbody tr.req-row").eachAttr("data-requirement")).startsWith("domains", "own-scaling").contains("team-skills");
        assertThat(grid.select("tfoot tr.rank td").eachText()).containsExactly("1", "2", "3", "4");
        assertThat(page.selectFirst("section#review p.conclusion").text()).startsWith("Winner: option-b-ecs-fargate");
        assertThat(page.select("nav.archs a[href=#review]")).hasSize(1);
    }

    @Test
    void everyCellIsTheReviewsOwnVerdictWithItsReasonAndEvidence() {
        Elements rows = page.select("table.review-grid tbody tr.req-row");
        for (int i = 0; i < rows.size(); i++) {
            Elements cells = rows.get(i).select("td.verdict");
            assertThat(cells).hasSize(seed.ranked().size());
            for (int k = 0; k < cells.size(); k++) {
                Judgement j = seed.ranked().get(k).judgements().get(i);
                Element cell = cells.get(k);
                assertThat(cell.attr("data-verdict")).isEqualTo(j.verdict().id());
                assertThat(cell.selectFirst(".vlabel").text()).isIn("PASS", "FAIL", "UNKNOWN", "N/A")
                        .isEqualTo(j.verdict().id().equals("n/a") ? "N/A" : j.verdict().id().toUpperCase(Locale.ROOT));
                assertThat(cell.attr("title")).startsWith(j.outcome().reason());   // on hover
                assertThat(cell.selectFirst("details p.reason").text()).isEqualTo(j.outcome().reason());   // on expand
                assertThat(cell.select("ul.evidence li")).hasSize(j.outcome().evidence().size());
            }
        }
        // option A fails path-routing on its Classic Load Balancer: the evidence points at its line
        Element cell = page.selectFirst("tr.req-row[data-requirement=path-routing] td.verdict:nth-of-type(3)");
        assertThat(cell.attr("data-verdict")).isEqualTo("fail");
        assertThat(cell.select("ul.evidence li").eachText()).anyMatch(t -> t.startsWith("elb: type classic")
                && t.contains("option-a-swarm.arch:30"));
        assertThat(page.select("td.verdict[data-verdict=fail]")).isNotEmpty();
        assertThat(page.select("td.verdict.fail")).hasSameSizeAs(page.select("td.verdict[data-verdict=fail]"));
    }

    @Test
    void noUniqueWinnerIsSaidAndNoColumnIsCrowned() {
        Assessment b = seed.ranked().get(0);
        Candidate twin = new Candidate("b-twin", b.candidate().file(), b.candidate().architecture(), b.candidate().facts(),
                b.candidate().monthlyCost(), b.candidate().unpriced(), b.candidate().findings());
        ReviewResult tie = Review.run(seed.requirements(), List.of(b.candidate(), twin));
        Document d = Jsoup.parse(Fixtures.reviewHtml(tie, "requirements.arch", Fixtures.HOSTILE));
        assertThat(d.selectFirst("p.conclusion").text()).isEqualTo("No unique winner: option-b-ecs-fargate, b-twin tie.");
        assertThat(d.select("th.cand.winner")).isEmpty();
        assertThat(d.select("tfoot tr.rank td").eachText()).containsExactly("1", "1");
    }

    @Test
    void aScriptInARequirementOrACandidateNameStaysText() {
        String script = "<script>window.pwned = 2</script>";
        Requirement r = new Requirement("exposure", Priority.MUST, Predicate.ONLY_EXPOSED, new Argument.Names(List.of(script)),
                List.of("<b>SEC05</b>"), Location.UNKNOWN);
        Requirements req = new Requirements("<img src=x onerror=window.pwned=3>", List.of(r), Location.UNKNOWN);
        ModelBuilder.Result built = ModelBuilder.build(Fixtures.HOSTILE, Parallelism.serial());
        Candidate c = Fixtures.CANDIDATES.of(script, "hostile.arch", built.architecture());
        String html = Fixtures.reviewHtml(Review.run(req, List.of(c)), "requirements.arch", Fixtures.HOSTILE);
        Document d = Jsoup.parse(html);
        assertThat(d.select("script")).hasSize(1);
        assertThat(d.select("img")).isEmpty();
        assertThat(d.select("section#review b")).isEmpty();
        assertThat(html).doesNotContain(script).contains("&lt;script&gt;window.pwned = 2&lt;/script&gt;");
        assertThat(d.selectFirst("tr.req-row code").text()).isEqualTo("only-exposed " + script);
        assertThat(d.selectFirst("th.cand").text()).startsWith("#1 " + script);
        assertThat(d.selectFirst("section#review h2").text()).contains("<img src=x onerror=window.pwned=3>");
    }
}
