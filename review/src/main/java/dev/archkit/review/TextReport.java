package dev.archkit.review;

import dev.archkit.model.req.Priority;

import java.util.ArrayList;
import java.util.List;

/** The terminal report: a grid of requirements by candidates (in rank order), the tallies, the conclusion and the reasons per candidate. */
public final class TextReport {
    private TextReport() { }

    public static String of(ReviewResult r) {
        StringBuilder sb = new StringBuilder();
        List<Assessment> cols = r.ranked();
        sb.append("review of ").append(cols.size()).append(" candidate(s) against requirements '").append(r.requirements().name())
                .append("' (").append(r.requirements().items().size()).append(")\n\n");
        List<List<String>> rows = new ArrayList<>();
        List<String> head = new ArrayList<>(List.of("requirement"));
        for (Assessment a : cols) head.add(a.name());
        rows.add(head);
        for (int i = 0; i < r.requirements().items().size(); i++) {
            List<String> row = new ArrayList<>();
            row.add(Texts.requirement(r.requirements().items().get(i)));
            for (Assessment a : cols) {
                Verdict v = a.judgements().get(i).verdict();
                row.add(v == Verdict.FAIL ? "FAIL" : v.id());
            }
            rows.add(row);
        }
        rows.add(tallyRow("failed musts", cols, a -> String.valueOf(a.tally().failedMusts())));
        rows.add(tallyRow("unknown musts", cols, a -> String.valueOf(a.tally().unknownMusts())));
        rows.add(tallyRow("failed shoulds", cols, a -> String.valueOf(a.tally().failedShoulds())));
        rows.add(tallyRow("monthly cost", cols, a -> Texts.cost(a.tally().cost())));
        rows.add(tallyRow("lint errors/warnings", cols, a -> Texts.count(a.candidate().findings(), dev.archkit.rules.Severity.ERROR) + "/"
                + Texts.count(a.candidate().findings(), dev.archkit.rules.Severity.WARNING)));
        rows.add(tallyRow("rank", cols, a -> String.valueOf(a.rank())));
        grid(sb, rows);
        sb.append('\n').append(r.conclusion()).append('\n');
        for (Assessment a : cols) {
            sb.append('\n').append(a.rank()).append(". ").append(a.name()).append(" (").append(a.candidate().file()).append("): ")
                    .append(Texts.standing(a)).append('\n');
            for (Priority p : Priority.values()) {
                for (Verdict v : List.of(Verdict.FAIL, Verdict.UNKNOWN)) {
                    for (Judgement j : a.with(v, p)) {
                        sb.append("   ").append(v == Verdict.FAIL ? "fails " : "unknown ").append(Texts.requirement(j)).append(": ")
                                .append(j.outcome().reason()).append('\n');
                        for (String e : Texts.evidence(j.outcome())) sb.append("      ").append(e).append('\n');
                    }
                }
            }
        }
        for (var u : r.unjudgeable()) {
            sb.append("\nno candidate can be judged on ").append(u.id()).append(" (").append(u.statement()).append("): the models lack its facts\n");
        }
        return sb.toString();
    }

    private static List<String> tallyRow(String label, List<Assessment> cols, java.util.function.Function<Assessment, String> cell) {
        List<String> row = new ArrayList<>(List.of(label));
        for (Assessment a : cols) row.add(cell.apply(a));
        return row;
    }

    private static void grid(StringBuilder sb, List<List<String>> rows) {
        int n = rows.get(0).size();
        int[] w = new int[n];
        for (List<String> row : rows) for (int i = 0; i < n; i++) w[i] = Math.max(w[i], row.get(i).length());
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < n; i++) {
                String c = row.get(i);
                line.append(c).append(" ".repeat(w[i] - c.length() + (i + 1 < n ? 2 : 0)));
            }
            sb.append(line.toString().stripTrailing()).append('\n');
        }
    }
}
