package dev.archkit.review;

import dev.archkit.model.req.Priority;

import java.util.Comparator;
import java.util.List;
import java.util.OptionalDouble;

/**
 * What a candidate is ranked by, in this order: failed musts, unknown musts, failed shoulds, then
 * the estimated monthly cost (an unpriced candidate after every priced one). No composite score:
 * each key is reported as it is.
 */
public record Tally(int failedMusts, int unknownMusts, int failedShoulds, int unknownShoulds, OptionalDouble cost) {

    /** The order of the ranking; equal tallies (costs within a cent) tie. */
    public static final Comparator<Tally> ORDER = Comparator.comparingInt(Tally::failedMusts)
            .thenComparingInt(Tally::unknownMusts)
            .thenComparingInt(Tally::failedShoulds)
            .thenComparingLong(Tally::costKey);

    static Tally of(List<Judgement> judgements, OptionalDouble cost) {
        int fm = 0, um = 0, fs = 0, us = 0;
        for (Judgement j : judgements) {
            boolean must = j.requirement().priority() == Priority.MUST;
            if (j.verdict() == Verdict.FAIL) { if (must) fm++; else fs++; }
            if (j.verdict() == Verdict.UNKNOWN) { if (must) um++; else us++; }
        }
        return new Tally(fm, um, fs, us, cost);
    }

    /** The cost in cents, or the largest value when unpriced. */
    private long costKey() {
        return cost.isPresent() ? Math.round(cost.getAsDouble() * 100) : Long.MAX_VALUE;
    }

    /** Meets every must: none failed, none unknown. */
    public boolean meetsEveryMust() { return failedMusts == 0 && unknownMusts == 0; }
}
