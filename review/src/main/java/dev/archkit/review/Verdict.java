package dev.archkit.review;

/** What a review says of one requirement on one candidate. */
public enum Verdict {
    /** The model's facts show the requirement met. */
    PASS("pass"),
    /** The model's facts show it not met; the evidence says where. */
    FAIL("fail"),
    /** The model lacks a fact the requirement needs: never taken for a pass. */
    UNKNOWN("unknown"),
    /** Nothing in the candidate the requirement is about (no database for rpo-zero). */
    NOT_APPLICABLE("n/a");

    private final String id;

    Verdict(String id) { this.id = id; }

    /** The word reports use. */
    public String id() { return id; }
}
