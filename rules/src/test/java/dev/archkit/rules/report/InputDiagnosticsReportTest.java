package dev.archkit.rules.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.archkit.lang.ModelBuilder;
import dev.archkit.model.Location;
import dev.archkit.model.diag.Diagnostic;
import dev.archkit.rules.Rule;
import dev.archkit.rules.Severity;
import dev.archkit.rules.catalog.Catalog;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A file with input errors never gives an empty or green machine report: every format lists the
 * input's diagnostics under the tool-level rules input/CODE and counts them.
 */
class InputDiagnosticsReportTest {

    static final String FILE = "bad.arch";

    /** A misspelt region (a located error with a hint) and a service without a name (syntax). */
    static Report invalid() {
        var r = ModelBuilder.buildText(FILE, "architecture a {\n  region eu-wst-1\n  service {\n  }\n}\n");
        assertThat(r.hasErrors()).isTrue();
        return new Report(List.of(), List.of(), Catalog.RULES.stream().map(Rule::meta).toList(), List.of(FILE), r.sources(),
                Severity.ERROR, r.diagnostics());
    }

    @Test
    void sarifHasAResultPerDiagnosticUnderAnInputRuleAndStaysValid() throws Exception {
        Report report = invalid();
        JsonNode doc = new ObjectMapper().readTree(new SarifReporter().write(report));
        assertThat(SarifReporterTest.schema().validate(doc)).isEmpty();
        JsonNode run = doc.at("/runs/0");
        JsonNode results = run.get("results");
        assertThat(results).hasSize(report.diagnostics().size());
        for (JsonNode res : results) {
            String id = res.get("ruleId").asText();
            assertThat(id).startsWith("input/");
            assertThat(run.at("/tool/driver/rules/" + res.get("ruleIndex").asInt() + "/id").asText()).isEqualTo(id);
            assertThat(res.at("/locations/0/physicalLocation/artifactLocation/uri").asText()).isEqualTo(FILE);
            assertThat(res.at("/locations/0/physicalLocation/region/startLine").asInt()).isPositive();
            assertThat(res.at("/partialFingerprints/primaryLocationLineHash").asText()).isNotEmpty();
            assertThat(res.at("/partialFingerprints/archkit~1v2").asText()).matches("[0-9a-f]{32}:\\d+");
        }
        assertThat(results.findValuesAsText("level")).contains("error");
        assertThat(doc.toString()).contains("did you mean 'eu-west-1'?");
    }

    @Test
    void aFileThatCouldNotBeReadIsAResultWithoutARegion() throws Exception {
        Diagnostic io = Diagnostic.error("io", new Location("gone.arch", 0, 0, 0), "cannot read gone.arch: Permission denied");
        Report report = new Report(List.of(), List.of(), Catalog.RULES.stream().map(Rule::meta).toList(), List.of("gone.arch"),
                java.util.Map.of(), Severity.ERROR, List.of(io));
        JsonNode doc = new ObjectMapper().readTree(new SarifReporter().write(report));
        assertThat(SarifReporterTest.schema().validate(doc)).isEmpty();
        JsonNode res = doc.at("/runs/0/results/0");
        assertThat(res.get("ruleId").asText()).isEqualTo("input/io");
        assertThat(res.at("/locations/0/physicalLocation/region").isMissingNode()).isTrue();
        assertThat(res.at("/partialFingerprints/primaryLocationLineHash").isMissingNode()).isTrue();
        assertThat(new GithubReporter().write(report)).isEqualTo("::error file=gone.arch,title=input/io::cannot read gone.arch%3A Permission denied\n".replace("%3A", ":"));
    }

    @Test
    void githubAnnotatesEachDiagnostic() {
        Report report = invalid();
        List<String> lines = new GithubReporter().write(report).lines().toList();
        assertThat(lines).hasSize(report.diagnostics().size())
                .allMatch(l -> l.matches("::error file=bad\\.arch,line=\\d+,col=\\d+,title=input/[a-z-]+::.+"));
        assertThat(lines).anyMatch(l -> l.contains(",line=2,") && l.contains("eu-wst-1") && l.contains("hint: did you mean 'eu-west-1'?"));
    }

    @Test
    void junitFailsTheFileWithInputErrors() throws Exception {
        Document d = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(new JUnitReporter().write(invalid()).getBytes(StandardCharsets.UTF_8)));
        assertThat(d.getDocumentElement().getAttribute("failures")).isEqualTo("1");
        assertThat(d.getDocumentElement().getAttribute("tests")).isEqualTo(Integer.toString(Catalog.RULES.size() + 1));
        Element suite = (Element) d.getElementsByTagName("testsuite").item(0);
        assertThat(suite.getAttribute("name")).isEqualTo("input");
        assertThat(suite.getAttribute("failures")).isEqualTo("1");
        NodeList failures = suite.getElementsByTagName("failure");
        assertThat(failures.getLength()).isEqualTo(1);
        assertThat(failures.item(0).getTextContent()).contains("bad.arch:2:").contains("[input/");
        assertThat(((Element) failures.item(0)).getAttribute("message")).contains("input error").contains("the rules did not run");
    }

    @Test
    void junitOfValidInputPassesItsFiles() throws Exception {
        Report report = ReportersTest.report(Severity.ERROR);
        Document d = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(new JUnitReporter().write(report).getBytes(StandardCharsets.UTF_8)));
        Element suite = (Element) d.getElementsByTagName("testsuite").item(0);
        assertThat(suite.getAttribute("name")).isEqualTo("input");
        assertThat(suite.getAttribute("tests")).isEqualTo(Integer.toString(report.files().size()));
        assertThat(suite.getAttribute("failures")).isEqualTo("0");
    }

    @Test
    void jsonListsAndCountsTheDiagnosticsAndDoesNotPass() throws Exception {
        Report report = invalid();
        JsonNode json = new ObjectMapper().readTree(new JsonReporter().write(report));
        assertThat(json.at("/summary/inputErrors").asLong()).isEqualTo(report.inputErrors()).isPositive();
        assertThat(json.at("/summary/passed").asBoolean()).isFalse();
        assertThat(json.get("diagnostics")).hasSize(report.diagnostics().size());
        assertThat(json.at("/diagnostics/0/rule").asText()).startsWith("input/");
        JsonNode clean = new ObjectMapper().readTree(new JsonReporter().write(ReportersTest.report(Severity.ERROR)));
        assertThat(clean.at("/summary/inputErrors").asLong()).isZero();
        assertThat(clean.get("diagnostics")).isEmpty();
    }

    @Test
    void markdownSaysTheRulesDidNotRun() {
        String md = new MarkdownReporter().write(invalid());
        assertThat(md).contains("input errors, 0 input warnings**: the rules did not run").contains("`input/")
                .contains("No findings in the input the rules could check.");
    }
}
