package dev.archkit.rules.report;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.archkit.rules.Finding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Accepted findings: a JSON file that 'check --write-baseline' writes and 'check --baseline'
 * reads, so that a project adopting archkit fails only on findings that are new. An entry is
 * matched by the finding's file and its fingerprint (rule, subject and cause, see
 * {@link Finding#fingerprint()}), never by line or message: a finding whose line moved is still
 * accepted. Entries are counted, so two equal findings need two entries. The file is written
 * sorted, with no time stamp: the same findings give the same bytes.
 */
public record Baseline(List<Entry> entries) {
    /** The format's version, written in every file; a file of another version is refused. */
    public static final int VERSION = 1;

    /** One accepted finding; rule, subject and message are there for the reader (and review), file and fingerprint match. */
    public record Entry(String file, String rule, String subject, String fingerprint, String message) {
        String key() {
            return file + '\n' + fingerprint;
        }
    }

    /** The findings a baseline did not accept ({@code fresh}), those it accepted, and its entries nothing matched any more. */
    public record Split(List<Finding> fresh, List<Finding> accepted, List<Entry> fixed) { }

    /** A baseline file that cannot be read as one: where and what. */
    public static final class Invalid extends Exception {
        public Invalid(String message) {
            super(message);
        }
    }

    private static final Comparator<Entry> ORDER = Comparator.comparing(Entry::file).thenComparing(Entry::rule)
            .thenComparing(e -> e.subject() == null ? "" : e.subject()).thenComparing(Entry::fingerprint).thenComparing(Entry::message);

    public Baseline {
        List<Entry> sorted = new ArrayList<>(entries);
        sorted.sort(ORDER);
        entries = List.copyOf(sorted);
    }

    /** A baseline accepting every one of {@code findings}. */
    public static Baseline of(List<Finding> findings) {
        List<Entry> out = new ArrayList<>();
        for (Finding f : findings) out.add(entry(f));
        return new Baseline(out);
    }

    static Entry entry(Finding f) {
        return new Entry(SarifReporter.uri(f.location().file()), f.ruleId(), f.subject(), f.fingerprint(), f.message());
    }

    /** Splits {@code findings} into those this baseline accepts and the rest; entries left over were fixed. */
    public Split apply(List<Finding> findings) {
        Map<String, List<Entry>> open = new HashMap<>();
        for (Entry e : entries) open.computeIfAbsent(e.key(), k -> new ArrayList<>()).add(e);
        List<Finding> fresh = new ArrayList<>();
        List<Finding> accepted = new ArrayList<>();
        for (Finding f : findings) {
            List<Entry> es = open.get(entry(f).key());
            if (es == null || es.isEmpty()) {
                fresh.add(f);
            } else {
                es.remove(0);
                accepted.add(f);
            }
        }
        List<Entry> fixed = new ArrayList<>();
        for (List<Entry> es : open.values()) fixed.addAll(es);
        fixed.sort(ORDER);
        return new Split(fresh, accepted, fixed);
    }

    /** The file's text: deterministic (sorted, no time stamp), ending in a newline. */
    public String json() {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("archkitBaseline", VERSION);
        root.put("comment", "findings accepted by 'archkit check --baseline'; regenerate with --write-baseline");
        ArrayNode arr = root.putArray("findings");
        for (Entry e : entries) {
            ObjectNode o = arr.addObject();
            o.put("file", e.file());
            o.put("rule", e.rule());
            if (e.subject() != null) o.put("subject", e.subject());
            o.put("fingerprint", e.fingerprint());
            o.put("message", e.message());
        }
        return JsonReporter.json(root);
    }

    /** Reads a baseline file's text; {@code name} is the file's name in errors. */
    public static Baseline parse(String name, String text) throws Invalid {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(text);
        } catch (JsonProcessingException e) {
            JsonLocation l = e.getLocation();
            throw new Invalid(name + (l == null ? "" : ":" + l.getLineNr() + ":" + l.getColumnNr()) + ": not JSON: " + e.getOriginalMessage()
                    + "; write it again with 'archkit check --write-baseline " + name + "'");
        }
        if (root == null || !root.isObject() || !root.has("archkitBaseline")) {
            throw new Invalid(name + ": not an archkit baseline (no \"archkitBaseline\" field); write one with 'archkit check --write-baseline " + name + "'");
        }
        if (root.get("archkitBaseline").asInt() != VERSION) {
            throw new Invalid(name + ": baseline version " + root.get("archkitBaseline") + ", this archkit reads version " + VERSION);
        }
        JsonNode arr = root.get("findings");
        if (arr == null || !arr.isArray()) throw new Invalid(name + ": \"findings\" must be a list");
        List<Entry> out = new ArrayList<>();
        int i = 0;
        for (JsonNode n : arr) {
            String file = text(n, "file"), fp = text(n, "fingerprint"), rule = text(n, "rule");
            if (file == null || fp == null || rule == null) {
                throw new Invalid(name + ": findings[" + i + "] lacks \"file\", \"rule\" or \"fingerprint\"");
            }
            String message = text(n, "message");
            out.add(new Entry(file, rule, text(n, "subject"), fp, message == null ? "" : message));
            i++;
        }
        return new Baseline(out);
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || !v.isTextual() ? null : v.asText();
    }
}
