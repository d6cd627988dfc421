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
}
