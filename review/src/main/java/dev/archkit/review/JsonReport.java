package dev.archkit.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.archkit.model.Location;
import dev.archkit.model.req.Requirement;
import dev.archkit.rules.Severity;

/**
 * The review as JSON, in the schema docs/review.schema.json documents:
 * {@code {"requirements", "winner", "conclusion", "candidates": [{"name", "file", "rank", "eliminated",
 * "tally", "cost", "findings", "verdicts": [{"requirement", "priority", "predicate", "verdict",
 * "reason", "evidence"}]}], "unjudgeable"}}.
 */
public final class JsonReport {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonReport() { }

    public static String of(ReviewResult r) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode root = f.objectNode();
        ObjectNode reqs = root.putObject("requirements");
        reqs.put("name", r.requirements().name());
        ArrayNode items = reqs.putArray("items");
        for (Requirement q : r.requirements().items()) {
            ObjectNode o = items.addObject();
            o.put("id", q.id());
            o.put("priority", q.priority().id());
            o.put("predicate", q.predicate().id());
            o.put("statement", q.statement());
            ArrayNode wa = o.putArray("wellArchitected");
            q.wellArchitected().forEach(wa::add);
            o.put("location", where(q.location()));
        }
        if (r.winner().isPresent()) root.put("winner", r.winner().get().name());
        else root.putNull("winner");
        root.put("conclusion", r.conclusion());
        ArrayNode cands = root.putArray("candidates");
        for (Assessment a : r.ranked()) {
            ObjectNode c = cands.addObject();
            c.put("name", a.name());
            c.put("file", a.candidate().file());
            c.put("rank", a.rank());
            c.put("eliminated", a.eliminated());
            ObjectNode t = c.putObject("tally");
            t.put("failedMusts", a.tally().failedMusts());
            t.put("unknownMusts", a.tally().unknownMusts());
            t.put("failedShoulds", a.tally().failedShoulds());
            t.put("unknownShoulds", a.tally().unknownShoulds());
            if (a.tally().cost().isPresent()) c.put("cost", Math.round(a.tally().cost().getAsDouble() * 100) / 100.0);
            else c.putNull("cost");
            ObjectNode fs = c.putObject("findings");
            for (Severity s : Severity.values()) fs.put(s.label(), Texts.count(a.candidate().findings(), s));
            ArrayNode verdicts = c.putArray("verdicts");
            for (Judgement j : a.judgements()) {
                ObjectNode v = verdicts.addObject();
                v.put("requirement", j.requirement().id());
                v.put("priority", j.requirement().priority().id());
                v.put("predicate", j.requirement().predicate().id());
                v.put("verdict", j.verdict().id());
                v.put("reason", j.outcome().reason());
                ArrayNode ev = v.putArray("evidence");
                for (Evidence e : j.outcome().evidence()) {
                    ObjectNode eo = ev.addObject();
                    eo.put("element", e.element());
                    eo.put("fact", e.fact());
                    if (e.at().isKnown()) eo.put("location", where(e.at()));
                    else eo.putNull("location");
                }
            }
        }
        ArrayNode un = root.putArray("unjudgeable");
        r.unjudgeable().forEach(q -> un.add(q.id()));
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String where(Location l) {
        return l.file() + ":" + l.line() + ":" + l.column();
    }

}
