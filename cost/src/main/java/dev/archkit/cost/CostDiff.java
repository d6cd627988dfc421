package dev.archkit.cost;

import dev.archkit.cost.CostReport.Delta;

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

    static String pctText(Delta d) {
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
                  .append(usd(d.before())).append(" -> ").append(usd(d.after())).append(" per month (")
                  .append(signed(d.amount())).append(", ").append(pctText(d)).append(")\n");
            } else {
                sb.append("  ").append(d.component()).append(" (").append(d.kind().id()).append("): ").append(usd(d.before())).append(" -> ")
                  .append(usd(d.after())).append(" (").append(signed(d.amount())).append(", ").append(pctText(d)).append(")\n");
            }
        }
        return sb.toString();
    }
}
