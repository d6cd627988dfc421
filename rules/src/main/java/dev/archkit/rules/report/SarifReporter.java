package dev.archkit.rules.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.archkit.model.Location;
import dev.archkit.model.diag.Diagnostic;
import dev.archkit.rules.Finding;
import dev.archkit.rules.RuleDoc;
import dev.archkit.rules.RuleEngine;
import dev.archkit.rules.RuleMeta;
import dev.archkit.rules.Severity;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;

/**
 * SARIF 2.1.0, as GitHub code scanning and other tools read it.
 *
 * <p>tool.driver.rules holds the catalog's metadata (id, short and full description, help as
 * text and as the rule's doc page in Markdown, default level, tags, precision and, on security
 * rules, {@code security-severity}), then the tool-level input rules the run's diagnostics use
 * ({@code input/syntax}, ...). Results: first the input diagnostics, then the findings, each with
 * its rule index, a physical location, related locations and two partial fingerprints: GitHub's
 * {@code primaryLocationLineHash} (computed as GitHub does, see {@link LineHashes}) and
 * {@code archkit/v2}, the finding's own identity (rule, subject and cause: not the line) with its
 * occurrence in the file ({@link #occurrence}). The run
 * has a fixed {@code automationDetails.id} category, so uploads of the same check replace each
 * other. Output is deterministic: no time stamp, no run id.
 */
public final class SarifReporter implements Reporter {
    public static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    /** "category/": GitHub code scanning keeps one analysis per category; no run id, so output stays deterministic. */
    public static final String AUTOMATION_ID = "archkit/check/";
    static final String FINGERPRINT = "archkit/v2";
    static final String LINE_HASH = "primaryLocationLineHash";
    /** GitHub code scanning cuts descriptions longer than this. */
    static final int MAX_DESCRIPTION = 1024;

