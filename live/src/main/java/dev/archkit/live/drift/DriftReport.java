package dev.archkit.live.drift;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.archkit.model.Location;

import java.util.List;

/** Drift reports (one per environment) as text, JSON, Markdown or SARIF 2.1.0. */
public final class DriftReport {
    private DriftReport() { }

    /** {@code against} names what the model was compared with: "the account" or "the snapshot FILE". */
    public static String text(List<Drift.Report> reports, String source, String against) {
        return text(reports, source, against, "the account");
    }

    /**
     * {@code against} names what the model was compared with ("the cluster of context prod at
     * https://..."), {@code read} what an incomplete report could not read all of ("the account", "the cluster").
     */
    public static String text(List<Drift.Report> reports, String source, String against, String read) {
        StringBuilder sb = new StringBuilder();
        long total = 0, unknown = 0;
        for (Drift.Report r : reports) {
            String env = r.environment() == null ? "" : " (" + r.environment() + ")";
            for (DriftItem i : r.items()) {
                sb.append(i.at()).append(": ").append(i.change().word()).append(": ").append(i.message()).append(env).append('\n');
            }
            for (Drift.Ignored i : r.ignored()) {
                sb.append(i.item().at()).append(": ignored: ").append(i.item().message()).append(env).append(" -- ").append(i.reason())
                  .append(" (").append(i.at()).append(")\n");
            }
            total += r.drifts();
            unknown += r.items().stream().filter(i -> i.change() == DriftItem.Change.UNKNOWN).count();
        }
        java.util.Set<String> notChecked = new java.util.LinkedHashSet<>();
        for (Drift.Report r : reports) for (Drift.NotChecked n : r.notChecked()) notChecked.add(n.at() + ": not checked: " + n.kind() + " '" + n.name() + "' (" + n.why() + ")");
        if (!notChecked.isEmpty()) {
            sb.append(sb.length() > 0 ? "\n" : "");
            for (String n : notChecked) sb.append(n).append('\n');
        }
        boolean incomplete = reports.stream().anyMatch(Drift.Report::incomplete);
        if (incomplete) {
            sb.append("\nIncomplete: some of ").append(read).append(" could not be read, so the report may miss drift:\n");
            java.util.Set<String> seen = new java.util.LinkedHashSet<>();
            for (Drift.Report r : reports) for (Inventory.Unreadable u : r.unreadable()) {
                String line = "  " + u.service() + " " + u.operation() + (u.resource() == null ? "" : " (" + u.resource() + ")") + ": " + u.reason();
                if (seen.add(line)) sb.append(line).append('\n');
            }
        }
        sb.append(reports.size() > 1 ? "\n" : (sb.length() > 0 ? "\n" : "")).append(total == 0 ? "no drift" : total + " drift" + (total == 1 ? "" : "s"))
          .append(" between ").append(source).append(" and ").append(against)
          .append(unknown > 0 ? "; " + unknown + " unknown" : "").append(notChecked.isEmpty() ? "" : "; " + notChecked.size() + " not checked")
          .append(incomplete ? " (incomplete)" : "").append('\n');
        return sb.toString();
    }

    public static String markdown(List<Drift.Report> reports, String source) {
        return markdown(reports, source, "the account");
    }

    /** {@code read}: what an incomplete report could not read all of ("the account", "the cluster"). */
    public static String markdown(List<Drift.Report> reports, String source, String read) {
        StringBuilder sb = new StringBuilder("### archkit drift: ").append(source.replace("|", "\\|")).append("\n\n");
        long total = reports.stream().mapToLong(Drift.Report::drifts).sum();
        if (total == 0 && reports.stream().allMatch(r -> r.items().isEmpty())) sb.append("No drift.\n");
        else {
            sb.append("| | Environment | Element | What | Model | Live | Where |\n|---|---|---|---|---|---|---|\n");
            for (Drift.Report r : reports) {
                for (DriftItem i : r.items()) {
                    sb.append("| ").append(i.change().word()).append(" | ").append(r.environment() == null ? "" : r.environment()).append(" | ")
                      .append(i.kind()).append(" `").append(i.name().replace("|", "\\|")).append("` | ")
                      .append(i.attribute() == null ? (i.note() == null ? "" : md(i.note())) : md(i.attribute())).append(" | ")
                      .append(i.expected() == null ? "" : "`" + md(i.expected()) + "`").append(" | ")
                      .append(i.actual() == null ? "" : "`" + md(i.actual()) + "`").append(" | ")
                      .append(i.at().file()).append(':').append(i.at().line()).append(" |\n");
                }
            }
        }
        long notChecked = reports.stream().mapToLong(r -> r.notChecked().size()).sum();
        if (notChecked > 0) sb.append("\n").append(notChecked).append(" element").append(notChecked == 1 ? " is" : "s are").append(" not checked (drift does not read them).\n");
        if (reports.stream().anyMatch(Drift.Report::incomplete)) sb.append("\n> **Incomplete**: some of ").append(read).append(" could not be read (see the unknown rows).\n");
        return sb.toString();
    }

