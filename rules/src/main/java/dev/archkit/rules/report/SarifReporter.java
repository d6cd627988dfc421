package dev.archkit.rules.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.archkit.model.Location;
import dev.archkit.rules.Finding;
import dev.archkit.rules.RuleMeta;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * SARIF 2.1.0, as GitHub code scanning and other tools read it: the catalog's metadata in
 * tool.driver.rules (id, short and full description, help, default level), one result per
 * finding with its rule index, a physical location and related locations.
 */
public final class SarifReporter implements Reporter {
    public static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

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
            ObjectNode r = rules.addObject();
            r.put("id", m.id());
            r.put("name", m.id().replace('/', '.'));
            r.putObject("shortDescription").put("text", m.summary());
            r.putObject("fullDescription").put("text", m.rationale());
            r.putObject("help").put("text", m.fix()).put("markdown", "**Fix:** " + m.fix());
            r.putObject("defaultConfiguration").put("level", level(m.severity()));
            ObjectNode props = r.putObject("properties");
            ArrayNode tags = props.putArray("tags");
            tags.add(m.family());
            m.references().forEach(tags::add);
        }
        ArrayNode results = run.putArray("results");
        for (Finding x : report.findings()) {
            ObjectNode res = results.addObject();
            res.put("ruleId", x.ruleId());
            if (index.containsKey(x.ruleId())) res.put("ruleIndex", index.get(x.ruleId()));
            res.put("level", level(x.severity()));
            res.putObject("message").put("text", TextReporter.message(x));
            res.putArray("locations").add(location(x.location(), null));
            if (!x.related().isEmpty()) {
                ArrayNode rel = res.putArray("relatedLocations");
                int id = 1;
                for (Finding.Related r : x.related()) {
                    ObjectNode l = location(r.location(), r.message());
                    l.put("id", id++);
                    rel.add(l);
                }
            }
            res.putObject("partialFingerprints").put("archkit/v2", x.fingerprint());   // rule, subject and cause: not the line
        }
        run.putArray("artifacts");
        ArrayNode artifacts = (ArrayNode) run.get("artifacts");
        for (String file : report.files()) artifacts.addObject().putObject("location").put("uri", uri(file));
        return JsonReporter.json(root);
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

    static String level(dev.archkit.rules.Severity s) {
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