    @Override
    public String write(Report report) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode root = f.objectNode();
        root.put("$schema", SCHEMA);
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "archkit");
        driver.put("informationUri", "https://github.com/archkit/archkit");
        driver.put("version", version());
        ArrayNode rules = driver.putArray("rules");
        Map<String, Integer> index = new HashMap<>();
        for (RuleMeta m : report.rules()) {
            index.put(m.id(), index.size());
            rules.add(rule(m));
        }
        for (String id : InputRules.ids(report.diagnostics())) {
            index.put(id, index.size());
            rules.add(inputRule(id));
        }
        run.putObject("automationDetails").put("id", AUTOMATION_ID);
        ArrayNode artifacts = run.putArray("artifacts");
        for (String file : report.files()) artifacts.addObject().putObject("location").put("uri", uri(file));
        ArrayNode results = run.putArray("results");
        Map<String, String[]> hashes = new HashMap<>();
        Map<String, Integer> occurrences = new HashMap<>();
        for (Diagnostic d : report.diagnostics()) {
            String id = InputRules.ruleId(d);
            ObjectNode res = result(id, index.get(id), InputRules.severity(d), InputRules.message(d), d.location());
            if (!d.related().isEmpty()) {
                ArrayNode rel = res.putArray("relatedLocations");
                int n = 1;
                for (Diagnostic.Related r : d.related()) rel.add(location(r.location(), r.message()).put("id", n++));
            }
            fingerprints(res, d.location(), report, hashes).put(FINGERPRINT, occurrence(fingerprint(d), d.location(), occurrences));
            results.add(res);
        }
        for (Finding x : report.findings()) {
            ObjectNode res = result(x.ruleId(), index.get(x.ruleId()), x.severity(), TextReporter.message(x), x.location());
            if (!x.related().isEmpty()) {
                ArrayNode rel = res.putArray("relatedLocations");
                int n = 1;
                for (Finding.Related r : x.related()) rel.add(location(r.location(), r.message()).put("id", n++));
            }
            fingerprints(res, x.location(), report, hashes).put(FINGERPRINT, occurrence(x.fingerprint(), x.location(), occurrences));
            if (report.exemptions().baseline() != null) res.put("baselineState", "new");
            results.add(res);
        }
        // excused findings are results too, marked suppressed: in the source (with the reason) or by the baseline file
        for (RuleEngine.Suppressed s : report.suppressed()) {
            ObjectNode res = excused(s.finding(), index, report, hashes, occurrences);
            ObjectNode sup = res.putArray("suppressions").addObject().put("kind", "inSource");
            if (s.reason() != null) sup.put("justification", s.reason());
            sup.set("location", location(s.suppression(), null));
            results.add(res);
        }
        Exemptions e = report.exemptions();
        for (Finding x : e.baselined()) {
            ObjectNode res = excused(x, index, report, hashes, occurrences);
            res.put("baselineState", "unchanged");
            res.putArray("suppressions").addObject().put("kind", "external").put("justification", "accepted in the baseline " + e.baseline());
            results.add(res);
        }
        run.set("properties", runProperties(report));
        return JsonReporter.json(root);
    }

    private static ObjectNode excused(Finding x, Map<String, Integer> index, Report report, Map<String, String[]> hashes,
                                      Map<String, Integer> occurrences) {
        ObjectNode res = result(x.ruleId(), index.get(x.ruleId()), x.severity(), TextReporter.message(x), x.location());
        fingerprints(res, x.location(), report, hashes).put(FINGERPRINT, occurrence(x.fingerprint(), x.location(), occurrences));
        return res;
    }

    /** The run's summary of what it left out: rules turned off (with where and why), suppressions, the baseline. */
    private static ObjectNode runProperties(Report report) {
        ObjectNode props = JsonNodeFactory.instance.objectNode();
        ObjectNode a = props.putObject("archkit");
        Exemptions e = report.exemptions();
        ArrayNode off = a.putArray("rulesOff");
        for (RuleEngine.Disabled d : e.disabled()) off.add(JsonReporter.disabled(d));
        a.put("suppressed", report.suppressed().size());
        if (e.baseline() != null) {
            ObjectNode b = a.putObject("baseline");
            b.put("file", e.baseline());
            b.put("accepted", e.baselined().size());
            ArrayNode fixed = b.putArray("fixed");
            for (Baseline.Entry x : e.fixed()) fixed.addObject().put("file", x.file()).put("rule", x.rule()).put("fingerprint", x.fingerprint());
        }
        return props;
    }

    private static ObjectNode rule(RuleMeta m) {
        ObjectNode r = JsonNodeFactory.instance.objectNode();
        r.put("id", m.id());
        r.put("name", m.id().replace('/', '.'));
        r.putObject("shortDescription").put("text", description(m.summary()));
        r.putObject("fullDescription").put("text", description(m.rationale()));
        r.putObject("help").put("text", "Fix: " + m.fix()).put("markdown", RuleDoc.markdown(m));
        r.putObject("defaultConfiguration").put("level", level(m.severity()));
        ObjectNode props = r.putObject("properties");
        ArrayNode tags = props.putArray("tags");
        tags.add(m.family());
        if (m.security()) tags.add("security");
        props.put("precision", precision(m));
        if (m.security()) props.put("security-severity", String.format(Locale.ROOT, "%.1f", m.securitySeverity()));
        return r;
    }

    private static ObjectNode inputRule(String id) {
        ObjectNode r = JsonNodeFactory.instance.objectNode();
        r.put("id", id);
        r.put("name", id.replace('/', '.'));
        r.putObject("shortDescription").put("text", InputRules.summary(id));
        r.putObject("fullDescription").put("text", InputRules.DESCRIPTION);
        r.putObject("help").put("text", "Fix the input as the result's message and hint say; the language reference is docs/language.md.")
                .put("markdown", "# " + id + "\n\n" + InputRules.DESCRIPTION + "\n\nFix the input as the result's message and hint say; "
                        + "the language reference is [docs/language.md](https://github.com/archkit/archkit/blob/main/docs/language.md).\n");
        r.putObject("defaultConfiguration").put("level", "error");
        ObjectNode props = r.putObject("properties");
        props.putArray("tags").add(InputRules.FAMILY);
        props.put("precision", "very-high");
        return r;
    }

    /**
     * How often a finding of the rule is right: "high" when no false positive is known, "medium"
     * when the rule documents cases where it fires although nothing is wrong.
     */
    static String precision(RuleMeta m) {
        return m.falsePositives().isEmpty() ? "high" : "medium";
    }

    private static ObjectNode result(String ruleId, Integer ruleIndex, Severity severity, String message, Location at) {
        ObjectNode res = JsonNodeFactory.instance.objectNode();
        res.put("ruleId", ruleId);
        if (ruleIndex != null) res.put("ruleIndex", ruleIndex);
        res.put("level", level(severity));
        res.putObject("message").put("text", message);
        res.putArray("locations").add(location(at, null));
        return res;
    }

    /** The partial fingerprints, with the line hash when the source of the location's line is known. */
    private static ObjectNode fingerprints(ObjectNode res, Location at, Report report, Map<String, String[]> hashes) {
        ObjectNode fp = res.putObject("partialFingerprints");
        if (!at.isKnown()) return fp;
        String text = report.sources().get(at.file());
        if (text == null) return fp;
        String[] lines = hashes.computeIfAbsent(at.file(), k -> LineHashes.of(text));
        if (at.line() <= lines.length && lines[at.line() - 1] != null) fp.put(LINE_HASH, lines[at.line() - 1]);
        return fp;
    }

    /**
     * The identity of a result: the finding's fingerprint, a colon and how many results of the
     * same file before it (counting itself) had that fingerprint, as GitHub numbers equal line
     * hashes. Findings of one rule about one subject and cause in different environments (a data
     * store reachable from other callers in dev and in prod) are distinct results with one
     * fingerprint; the count keeps them apart, and results come in a stable order.
     */
    static String occurrence(String fingerprint, Location at, Map<String, Integer> seen) {
        return fingerprint + ":" + seen.merge(at.file() + '\n' + fingerprint, 1, Integer::sum);
    }

    /** An input diagnostic's identity across runs: its rule, file and message with the numbers left out (not the line). */
    static String fingerprint(Diagnostic d) {
        String text = InputRules.ruleId(d) + '\n' + uri(d.location().file()) + '\n' + d.message().replaceAll("\\d+(\\.\\d+)?", "#");
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }

    private static String description(String s) {
        return s.length() <= MAX_DESCRIPTION ? s : s.substring(0, MAX_DESCRIPTION - 1) + "…";
    }

    private static ObjectNode location(Location l, String message) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        ObjectNode phys = o.putObject("physicalLocation");
        phys.putObject("artifactLocation").put("uri", uri(l.file()));
        if (l.isKnown()) {
            ObjectNode region = phys.putObject("region");
            region.put("startLine", l.line());
            region.put("startColumn", Math.max(1, l.column()));
            region.put("endColumn", Math.max(1, l.column()) + Math.max(1, l.length()));
        }
        if (message != null) o.putObject("message").put("text", message);
        return o;
    }

    /** Relative paths with forward slashes, as SARIF consumers resolve them against the checkout. */
    static String uri(String file) {
        String s = file.replace('\\', '/');
        if (s.startsWith("./")) s = s.substring(2);
        Path p = Path.of(file);
        if (p.isAbsolute()) {
            Path cwd = Path.of("").toAbsolutePath();
            if (p.startsWith(cwd)) s = cwd.relativize(p).toString().replace('\\', '/');
            else s = p.toUri().toString();
        }
        return s;
    }

    static String level(Severity s) {
        return switch (s) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    static String version() {
        String v = SarifReporter.class.getPackage().getImplementationVersion();
        return v == null ? "0.1.0" : v;
    }
}
