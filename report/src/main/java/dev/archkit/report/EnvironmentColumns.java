package dev.archkit.report;

import dev.archkit.cost.CostModel;
import dev.archkit.model.Architecture;
import dev.archkit.model.Environment;
import dev.archkit.model.Value;
import dev.archkit.model.view.Service;
import dev.archkit.model.view.Typed;
import dev.archkit.rules.Finding;
import dev.archkit.rules.Severity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * The environments of an architecture side by side: stage, region, cost, findings, and each
 * service's replicas and size, read from each environment's view of the model, the cost
 * module's estimates and the rule engine's findings.
 */
final class EnvironmentColumns {
    private EnvironmentColumns() { }

    static EnvironmentGrid of(Architecture base, List<CostModel.Estimate> estimates, List<Finding> findings) {
        List<String> envs = base.environments().stream().map(Environment::name).toList();
        List<String> columns = envs.isEmpty() ? List.of(base.name()) : envs;
        List<Architecture> views = new ArrayList<>();
        for (String env : envs) views.add(base.forEnvironment(env));
        if (envs.isEmpty()) views.add(base);

        Map<String, List<String>> rows = new LinkedHashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            String env = envs.isEmpty() ? null : envs.get(i);
            Architecture view = views.get(i);
            cell(rows, "stage", env == null ? "none declared" : base.environmentNamed(env).stage());
            cell(rows, "region", view.region() == null ? "" : view.region());
            CostModel.Estimate e = estimate(estimates, env);
            cell(rows, "cost per month (min / desired / max)", e == null ? "" : CostModel.usd(e.min()) + " / " + CostModel.usd(e.desired()) + " / " + CostModel.usd(e.max()));
            cell(rows, "findings", findings(findings, env));
        }
        LinkedHashSet<String> services = new LinkedHashSet<>();
        for (Architecture v : views) for (Service s : Typed.services(v)) services.add(s.name());
        for (String name : services) {
            for (Architecture v : views) {
                Service s = Typed.services(v).stream().filter(x -> x.name().equals(name)).findFirst().orElse(null);
                cell(rows, name + " · replicas", s == null ? "—" : replicas(s.replicas()));
                cell(rows, name + " · size", s == null ? "—" : size(s));
            }
        }
        List<EnvironmentGrid.Row> out = new ArrayList<>();
        for (Map.Entry<String, List<String>> r : rows.entrySet()) {
            out.add(new EnvironmentGrid.Row(r.getKey(), r.getValue(), r.getValue().stream().distinct().count() > 1));
        }
        return new EnvironmentGrid(columns, out);
    }

    private static void cell(Map<String, List<String>> rows, String label, String value) {
        rows.computeIfAbsent(label, k -> new ArrayList<>()).add(value);
    }

    private static CostModel.Estimate estimate(List<CostModel.Estimate> estimates, String env) {
        for (CostModel.Estimate e : estimates) {
            if (env == null ? e.environment() == null || estimates.size() == 1 : env.equals(e.environment())) return e;
        }
        return null;
    }

    /** The findings that hold in an environment (a finding naming no environment holds in all). */
    private static String findings(List<Finding> findings, String env) {
        long[] n = new long[Severity.values().length];
        for (Finding f : findings) {
            if (env == null || f.environments().isEmpty() || f.environments().contains(env)) n[f.severity().ordinal()]++;
        }
        return dev.archkit.rules.report.Report.tally(n[Severity.ERROR.ordinal()], n[Severity.WARNING.ordinal()], n[Severity.INFO.ordinal()]);
    }

    private static String replicas(Service.Replicas r) {
        return r.scales() ? r.desired() + " (" + r.min() + "–" + r.max() + ")" : String.valueOf(r.desired());
    }

    private static String size(Service s) {
        String cpu = s.cpu().map(Value::text).orElse("");
        String memory = s.memory().map(Value::text).orElse("");
        if (cpu.isEmpty() && memory.isEmpty()) return "—";
        return (cpu.isEmpty() ? "" : "cpu " + cpu) + (cpu.isEmpty() || memory.isEmpty() ? "" : ", ") + (memory.isEmpty() ? "" : "memory " + memory);
    }
}
