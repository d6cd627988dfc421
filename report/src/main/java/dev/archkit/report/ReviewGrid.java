package dev.archkit.report;

import dev.archkit.model.req.Requirement;
import dev.archkit.review.Assessment;
import dev.archkit.review.Evidence;
import dev.archkit.review.Judgement;
import dev.archkit.review.ReviewResult;
import dev.archkit.review.Texts;
import dev.archkit.review.Verdict;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A design review on the page: requirements by candidates (in rank order), each cell the
 * verdict the review module reached, with its reason and evidence. Nothing is judged here: every
 * verdict, rank and the winner are read from the {@link ReviewResult} as {@code archkit review}
 * prints them.
 *
 * @param winner     the winner's name, empty when there is no unique winner
 * @param conclusion "winner: NAME" or "no unique winner: ..."
 */
public record ReviewGrid(String name, String requirementsFile, Optional<String> winner, String conclusion,
                         List<Column> columns, List<Row> rows, List<String> unjudgeable) {

    public ReviewGrid {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        unjudgeable = List.copyOf(unjudgeable);
    }

    /** One candidate: its name, file, rank, whether it fails a must, standing, cost and lint findings. */
    public record Column(String name, String file, int rank, boolean winner, boolean eliminated, String standing,
                         String cost, String findings) { }

    /** One requirement and its verdict on each candidate, in the columns' order. */
    public record Row(String id, String priority, String statement, String summary, String wellArchitected,
                      String location, List<Cell> cells) {
        public Row {
            cells = List.copyOf(cells);
        }
    }

    /**
     * One verdict: its word ({@code pass}, {@code fail}, {@code unknown}, {@code n/a}), its label
     * (PASS, FAIL, UNKNOWN, N/A), the reason and every piece of evidence.
     */
    public record Cell(String verdict, String label, String reason, List<Proof> evidence) {
        public Cell {
            evidence = List.copyOf(evidence);
        }

        /** The reason and the evidence on separate lines, for the cell's tooltip. */
        public String tooltip() {
            StringBuilder sb = new StringBuilder(reason);
            for (Proof p : evidence) sb.append('\n').append(p.element()).append(": ").append(p.fact())
                    .append(p.location().isEmpty() ? "" : " (" + p.location() + ")");
            return sb.toString();
        }

        /** The CSS class of the verdict: {@code pass}, {@code fail}, {@code unknown}, {@code na}. */
        public String css() { return verdict.equals("n/a") ? "na" : verdict; }
    }

    /** One piece of evidence: the element, what the model says of it, and {@code file:line} (empty when not known). */
    public record Proof(String element, String fact, String location) { }

    /** The grid of a review's result, in its rank order. */
    public static ReviewGrid of(ReviewResult result, String requirementsFile) {
        List<Column> cols = new ArrayList<>();
        Optional<String> winner = result.winner().map(Assessment::name);
        for (Assessment a : result.ranked()) {
            cols.add(new Column(a.name(), a.candidate().file(), a.rank(), winner.filter(a.name()::equals).isPresent(), a.eliminated(),
                    Texts.standing(a), Texts.cost(a.tally().cost()), Texts.findings(a.candidate().findings())));
        }
        List<Row> rows = new ArrayList<>();
        List<Requirement> items = result.requirements().items();
        for (int i = 0; i < items.size(); i++) {
            Requirement q = items.get(i);
            List<Cell> cells = new ArrayList<>();
            for (Assessment a : result.ranked()) cells.add(cell(a.judgements().get(i)));
            rows.add(new Row(q.id(), q.priority().id(), q.statement(), q.predicate().summary(), String.join(", ", q.wellArchitected()),
                    q.location().isKnown() ? q.location().file() + ":" + q.location().line() : "", cells));
        }
        return new ReviewGrid(result.requirements().name(), requirementsFile, winner, result.conclusion(), cols, rows,
                result.unjudgeable().stream().map(Requirement::id).toList());
    }

    private static Cell cell(Judgement j) {
        List<Proof> ev = new ArrayList<>();
        for (Evidence e : j.outcome().evidence()) {
            ev.add(new Proof(e.element(), e.fact(), e.at().isKnown() ? e.at().file() + ":" + e.at().line() : ""));
        }
        Verdict v = j.verdict();
        return new Cell(v.id(), v == Verdict.NOT_APPLICABLE ? "N/A" : v.id().toUpperCase(java.util.Locale.ROOT), j.outcome().reason(), ev);
    }
}
