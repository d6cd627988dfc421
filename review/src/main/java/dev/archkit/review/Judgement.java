package dev.archkit.review;

import dev.archkit.model.req.Requirement;

/** One cell of the review grid: a requirement judged on one candidate. */
public record Judgement(Requirement requirement, Outcome outcome) {

    public Verdict verdict() { return outcome.verdict(); }
}
