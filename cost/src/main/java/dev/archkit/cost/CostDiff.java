package dev.archkit.cost;

import dev.archkit.cost.CostReport.Delta;
import dev.archkit.model.view.Kind;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static dev.archkit.cost.Numbers.money;
import static dev.archkit.cost.Numbers.usd;

/** What changed between two sets of estimates, at desired scale, and how the change is written as text. */
final class CostDiff {
    private CostDiff() { }

    /** Per environment (in the order first seen) a total, then each component whose cost moved by a cent or more. */
    static List<Delta> of(List<CostModel.Estimate> before, List<CostModel.Estimate> after) {
        Map<String, CostModel.Estimate> b = byEnv(before), a = byEnv(after);
        Set<String> envs = new LinkedHashSet<>(b.keySet());
        envs.addAll(a.keySet());
        List<Delta> out = new ArrayList<>();
        for (String env : envs) {
            CostModel.Estimate eb = b.get(env), ea = a.get(env);
            String shown = env.isEmpty() ? null : env;
            Map<String, CostModel.Unpriced> ub = missing(eb), ua = missing(ea);
            out.add(new Delta(shown, null, null, eb == null ? 0 : eb.desired(), ea == null ? 0 : ea.desired(),
                    names(ub), names(ua)));
            Map<String, CostModel.Line> lb = lines(eb), la = lines(ea);
            Set<String> names = new LinkedHashSet<>(lb.keySet());
            names.addAll(la.keySet());
            names.addAll(ub.keySet());
            names.addAll(ua.keySet());
            for (String k : names) {
                String n = k.substring(k.indexOf(':') + 1);   // the component's name, after its kind
                CostModel.Line x = lb.get(k), y = la.get(k);
                double vb = x == null ? 0 : x.desired(), va = y == null ? 0 : y.desired();
                boolean unpricedB = ub.containsKey(k), unpricedA = ua.containsKey(k);
                // a component without a price on either side is listed: its change is not known
                if (money(vb).compareTo(money(va)) == 0 && !unpricedB && !unpricedA) continue;
                Kind kind = y != null ? y.kind() : x != null ? x.kind() : (ua.containsKey(k) ? ua.get(k) : ub.get(k)).kind();
                out.add(new Delta(shown, n, kind, vb, va, unpricedB ? List.of(n) : List.of(), unpricedA ? List.of(n) : List.of()));
            }
        }
        return out;
    }

    private static Map<String, CostModel.Estimate> byEnv(List<CostModel.Estimate> es) {
        Map<String, CostModel.Estimate> m = new LinkedHashMap<>();
        for (CostModel.Estimate e : es) m.put(e.environment() == null ? "" : e.environment(), e);
        return m;
    }

    /**
     * A component's key: its kind and name ({@code nat:orders}), since names are unique per
     * namespace only and a NAT gateway and a service may both be 'orders'.
     */
    private static String key(Kind kind, String component) {
        return (kind == null ? "" : kind.id()) + ":" + component;
    }

    /** The components an estimate leaves out for want of a price, by kind and name. */
    private static Map<String, CostModel.Unpriced> missing(CostModel.Estimate e) {
        Map<String, CostModel.Unpriced> m = new LinkedHashMap<>();
        if (e != null) for (CostModel.Unpriced u : e.missing()) m.putIfAbsent(key(u.kind(), u.component()), u);
        return m;
    }

    private static List<String> names(Map<String, CostModel.Unpriced> unpriced) {
        List<String> out = new ArrayList<>();
        for (CostModel.Unpriced u : unpriced.values()) if (!out.contains(u.component())) out.add(u.component());
        return List.copyOf(out);
    }

    private static Map<String, CostModel.Line> lines(CostModel.Estimate e) {
        Map<String, CostModel.Line> m = new LinkedHashMap<>();
        if (e != null) for (CostModel.Line l : e.lines()) m.put(key(l.kind(), l.component()), l);
        return m;
    }

    /** A side of a delta as written: dollars, "unpriced" for a component without a price, "at least" for a partial total. */
    static String side(Delta d, boolean before) {
        List<String> unpriced = before ? d.unpricedBefore() : d.unpricedAfter();
        double v = before ? d.before() : d.after();
        if (unpriced.isEmpty()) return usd(v);
        return d.component() != null ? "unpriced" : "at least " + usd(v);
    }

    /**
     * What a partial delta leaves out, as a sentence, or "" for a complete one:
     * {@code partial: without a price, left out: db (before and after)}.
     */
    static String partialNote(Delta d) {
        if (!d.partial()) return "";
        if (d.unpricedBefore().equals(d.unpricedAfter())) {
            return "partial: without a price, " + String.join(", ", d.unpricedAfter()) + " left out before and after";
        }
        List<String> parts = new ArrayList<>();
        if (!d.unpricedBefore().isEmpty()) parts.add("before: " + String.join(", ", d.unpricedBefore()));
        if (!d.unpricedAfter().isEmpty()) parts.add("after: " + String.join(", ", d.unpricedAfter()));
        return "partial: without a price, left out " + String.join("; ", parts);
    }

    static String pctText(Delta d) {
        if (d.component() != null && d.partial()) return "unknown";
        double p = d.percent();
        if (Double.isNaN(p)) return "new";
        return String.format(Locale.ROOT, "%+.1f%%", p);
    }

    static String signed(double d) {
        return (d >= 0 ? "+" : "-") + usd(Math.abs(d));
    }

    static String text(List<Delta> deltas) {
        StringBuilder sb = new StringBuilder();
        for (Delta d : deltas) {
            if (d.component() == null) {
                sb.append(d.environment() == null ? "Total" : "Environment " + d.environment()).append(" at desired scale: ")
                  .append(side(d, true)).append(" -> ").append(side(d, false)).append(" per month (")
                  .append(signed(d.amount())).append(", ").append(pctText(d)).append(")");
                if (d.partial()) sb.append("; ").append(partialNote(d)).append(", so the change counts priced components only");
                sb.append("\n");
            } else if (d.partial()) {
                sb.append("  ").append(d.component()).append(" (").append(d.kind().id()).append("): ").append(side(d, true)).append(" -> ")
                  .append(side(d, false)).append(" (change unknown)\n");
            } else {
                sb.append("  ").append(d.component()).append(" (").append(d.kind().id()).append("): ").append(usd(d.before())).append(" -> ")
                  .append(usd(d.after())).append(" (").append(signed(d.amount())).append(", ").append(pctText(d)).append(")\n");
            }
        }
        return sb.toString();
    }
}
