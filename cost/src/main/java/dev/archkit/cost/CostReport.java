package dev.archkit.cost;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static dev.archkit.cost.CostModel.usd;

/** Writes estimates (one per environment) as text, Markdown, JSON or CSV, and compares two sets of them. */
public final class CostReport {
    private CostReport() { }

    private static String title(CostModel.Estimate e) {
        return e.architecture() + (e.environment() == null ? "" : " · environment " + e.environment()) + " · " + e.region();
    }

    private static String priceLine(CostModel.Estimate e) {
        return "Prices: " + e.prices().origin() + " of " + e.prices().date() + ", on-demand list prices, "
                + CostModel.fmt(e.prices().hoursPerMonth()) + " hours a month, USD.";
    }

    // ---- text ---------------------------------------------------------------------------------

    public static String text(List<CostModel.Estimate> estimates) {
        StringBuilder sb = new StringBuilder();
        for (CostModel.Estimate e : estimates) {
            if (sb.length() > 0) sb.append('\n');
            sb.append(title(e)).append('\n');
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[] {"COMPONENT / LINE", "MIN", "DESIRED", "MAX"});
            for (CostModel.Line l : e.lines()) {
                rows.add(new String[] {l.component() + " (" + l.kind().id() + ")", usd(l.min()), usd(l.desired()), usd(l.max())});
                for (CostModel.Item i : l.items()) rows.add(new String[] {"  " + i.what(), usd(i.min()), usd(i.desired()), usd(i.max())});
                if (l.note() != null) rows.add(new String[] {"  " + l.note(), "", "", ""});
                if (l.budget() != null) rows.add(new String[] {"  budget " + usd(l.budget().centsPerMonth() / 100.0) + verdict(l.desired(), l.max(), l.budget()), "", "", ""});
            }
            rows.add(null);
            rows.add(new String[] {"TOTAL per month", usd(e.min()), usd(e.desired()), usd(e.max())});
            table(sb, rows);
            if (e.budget() != null) {
                sb.append("Budget: ").append(usd(e.budget().centsPerMonth() / 100.0)).append(" per month (").append(e.budgetAt())
                  .append(")").append(verdict(e.desired(), e.max(), e.budget())).append('\n');
            }
            if (!e.assumptions().isEmpty()) {
                sb.append("Assumed (usage not declared):\n");
                for (CostModel.Assumption a : e.assumptions()) sb.append("  ").append(a.at()).append(": ").append(a.component()).append(": ").append(a.message()).append('\n');
            }
            for (Map.Entry<String, List<String>> g : grouped(e.elsewhere()).entrySet()) {
                sb.append("Included in their hosts' cost (").append(g.getKey()).append("): ").append(String.join(", ", g.getValue())).append('\n');
            }
            if (!e.unpriced().isEmpty()) {
                sb.append("Not priced:\n");
                for (CostModel.Unpriced u : e.unpriced()) sb.append("  ").append(u.component()).append(" (").append(u.kind().id()).append("): ").append(u.reason()).append('\n');
            }
            sb.append(priceLine(e)).append('\n');
        }
        return sb.toString();
    }

    static String verdict(double desired, double max, dev.archkit.model.Value.Money budget) {
        double b = budget.centsPerMonth() / 100.0;
        if (desired > b) return ": EXCEEDED at desired scale by " + usd(desired - b);
        if (max > b) return ": within at desired scale, exceeded at max scale by " + usd(max - b);
        return ": within, " + usd(b - max) + " to spare at max scale";
    }

    private static void table(StringBuilder sb, List<String[]> rows) {
        int[] w = new int[4];
        for (String[] r : rows) if (r != null) for (int i = 0; i < 4; i++) w[i] = Math.max(w[i], r[i].length());
        for (String[] r : rows) {
            if (r == null) {
                sb.append("-".repeat(w[0] + w[1] + w[2] + w[3] + 6)).append('\n');
                continue;
            }
            StringBuilder line = new StringBuilder(r[0]);
            line.append(" ".repeat(w[0] - r[0].length()));
            for (int i = 1; i < 4; i++) line.append("  ").append(" ".repeat(w[i] - r[i].length())).append(r[i]);
            sb.append(line.toString().stripTrailing()).append('\n');
        }
    }

    // ---- markdown -----------------------------------------------------------------------------

    public static String markdown(List<CostModel.Estimate> estimates) {
        StringBuilder sb = new StringBuilder();
        for (CostModel.Estimate e : estimates) {
            if (sb.length() > 0) sb.append('\n');
            sb.append("### Cost: ").append(md(title(e))).append("\n\n");
            sb.append("| Component | Line | Min | Desired | Max |\n|---|---|---:|---:|---:|\n");
            for (CostModel.Line l : e.lines()) {
                boolean first = true;
                for (CostModel.Item i : l.items()) {
                    sb.append("| ").append(first ? "`" + md(l.component()) + "` (" + l.kind().id() + ")" : "").append(" | ").append(md(i.what()))
                      .append(" | ").append(usd(i.min())).append(" | ").append(usd(i.desired())).append(" | ").append(usd(i.max())).append(" |\n");
                    first = false;
                }
                if (l.items().isEmpty()) sb.append("| `").append(md(l.component())).append("` (").append(l.kind().id()).append(") | ").append(md(l.note() == null ? "" : l.note())).append(" | | | |\n");
            }
            sb.append("| **Total** | | **").append(usd(e.min())).append("** | **").append(usd(e.desired())).append("** | **").append(usd(e.max())).append("** |\n\n");
            if (e.budget() != null) sb.append("Budget ").append(usd(e.budget().centsPerMonth() / 100.0)).append(" per month").append(verdict(e.desired(), e.max(), e.budget())).append(".\n\n");
            for (CostModel.Line l : e.lines()) {
                if (l.budget() != null) sb.append("- `").append(md(l.component())).append("` budget ").append(usd(l.budget().centsPerMonth() / 100.0)).append(verdict(l.desired(), l.max(), l.budget())).append('\n');
            }
            if (!e.assumptions().isEmpty()) {
                sb.append("<details><summary>Assumed usage (").append(e.assumptions().size()).append(")</summary>\n\n");
                for (CostModel.Assumption a : e.assumptions()) sb.append("- `").append(md(a.component())).append("`: ").append(md(a.message())).append('\n');
                sb.append("\n</details>\n\n");
            }
            for (Map.Entry<String, List<String>> g : grouped(e.elsewhere()).entrySet()) {
                sb.append("Included in their hosts' cost (").append(md(g.getKey())).append("): ")
                  .append(String.join(", ", g.getValue().stream().map(n -> "`" + md(n) + "`").toList())).append(".\n\n");
            }
            if (!e.unpriced().isEmpty()) {
                sb.append("Not priced: ");
                List<String> parts = new ArrayList<>();
                for (CostModel.Unpriced u : e.unpriced()) parts.add("`" + md(u.component()) + "` (" + md(u.reason()) + ")");
                sb.append(String.join(", ", parts)).append(".\n\n");
            }
            sb.append("_").append(md(priceLine(e))).append("_\n");
        }
        return sb.toString();
    }

    private static Map<String, List<String>> grouped(List<CostModel.Unpriced> us) {
        Map<String, List<String>> m = new LinkedHashMap<>();
        for (CostModel.Unpriced u : us) m.computeIfAbsent(u.reason(), k -> new ArrayList<>()).add(u.component());
        return m;
    }

    private static String md(String s) {
        return s.replace("|", "\\|").replace("`", "'");
    }

    // ---- json / csv ---------------------------------------------------------------------------

    public static String json(List<CostModel.Estimate> estimates) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        if (!estimates.isEmpty()) {
            PriceTable t = estimates.get(0).prices();
            ObjectNode prices = root.putObject("prices");
            prices.put("origin", t.origin());
            prices.put("date", t.date());
            prices.put("hoursPerMonth", t.hoursPerMonth());
            prices.put("currency", "USD");
        }
        ArrayNode envs = root.putArray("estimates");
        for (CostModel.Estimate e : estimates) {
            ObjectNode o = envs.addObject();
            o.put("architecture", e.architecture());
            if (e.environment() != null) o.put("environment", e.environment());
            o.put("region", e.region());
            totals(o, e.min(), e.desired(), e.max());
            if (e.budget() != null) {
                o.put("budget", money(e.budget().centsPerMonth() / 100.0));
                o.put("budgetAt", e.budgetAt().toString());
            }
            ArrayNode lines = o.putArray("components");
            for (CostModel.Line l : e.lines()) {
                ObjectNode lo = lines.addObject();
                lo.put("name", l.component());
                lo.put("kind", l.kind().id());
                lo.put("at", l.at().toString());
                totals(lo, l.min(), l.desired(), l.max());
                if (l.budget() != null) lo.put("budget", money(l.budget().centsPerMonth() / 100.0));
                if (l.note() != null) lo.put("note", l.note());
                ArrayNode items = lo.putArray("lines");
                for (CostModel.Item i : l.items()) {
                    ObjectNode io = items.addObject();
                    io.put("what", i.what());
                    totals(io, i.min(), i.desired(), i.max());
                }
            }
            ArrayNode as = o.putArray("assumptions");
            for (CostModel.Assumption a : e.assumptions()) {
                ObjectNode ao = as.addObject();
                ao.put("component", a.component());
                ao.put("at", a.at().toString());
                ao.put("message", a.message());
            }
            ArrayNode el = o.putArray("includedInHosts");
            for (CostModel.Unpriced u : e.elsewhere()) {
                ObjectNode uo = el.addObject();
                uo.put("component", u.component());
                uo.put("at", u.at().toString());
                uo.put("where", u.reason());
            }
            ArrayNode un = o.putArray("notPriced");
            for (CostModel.Unpriced u : e.unpriced()) {
                ObjectNode uo = un.addObject();
                uo.put("component", u.component());
                uo.put("kind", u.kind().id());
                uo.put("at", u.at().toString());
                uo.put("reason", u.reason());
            }
        }
        return write(root);
    }

    private static void totals(ObjectNode o, double min, double desired, double max) {
        o.put("min", money(min));
        o.put("desired", money(desired));
        o.put("max", money(max));
    }

    /** Dollars rounded to cents, as an exact decimal (no binary-float noise in the output). */
    static BigDecimal money(double d) {
        return BigDecimal.valueOf(d).setScale(2, RoundingMode.HALF_UP);
    }

    private static String write(ObjectNode root) {
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String csv(List<CostModel.Estimate> estimates) {
        StringBuilder sb = new StringBuilder("environment,component,kind,line,min,desired,max\n");
        for (CostModel.Estimate e : estimates) {
            String env = e.environment() == null ? "" : e.environment();
            for (CostModel.Line l : e.lines()) {
                for (CostModel.Item i : l.items()) {
                    sb.append(csv(env)).append(',').append(csv(l.component())).append(',').append(l.kind().id()).append(',').append(csv(i.what()))
                      .append(',').append(money(i.min()).toPlainString()).append(',').append(money(i.desired()).toPlainString())
                      .append(',').append(money(i.max()).toPlainString()).append('\n');
                }
            }
            sb.append(csv(env)).append(",TOTAL,,,").append(money(e.min()).toPlainString()).append(',')
              .append(money(e.desired()).toPlainString()).append(',').append(money(e.max()).toPlainString()).append('\n');
        }
        return sb.toString();
    }

    private static String csv(String s) {
        if (s.isEmpty()) return s;
        // RFC 4180 quoting; a leading = + - @ is neutralised so a spreadsheet does not run it as a formula
        String t = "=+-@".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
        if (t.contains(",") || t.contains("\"") || t.contains("\n") || !t.equals(s)) return '"' + t.replace("\"", "\"\"") + '"';
        return t;
    }

    // ---- diff ---------------------------------------------------------------------------------

    /** A component's or an environment's cost before and after a change, at desired scale. */
    public record Delta(String environment, String component, dev.archkit.model.view.Kind kind, double before, double after) {
        public double amount() { return after - before; }
        /** The change in percent, or NaN when there was nothing before. */
        public double percent() { return before == 0 ? (after == 0 ? 0 : Double.NaN) : (after - before) * 100 / before; }
    }

    /** The changes between two sets of estimates: per environment a total, then each component whose cost moved. */
    public static List<Delta> diff(List<CostModel.Estimate> before, List<CostModel.Estimate> after) {
        Map<String, CostModel.Estimate> b = byEnv(before), a = byEnv(after);
        Set<String> envs = new LinkedHashSet<>(b.keySet());
        envs.addAll(a.keySet());
        List<Delta> out = new ArrayList<>();
        for (String env : envs) {
            CostModel.Estimate eb = b.get(env), ea = a.get(env);
            String shown = env.isEmpty() ? null : env;
            out.add(new Delta(shown, null, null, eb == null ? 0 : eb.desired(), ea == null ? 0 : ea.desired()));
            Map<String, CostModel.Line> lb = lines(eb), la = lines(ea);
            Set<String> names = new LinkedHashSet<>(lb.keySet());
            names.addAll(la.keySet());
            for (String n : names) {
                CostModel.Line x = lb.get(n), y = la.get(n);
                double vb = x == null ? 0 : x.desired(), va = y == null ? 0 : y.desired();
                if (money(vb).compareTo(money(va)) != 0) out.add(new Delta(shown, n, (y != null ? y : x).kind(), vb, va));
            }
        }
        return out;
    }

    private static Map<String, CostModel.Estimate> byEnv(List<CostModel.Estimate> es) {
        Map<String, CostModel.Estimate> m = new LinkedHashMap<>();
        for (CostModel.Estimate e : es) m.put(e.environment() == null ? "" : e.environment(), e);
        return m;
    }

    private static Map<String, CostModel.Line> lines(CostModel.Estimate e) {
        Map<String, CostModel.Line> m = new LinkedHashMap<>();
        if (e != null) for (CostModel.Line l : e.lines()) m.put(l.component(), l);
        return m;
    }

    public static String pctText(Delta d) {
        double p = d.percent();
        if (Double.isNaN(p)) return "new";
        return String.format(Locale.ROOT, "%+.1f%%", p);
    }

    public static String signed(double d) {
        return (d >= 0 ? "+" : "-") + usd(Math.abs(d));
    }

    public static String diffText(List<Delta> deltas) {
        StringBuilder sb = new StringBuilder();
        for (Delta d : deltas) {
            if (d.component() == null) {
                sb.append(d.environment() == null ? "Total" : "Environment " + d.environment()).append(" at desired scale: ")
                  .append(usd(d.before())).append(" -> ").append(usd(d.after())).append(" per month (")
                  .append(signed(d.amount())).append(", ").append(pctText(d)).append(")\n");
            } else {
                sb.append("  ").append(d.component()).append(" (").append(d.kind().id()).append("): ").append(usd(d.before())).append(" -> ")
                  .append(usd(d.after())).append(" (").append(signed(d.amount())).append(", ").append(pctText(d)).append(")\n");
            }
        }
        return sb.toString();
    }

    public static String diffMarkdown(List<Delta> deltas) {
        boolean envs = deltas.stream().anyMatch(d -> d.environment() != null);
        StringBuilder sb = new StringBuilder("### Cost change (desired scale, per month)\n\n")
                .append(envs ? "| Environment | Component | Before | After | Δ | Δ % |\n|---|---|---:|---:|---:|---:|\n"
                             : "| Component | Before | After | Δ | Δ % |\n|---|---:|---:|---:|---:|\n");
        for (Delta d : deltas) {
            boolean total = d.component() == null;
            sb.append("| ");
            if (envs) sb.append(d.environment() == null ? "" : md(d.environment())).append(" | ");
            sb.append(total ? "**total**" : "`" + md(d.component()) + "`").append(" | ")
              .append(usd(d.before())).append(" | ").append(usd(d.after())).append(" | ")
              .append(total ? "**" + signed(d.amount()) + "**" : signed(d.amount())).append(" | ").append(pctText(d)).append(" |\n");
        }
        return sb.toString();
    }

    public static String diffJson(List<Delta> deltas) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        ArrayNode arr = root.putArray("changes");
        for (Delta d : deltas) {
            ObjectNode o = arr.addObject();
            if (d.environment() != null) o.put("environment", d.environment());
            if (d.component() != null) {
                o.put("component", d.component());
                o.put("kind", d.kind().id());
            } else {
                o.put("total", true);
            }
            o.put("before", money(d.before()));
            o.put("after", money(d.after()));
            o.put("delta", money(d.amount()));
            if (!Double.isNaN(d.percent())) o.put("percent", BigDecimal.valueOf(d.percent()).setScale(1, RoundingMode.HALF_UP));
        }
        return write(root);
    }

    public static String diffCsv(List<Delta> deltas) {
        StringBuilder sb = new StringBuilder("environment,component,kind,before,after,delta,percent\n");
        for (Delta d : deltas) {
            sb.append(d.environment() == null ? "" : csv(d.environment())).append(',').append(d.component() == null ? "TOTAL" : csv(d.component()))
              .append(',').append(d.kind() == null ? "" : d.kind().id()).append(',').append(money(d.before()).toPlainString()).append(',')
              .append(money(d.after()).toPlainString()).append(',').append(money(d.amount()).toPlainString()).append(',')
              .append(Double.isNaN(d.percent()) ? "" : BigDecimal.valueOf(d.percent()).setScale(1, RoundingMode.HALF_UP).toPlainString()).append('\n');
        }
        return sb.toString();
    }

    /** Estimates for every environment of an architecture (or the one view when it has none, or the one named). */
    public static List<CostModel.Estimate> estimates(dev.archkit.model.Architecture base, String env, PriceTable prices) {
        List<CostModel.Estimate> out = new ArrayList<>();
        if (env != null) {
            out.add(CostModel.estimate(dev.archkit.facts.Facts.of(base.forEnvironment(env)), prices));
        } else if (base.environments().isEmpty()) {
            out.add(CostModel.estimate(dev.archkit.facts.Facts.of(base), prices));
        } else {
            for (dev.archkit.model.Environment e : base.environments()) out.add(CostModel.estimate(dev.archkit.facts.Facts.of(base.forEnvironment(e.name())), prices));
        }
        return out;
    }
}
