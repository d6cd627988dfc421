package dev.archkit.review;

import dev.archkit.model.req.Requirement;

/** The facts that decided one requirement, for every candidate: its verdict, reason and every piece of evidence. */
public final class Explain {
    private Explain() { }

    public static String of(ReviewResult r, Requirement q) {
        int i = r.requirements().items().indexOf(q);
        StringBuilder sb = new StringBuilder();
        sb.append(Texts.requirement(q)).append(" (").append(q.location().file()).append(':').append(q.location().line()).append(")\n");
        sb.append("  passes when ").append(q.predicate().summary()).append('\n');
        if (!q.wellArchitected().isEmpty()) sb.append("  Well-Architected: ").append(String.join(", ", q.wellArchitected())).append('\n');
        for (Assessment a : r.ranked()) {
            Judgement j = a.judgements().get(i);
            sb.append('\n').append(a.name()).append(": ").append(j.verdict().id()).append(" - ").append(j.outcome().reason()).append('\n');
            for (Evidence e : j.outcome().evidence()) sb.append("  ").append(e.text()).append('\n');
        }
        return sb.toString();
    }
}
