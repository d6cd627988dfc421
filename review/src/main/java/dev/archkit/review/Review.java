package dev.archkit.review;

import dev.archkit.model.req.Requirement;
import dev.archkit.model.req.Requirements;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Judges every requirement on every candidate and ranks the candidates lexicographically by their
 * {@link Tally}. Deterministic: the same inputs give the same result in the same order.
 */
public final class Review {
    private Review() { }

    public static ReviewResult run(Requirements requirements, List<Candidate> candidates) {
        List<Assessment> unranked = new ArrayList<>();
        for (Candidate c : candidates) {
            Design d = new Design(c);
            List<Judgement> js = new ArrayList<>();
            for (Requirement r : requirements.items()) js.add(Checks.judge(r, d));
            unranked.add(new Assessment(c, js, Tally.of(js, c.monthlyCost()), 0));
        }
        List<Assessment> sorted = new ArrayList<>(unranked);
        sorted.sort(Comparator.comparing(Assessment::tally, Tally.ORDER));   // stable: ties keep the given order
        List<Assessment> ranked = new ArrayList<>();
        int rank = 0;
        for (int i = 0; i < sorted.size(); i++) {
            if (i == 0 || Tally.ORDER.compare(sorted.get(i - 1).tally(), sorted.get(i).tally()) != 0) rank = i + 1;
            Assessment a = sorted.get(i);
            ranked.add(new Assessment(a.candidate(), a.judgements(), a.tally(), rank));
        }
        Optional<Assessment> winner = Optional.empty();
        if (!ranked.isEmpty() && ranked.get(0).tally().meetsEveryMust() && (ranked.size() == 1 || ranked.get(1).rank() != 1)) {
            winner = Optional.of(ranked.get(0));
        }
        return new ReviewResult(requirements, ranked, winner, unjudgeable(requirements, ranked));
    }

    /** The requirements on which every candidate is unknown. */
    private static List<Requirement> unjudgeable(Requirements requirements, List<Assessment> ranked) {
        List<Requirement> out = new ArrayList<>();
        if (ranked.isEmpty()) return out;
        for (int i = 0; i < requirements.items().size(); i++) {
            final int k = i;
            if (ranked.stream().allMatch(a -> a.judgements().get(k).verdict() == Verdict.UNKNOWN)) out.add(requirements.items().get(i));
        }
        return out;
    }
}
