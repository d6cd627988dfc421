package dev.archkit.review;

import dev.archkit.model.req.Priority;
import dev.archkit.model.req.Requirement;

import java.util.List;

/**
 * The review as a decision record in the MADR form: the requirements are the decision drivers,
 * the candidates the considered options; "Chosen option" names the winner and why, and each
 * option lists its good and bad points with their evidence.
 */
public final class MarkdownReport {
    private MarkdownReport() { }

    public static String of(ReviewResult r) {
        StringBuilder sb = new StringBuilder();
        sb.append("# Design review: ").append(r.requirements().name()).append("\n\n");
        sb.append("## Decision drivers\n\n");
        for (Requirement q : r.requirements().items()) {
            sb.append("* **").append(q.id()).append("** (").append(q.priority().id()).append("): `").append(q.statement()).append("` ")
                    .append(q.predicate().summary());
            if (!q.wellArchitected().isEmpty()) sb.append(" [").append(String.join(", ", q.wellArchitected())).append("]");
            sb.append('\n');
        }
        sb.append("\n## Considered options\n\n");
        for (Assessment a : r.ranked()) sb.append("* ").append(a.name()).append(" (`").append(a.candidate().file()).append("`)\n");
        sb.append("\n## Decision outcome\n\n");
        if (r.winner().isPresent()) {
            Assessment w = r.winner().get();
            sb.append("Chosen option: \"").append(w.name()).append("\", because it meets every must (")
                    .append(w.with(Verdict.PASS, Priority.MUST).size()).append(" passed)");
            if (r.ranked().size() > 1) sb.append(" and ranks ahead of ").append(runnersUp(r));
            sb.append(".\n");
        } else {
            sb.append("No option chosen: ").append(r.conclusion()).append(".\n");
        }
        sb.append("\n## Comparison\n\n| requirement |");
        for (Assessment a : r.ranked()) sb.append(' ').append(a.name()).append(" |");
        sb.append("\n|---|");
        for (int i = 0; i < r.ranked().size(); i++) sb.append("---|");
        sb.append('\n');
        for (int i = 0; i < r.requirements().items().size(); i++) {
            sb.append("| ").append(Texts.requirement(r.requirements().items().get(i))).append(" |");
            for (Assessment a : r.ranked()) {
                Verdict v = a.judgements().get(i).verdict();
                sb.append(' ').append(v == Verdict.FAIL ? "**fail**" : v.id()).append(" |");
            }
            sb.append('\n');
        }
        sb.append("| rank |");
        for (Assessment a : r.ranked()) sb.append(' ').append(a.rank()).append(" |");
        sb.append("\n| monthly cost |");
        for (Assessment a : r.ranked()) sb.append(' ').append(Texts.cost(a.tally().cost())).append(" |");
        sb.append("\n| lint findings |");
        for (Assessment a : r.ranked()) sb.append(' ').append(Texts.findings(a.candidate().findings())).append(" |");
        sb.append("\n\n## Pros and cons of the options\n");
        for (Assessment a : r.ranked()) {
            sb.append("\n### ").append(a.name()).append("\n\n");
            for (Judgement j : a.judgements()) {
                switch (j.verdict()) {
                    case PASS -> sb.append("* Good, because meets ").append(j.requirement().id()).append(": ").append(j.outcome().reason()).append('\n');
                    case FAIL -> item(sb, "Bad, because fails ", j);
                    case UNKNOWN -> item(sb, "Neutral, because the model cannot tell ", j);
                    case NOT_APPLICABLE -> { }
                }
            }
        }
        if (!r.unjudgeable().isEmpty()) {
            sb.append("\n## Not judged\n\n");
            for (Requirement q : r.unjudgeable()) sb.append("* ").append(q.id()).append(": no candidate's model has the facts for `").append(q.statement()).append("`\n");
        }
        return sb.toString();
    }

    /**
     * The candidates at the second rank and why they rank there: one by name with its standing, or
     * every one of a tie (their tallies are equal, so one standing holds for each).
     */
    static String runnersUp(ReviewResult r) {
        int second = r.ranked().get(1).rank();
        List<Assessment> tied = r.ranked().stream().filter(a -> a.rank() == second).toList();
        List<String> names = tied.stream().map(a -> "\"" + a.name() + "\"").toList();
        String standing = Texts.standing(tied.get(0));
        if (names.size() == 1) return names.get(0) + " (" + standing + ")";
        String all = String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
        return all + ", tied at rank " + second + " (each " + standing + ")";
    }

    private static void item(StringBuilder sb, String lead, Judgement j) {
        sb.append("* ").append(lead).append(j.requirement().id()).append(" (").append(j.requirement().priority().id()).append("): ")
                .append(j.outcome().reason()).append('\n');
        List<String> ev = Texts.evidence(j.outcome());
        for (String e : ev) sb.append("  * ").append(e).append('\n');
    }
}
