package dev.archkit.rules;

/** hygiene/suppression-without-reason */
@RuleInfo(
        id = SuppressionWithoutReason.ID,
        severity = Severity.ERROR,
        summary = "A suppression, or a rule turned off, must say why",
        rationale = "A suppression without a reason hides a finding from everyone who reads the architecture later; the reason is the review record. Reasons shorter than " + RuleEngine.MIN_REASON + " characters explain nothing.",
        fix = "Write the reason after the rule id: suppress RULE \"why this is acceptable here\"; after the level for a rule turned off: rule RULE off \"why it does not apply\". A rule turned off without a reason is reported even when this rule is off itself.",
        references = {"cdk-nag NagSuppressions (reason of at least 10 characters)"},
        falsePositives = {
                "A complete reason shorter than the minimum ('dev only', 'by design') is reported as too short: the limit is a length, not a judgement of the text."
        })
public final class SuppressionWithoutReason implements EngineRule {
    public static final String ID = "hygiene/suppression-without-reason";
}
