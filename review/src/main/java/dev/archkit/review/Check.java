package dev.archkit.review;

import dev.archkit.model.req.Requirement;

/** The checks of one area of the vocabulary: a requirement's predicate answered from a design's facts. */
interface Check {
    Outcome judge(Requirement requirement, Design design);

    /** The count argument of a predicate that takes one. */
    static long count(Requirement r) {
        return ((dev.archkit.model.req.Argument.Count) r.argument()).value();
    }
}
