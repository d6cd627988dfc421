package dev.archkit.e2e;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static dev.archkit.e2e.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

/** 'archkit report' end to end: one HTML file for one or several architectures, and bad input. */
class ReportCliTest {

    @Test
    void oneArchitectureToOneFile(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("report.html");
        CliTest.Run r = run("report", "examples/tutorial-service.arch", "-o", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).startsWith("wrote " + out).contains("1 architecture");
        Document doc = Jsoup.parse(Files.readString(out));
        assertThat(doc.title()).isEqualTo("archkit report: ecs-tutorial");
        assertThat(doc.select("section.arch")).hasSize(1);
        assertThat(doc.select(".panel").eachAttr("data-view")).containsExactly("dependencies", "network", "security", "deployment");
        // the same findings as 'check' reports
        CliTest.Run check = run("check", "--format", "json", "--fail-on", "never", "examples/tutorial-service.arch");
        int findings = new com.fasterxml.jackson.databind.ObjectMapper().readTree(check.out()).get("findings").size();
        assertThat(findings).isPositive();
        assertThat(doc.select("tr.finding")).hasSize(findings);
        // and the same total as 'cost'
        CliTest.Run cost = run("cost", "examples/tutorial-service.arch");
        assertThat(cost.out()).contains("$161.42");
        assertThat(doc.select(".cost tfoot").text()).contains("$161.42");
    }

    @Test
    void assumeEnvFindsWhatCheckFinds(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("dev.html");
        CliTest.Run r = run("report", "--assume-env", "dev", "examples/tutorial-service.arch", "-o", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        CliTest.Run check = run("check", "--assume-env", "dev", "--format", "json", "--fail-on", "never", "examples/tutorial-service.arch");
        int findings = new com.fasterxml.jackson.databind.ObjectMapper().readTree(check.out()).get("findings").size();
        CliTest.Run prod = run("check", "--format", "json", "--fail-on", "never", "examples/tutorial-service.arch");
        // as a development environment, fewer rules apply than in production
        assertThat(findings).isLessThan(new com.fasterxml.jackson.databind.ObjectMapper().readTree(prod.out()).get("findings").size());
        assertThat(Jsoup.parse(Files.readString(out)).select("tr.finding")).hasSize(findings);
    }

    @Test
    void aDirectoryGivesOneSectionPerArchitecture(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("all.html");
        CliTest.Run r = run("report", "examples/", "-o", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        Document doc = Jsoup.parse(Files.readString(out));
        // open-market's imported fragments are read through it, not as architectures of their own
        assertThat(doc.select("section.arch").eachAttr("data-arch")).contains("open-market", "elice-devops", "ecs-tutorial")
                .doesNotHaveDuplicates();
        assertThat(doc.select("nav.archs a")).hasSize(doc.select("section.arch").size());
        assertThat(doc.select("[id]").eachAttr("id")).doesNotHaveDuplicates();
    }

    @Test
    void invalidInputWritesNothing(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.arch");
        Files.writeString(bad, "architecture x {\n  servise a { }\n}\n");
        Path out = dir.resolve("report.html");
        CliTest.Run r = run("report", bad.toString(), "-o", out.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("fix the errors above first");
        assertThat(out).doesNotExist();
        CliTest.Run missing = run("report", "examples/tutorial-service.arch");
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("Missing required option: '--output=FILE'");
    }

    @Test
    void aReviewPutsItsGridAboveTheCandidates(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("review.html");
        CliTest.Run r = run("report", "--review", "examples/saa-container-question", "-o", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        Document doc = Jsoup.parse(Files.readString(out));
        // the same verdicts and ranking as 'archkit review' prints
        CliTest.Run review = run("review", "--format", "json", "examples/saa-container-question");
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(review.out());
        assertThat(doc.selectFirst("p.conclusion").text()).startsWith("Winner: " + json.get("winner").asText());
        var cands = doc.select("table.review-grid thead th.cand");
        assertThat(cands).hasSize(json.get("candidates").size());
        for (int k = 0; k < cands.size(); k++) {
            var c = json.get("candidates").get(k);
            assertThat(cands.get(k).attr("data-candidate")).isEqualTo(c.get("name").asText());
            var verdicts = doc.select("table.review-grid tbody tr.req-row td.verdict:nth-of-type(" + (k + 1) + ")").eachAttr("data-verdict");
            assertThat(verdicts).hasSize(c.get("verdicts").size());
            for (int i = 0; i < verdicts.size(); i++) assertThat(verdicts.get(i)).isEqualTo(c.get("verdicts").get(i).get("verdict").asText());
        }
        // without files, the sections are the candidates
        assertThat(doc.select("section.arch")).hasSize(4);
        // a file named beside the review replaces them
        Path one = dir.resolve("one.html");
        assertThat(run("report", "--review", "examples/saa-container-question", "examples/tutorial-service.arch", "-o", one.toString()).code()).isZero();
        Document d1 = Jsoup.parse(Files.readString(one));
        assertThat(d1.select("section.arch")).hasSize(1);
        assertThat(d1.select("table.review-grid")).hasSize(1);
        // bad input: no files and no review, or a review that is not a directory
        assertThat(run("report", "-o", one.toString()).err()).contains("name .arch files or directories to report on, or a review with --review DIR");
        CliTest.Run notDir = run("report", "--review", "examples/saa-container-question/requirements.arch", "-o", one.toString());
        assertThat(notDir.code()).isEqualTo(2);
        assertThat(notDir.err()).contains("is not a directory");
    }
}
