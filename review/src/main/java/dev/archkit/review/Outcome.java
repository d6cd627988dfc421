package dev.archkit.review;

import java.util.ArrayList;
import java.util.List;

/**
 * The verdict of one check with its reason and evidence. {@link #every} folds per-element
 * outcomes: one failure fails, else one unknown makes it unknown, no element is not applicable.
 */
public record Outcome(Verdict verdict, String reason, List<Evidence> evidence) {

    public Outcome {
        evidence = List.copyOf(evidence);
    }

    public static Outcome pass(String reason, Evidence... evidence) { return new Outcome(Verdict.PASS, reason, List.of(evidence)); }

    public static Outcome fail(String reason, Evidence... evidence) { return new Outcome(Verdict.FAIL, reason, List.of(evidence)); }

    public static Outcome unknown(String reason, Evidence... evidence) { return new Outcome(Verdict.UNKNOWN, reason, List.of(evidence)); }

    public static Outcome notApplicable(String reason) { return new Outcome(Verdict.NOT_APPLICABLE, reason, List.of()); }

    /**
     * Folds the outcomes of each element a requirement is about.
     *
     * @param what     what the elements are, plural ("services"), for the reasons
     * @param outcomes one per element (each with its evidence)
     */
    public static Outcome every(String what, List<Outcome> outcomes) {
        if (outcomes.isEmpty()) return notApplicable("no " + what + " in the design");
        List<Outcome> failed = outcomes.stream().filter(o -> o.verdict == Verdict.FAIL).toList();
        if (!failed.isEmpty()) return merged(Verdict.FAIL, failed, failed.size() + " of " + outcomes.size() + " " + what + " fail");
        List<Outcome> unknown = outcomes.stream().filter(o -> o.verdict == Verdict.UNKNOWN).toList();
        if (!unknown.isEmpty()) return merged(Verdict.UNKNOWN, unknown, unknown.size() + " of " + outcomes.size() + " " + what + " lack the facts");
        List<Outcome> passed = outcomes.stream().filter(o -> o.verdict == Verdict.PASS).toList();
        if (passed.isEmpty()) return notApplicable("no " + what + " the requirement is about");
        return merged(Verdict.PASS, passed, "all " + passed.size() + " " + what + " pass");
    }

    private static Outcome merged(Verdict v, List<Outcome> parts, String count) {
        List<Evidence> ev = new ArrayList<>();
        for (Outcome o : parts) ev.addAll(o.evidence);
        String first = parts.get(0).reason;
        return new Outcome(v, parts.size() == 1 ? first : first + " (" + count + ")", ev);
    }
}
