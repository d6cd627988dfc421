package dev.archkit.rules;

/** hygiene/unknown-rule */
@RuleInfo(
        id = UnknownRule.ID,
        severity = Severity.ERROR,
        summary = "A suppression or setting names a rule that does not exist",
        rationale = "A misspelt rule id suppresses or configures nothing, so the intent of the line is lost without notice.",
        fix = "Use an id that 'archkit rules' lists; the message suggests the closest one.",
        falsePositives = {
                "A suppression or setting of a rule that a newer archkit has, read by an older one (two versions in one CI, a teammate's older install), is reported as unknown."
        })
public final class UnknownRule implements EngineRule {
    public static final String ID = "hygiene/unknown-rule";
}
