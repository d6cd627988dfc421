package dev.archkit.report;

import dev.archkit.cost.CostModel;

import java.util.ArrayList;
import java.util.List;

/** The cost module's estimates of one architecture (one per environment) as the report's tables and charts. */
final class CostTables {
    private CostTables() { }

    static CostSection of(List<CostModel.Estimate> estimates, String sectionId) {
        List<CostSection.Table> tables = new ArrayList<>();
        for (CostModel.Estimate e : estimates) {
            List<CostSection.Row> rows = new ArrayList<>();
            for (CostModel.Line l : e.lines()) {
                rows.add(new CostSection.Row(l.component(), l.kind() == null ? "" : l.kind().id(), amounts(l.min(), l.desired(), l.max())));
            }
            List<String> assumptions = new ArrayList<>();
            for (CostModel.Assumption a : e.assumptions()) assumptions.add(a.component() + ": " + a.message());
            String env = e.environment() == null ? "" : e.environment();
            String budget = e.budget() == null ? "" : e.budget().text() + (e.budgetAt() == null ? "" : " (" + e.budgetAt() + ")");
            tables.add(new CostSection.Table(sectionId + "-cost-" + (env.isEmpty() ? "all" : env), env, e.region() == null ? "" : e.region(),
                    rows, amounts(e.min(), e.desired(), e.max()), partial(e), budget, assumptions, CostChart.of(e.lines())));
        }
        return new CostSection(tables, "");
    }

    /** "" for a complete total; else "partial: N components unpriced (a, b), a lower bound". */
    private static String partial(CostModel.Estimate e) {
        if (!e.partial()) return "";
        List<String> names = e.missing().stream().map(u -> u.component() + ": " + u.reason()).toList();
        return "partial: " + names.size() + (names.size() == 1 ? " component" : " components") + " unpriced (" + String.join("; ", names)
                + "), a lower bound";
    }

    /** A section that says why there is no cost. */
    static CostSection unavailable(String why) {
        return new CostSection(List.of(), why);
    }

    static CostSection.Amounts amounts(double min, double desired, double max) {
        return new CostSection.Amounts(CostModel.usd(min), CostModel.usd(desired), CostModel.usd(max));
    }
}