    private static String md(String s) {
        return s.replace("|", "\\|").replace("`", "'");
    }

    public static String json(List<Drift.Report> reports) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("drifts", reports.stream().mapToLong(Drift.Report::drifts).sum());
        root.put("incomplete", reports.stream().anyMatch(Drift.Report::incomplete));
        ArrayNode envs = root.putArray("reports");
        for (Drift.Report r : reports) {
            ObjectNode o = envs.addObject();
            if (r.environment() != null) o.put("environment", r.environment());
            ArrayNode items = o.putArray("items");
            for (DriftItem i : r.items()) {
                ObjectNode x = items.addObject();
                x.put("change", i.change().word());
                x.put("kind", i.kind());
                x.put("name", i.name());
                if (i.attribute() != null) x.put("attribute", i.attribute());
                if (i.expected() != null) x.put("model", i.expected());
                if (i.actual() != null) x.put("live", i.actual());
                if (i.note() != null) x.put("note", i.note());
                x.put("at", i.at().toString());
                x.put("message", i.message());
            }
            ArrayNode ign = o.putArray("ignored");
            for (Drift.Ignored i : r.ignored()) {
                ObjectNode x = ign.addObject();
                x.put("message", i.item().message());
                x.put("reason", i.reason());
                x.put("rule", i.at().toString());
            }
            ArrayNode nc = o.putArray("notChecked");
            for (Drift.NotChecked n : r.notChecked()) {
                ObjectNode x = nc.addObject();
                x.put("kind", n.kind());
                x.put("name", n.name());
                x.put("why", n.why());
                x.put("at", n.at().toString());
            }
            ArrayNode un = o.putArray("unreadable");
            for (Inventory.Unreadable u : r.unreadable()) {
                ObjectNode x = un.addObject();
                x.put("service", u.service());
                x.put("operation", u.operation());
                if (u.resource() != null) x.put("resource", u.resource());
                x.put("reason", u.reason());
            }
        }
        return write(root);
    }

    /** The SARIF rule of one kind of change. */
    record SarifRule(String id, String summary, String level) { }

    /** One rule per kind of change, in the order of {@link DriftItem.Change} (a result's ruleIndex). */
    static final List<SarifRule> RULES = List.of(
            new SarifRule("drift/missing", "In the model but not live", "error"),
            new SarifRule("drift/extra", "Live but not in the model", "warning"),
            new SarifRule("drift/changed", "Live differs from the model", "error"),
            new SarifRule("drift/unknown", "Could not be read", "note"));

    /** SARIF 2.1.0: one result per drift, located at the .arch line it is about. */
    public static String sarif(List<Drift.Report> reports, String version) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "archkit drift");
        driver.put("version", version);
        driver.put("informationUri", "https://github.com/archkit/archkit");
        ArrayNode rules = driver.putArray("rules");
        for (SarifRule r : RULES) {
            ObjectNode o = rules.addObject();
            o.put("id", r.id());
            o.putObject("shortDescription").put("text", r.summary());
            o.putObject("defaultConfiguration").put("level", r.level());
        }
        ArrayNode results = run.putArray("results");
        for (Drift.Report rep : reports) {
            for (DriftItem i : rep.items()) {
                ObjectNode res = results.addObject();
                int idx = i.change().ordinal();
                SarifRule rule = RULES.get(idx);
                res.put("ruleId", rule.id());
                res.put("ruleIndex", idx);
                res.put("level", rule.level());
                res.putObject("message").put("text", i.message() + (rep.environment() == null ? "" : " (" + rep.environment() + ")"));
                Location at = i.at();
                ObjectNode phys = res.putArray("locations").addObject().putObject("physicalLocation");
                phys.putObject("artifactLocation").put("uri", at.file());
                ObjectNode region = phys.putObject("region");
                region.put("startLine", Math.max(1, at.line()));
                region.put("startColumn", Math.max(1, at.column()));
            }
        }
        return write(root);
    }

    private static String write(ObjectNode root) {
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
