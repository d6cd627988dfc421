package dev.archkit.review;

import dev.archkit.model.req.Requirement;
import dev.archkit.model.req.Requirements;

import java.util.List;
import java.util.Optional;

/**
 * A review: the requirements, every candidate's assessment in rank order (ties in the order the
 * candidates were given), the winner and the requirements no candidate could be judged on.
 *
 * @param winner the one best candidate, when it is unique and meets every must
 */
public record ReviewResult(Requirements requirements, List<Assessment> ranked, Optional<Assessment> winner,
                           List<Requirement> unjudgeable) {

    public ReviewResult {
        ranked = List.copyOf(ranked);
        unjudgeable = List.copyOf(unjudgeable);
    }

    /** One sentence: who wins, or why no one does. */
    public String conclusion() {
        if (winner.isPresent()) return "winner: " + winner.get().name();
        if (ranked.isEmpty()) return "no candidates";
        Assessment best = ranked.get(0);
        long tied = ranked.stream().filter(a -> a.rank() == 1).count();
        if (best.tally().failedMusts() > 0) return "no unique winner: every candidate fails a must";
        if (tied > 1) return "no unique winner: " + String.join(", ", ranked.stream().filter(a -> a.rank() == 1).map(Assessment::name).toList()) + " tie";
        return "no unique winner: " + best.name() + " leaves " + best.tally().unknownMusts() + " must(s) unknown";
    }
}
