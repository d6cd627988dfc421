package dev.archkit.review;

import dev.archkit.model.req.Priority;

import java.util.List;

/** One candidate's column of the grid: its verdict on every requirement, its tally and its rank (1 is best; ties share a rank). */
public record Assessment(Candidate candidate, List<Judgement> judgements, Tally tally, int rank) {

    public Assessment {
        judgements = List.copyOf(judgements);
    }

    public String name() { return candidate.name(); }

    /** The judgements of one verdict and priority, in the requirements' order. */
    public List<Judgement> with(Verdict v, Priority p) {
        return judgements.stream().filter(j -> j.verdict() == v && j.requirement().priority() == p).toList();
    }

    /** Out of the running: it fails a must. */
    public boolean eliminated() { return tally.failedMusts() > 0; }
}
