package dev.archkit.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.archkit.model.Location;
import dev.archkit.model.req.Priority;
import dev.archkit.model.req.Requirement;

/**
 * The review as SARIF 2.1.0: one rule per requirement (ruleId = the requirement's id), one result
 * per failed or unknown verdict of a candidate, at its first piece of evidence (else at the
 * candidate's architecture). A failed must is an error, a failed should a warning, an unknown a note.
 */
public final class SarifReport {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

    private SarifReport() { }

    public static String of(ReviewResult r) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode root = f.objectNode();
        root.put("$schema", SCHEMA);
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "archkit review");
        driver.put("informationUri", "https://github.com/archkit/archkit");
        ArrayNode rules = driver.putArray("rules");
        for (Requirement q : r.requirements().items()) {
            ObjectNode rule = rules.addObject();
            rule.put("id", q.id());
            rule.putObject("shortDescription").put("text", q.priority().id() + " " + q.statement());
            rule.putObject("fullDescription").put("text", q.predicate().summary());
            rule.putObject("defaultConfiguration").put("level", q.priority() == Priority.MUST ? "error" : "warning");
        }
        ArrayNode results = run.putArray("results");
        for (Assessment a : r.ranked()) {
            for (Judgement j : a.judgements()) {
                if (j.verdict() != Verdict.FAIL && j.verdict() != Verdict.UNKNOWN) continue;
                ObjectNode res = results.addObject();
                res.put("ruleId", j.requirement().id());
                res.put("level", j.verdict() == Verdict.UNKNOWN ? "note" : j.requirement().priority() == Priority.MUST ? "error" : "warning");
                res.putObject("message").put("text", a.name() + " " + (j.verdict() == Verdict.FAIL ? "fails " : "cannot be judged on ")
                        + Texts.requirement(j) + ": " + j.outcome().reason());
                Location at = j.outcome().evidence().isEmpty() || !j.outcome().evidence().get(0).at().isKnown()
                        ? a.candidate().architecture().location() : j.outcome().evidence().get(0).at();
                if (at.isKnown()) {
                    ObjectNode phys = res.putArray("locations").addObject().putObject("physicalLocation");
                    phys.putObject("artifactLocation").put("uri", at.file());
                    ObjectNode region = phys.putObject("region");
                    region.put("startLine", at.line());
                    region.put("startColumn", Math.max(1, at.column()));
                }
                ObjectNode props = res.putObject("properties");
                props.put("candidate", a.name());
                props.put("verdict", j.verdict().id());
                props.put("rank", a.rank());
            }
        }
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
