package dev.archkit.rules.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.archkit.model.diag.Diagnostic;
import dev.archkit.rules.Finding;
import dev.archkit.rules.RuleEngine;
import dev.archkit.rules.Severity;

/**
 * Findings as JSON: one object per finding, with counts, the suppressed findings and the input's
 * own diagnostics (each with its tool-level rule id {@code input/CODE}). The summary counts the
 * input errors and warnings next to the findings and says whether the run passed, so that a
 * gate reading only the summary never takes unchecked input for a clean one.
 */
public final class JsonReporter implements Reporter {
    static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Override
    public String write(Report report) {
        return json(tree(report));
    }

    public static ObjectNode tree(Report report) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode root = f.objectNode();
        ObjectNode counts = root.putObject("summary");
        for (Severity s : Severity.values()) counts.put(s.label(), report.count(s));
        counts.put("suppressed", report.suppressed().size());
        Exemptions e = report.exemptions();
        counts.put("rulesOff", e.disabled().size());
        if (e.baseline() != null) {
            counts.put("baselined", e.baselined().size());
            counts.put("baselineFixed", e.fixed().size());
        }
        counts.put("inputErrors", report.inputErrors());
        counts.put("inputWarnings", report.inputWarnings());
        counts.put("passed", !report.fails());
        ArrayNode arr = root.putArray("findings");
        for (Finding x : report.findings()) arr.add(finding(x));
        ArrayNode sup = root.putArray("suppressed");
        for (RuleEngine.Suppressed s : report.suppressed()) {
            ObjectNode o = finding(s.finding());
            o.put("reason", s.reason());
            o.put("suppressedAt", s.suppression().toString());
            sup.add(o);
        }
        ArrayNode off = root.putArray("rulesOff");
        for (RuleEngine.Disabled d : e.disabled()) off.add(disabled(d));
        if (e.baseline() != null) {
            ObjectNode b = root.putObject("baseline");
            b.put("file", e.baseline());
            ArrayNode acc = b.putArray("accepted");
            for (Finding x : e.baselined()) acc.add(finding(x));
            ArrayNode fixed = b.putArray("fixed");
            for (Baseline.Entry x : e.fixed()) {
                ObjectNode o = fixed.addObject().put("file", x.file()).put("rule", x.rule());
                if (x.subject() != null) o.put("subject", x.subject());
                o.put("fingerprint", x.fingerprint()).put("message", x.message());
            }
        }
        ArrayNode diags = root.putArray("diagnostics");
        for (Diagnostic d : report.diagnostics()) diags.add(diagnostic(d));
        return root;
    }

    static ObjectNode disabled(RuleEngine.Disabled d) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("rule", d.ruleId());
        if (d.reason() != null) o.put("reason", d.reason());
        else o.putNull("reason");
        o.put("at", d.at().toString());
        return o;
    }

    static ObjectNode diagnostic(Diagnostic d) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("rule", InputRules.ruleId(d));
        o.put("severity", d.severity().label());
        o.put("code", d.code());
        o.put("message", d.message());
        o.put("file", d.location().file());
        o.put("line", d.location().line());
        o.put("column", d.location().column());
        if (d.hint() != null) o.put("hint", d.hint());
        if (!d.related().isEmpty()) {
            ArrayNode rel = o.putArray("related");
            for (Diagnostic.Related r : d.related()) rel.addObject().put("at", r.location().toString()).put("message", r.message());
        }
        return o;
    }

    static ObjectNode finding(Finding x) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("rule", x.ruleId());
        o.put("severity", x.severity().label());
        o.put("message", x.message());
        o.put("file", x.location().file());
        o.put("line", x.location().line());
        o.put("column", x.location().column());
        if (x.subject() != null) o.put("subject", x.subject());
        if (!x.environments().isEmpty()) {
            ArrayNode envs = o.putArray("environments");
            x.environments().forEach(envs::add);
        }
        o.put("fix", x.fix());
        if (!x.related().isEmpty()) {
            ArrayNode rel = o.putArray("related");
            for (Finding.Related r : x.related()) rel.addObject().put("at", r.location().toString()).put("message", r.message());
        }
        return o;
    }

    static String json(Object node) {
        try {
            return MAPPER.writeValueAsString(node) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
