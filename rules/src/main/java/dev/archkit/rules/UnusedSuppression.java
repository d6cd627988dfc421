package dev.archkit.rules;

/** hygiene/unused-suppression */
@RuleInfo(
        id = UnusedSuppression.ID,
        severity = Severity.WARNING,
        summary = "A suppression excuses no finding",
        rationale = "A suppression that matches nothing is left over from a fix or sits on the wrong element; it would silently hide a future finding.",
        fix = "Remove it, or move it to the element or dependency the finding is about.",
        falsePositives = {
                "A suppression of a rule that is turned off ('rule ID off') is reported, since the rule does not run and so cannot be suppressed.",
                "A suppression of cost/increase excuses nothing under 'archkit check', which has no version to compare with; it is used under 'archkit diff'."
        })
public final class UnusedSuppression implements EngineRule {
    public static final String ID = "hygiene/unused-suppression";
}
