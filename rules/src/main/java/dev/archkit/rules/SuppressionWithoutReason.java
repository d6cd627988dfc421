package dev.archkit.rules;

/** hygiene/suppression-without-reason */
@RuleInfo(
        id = SuppressionWithoutReason.ID,
        severity = Severity.ERROR,
        summary = "A suppression must say why the finding is acceptable",
        rationale = "A suppression without a reason hides a finding from everyone who reads the architecture later; the reason is the review record. Reasons shorter than " + RuleEngine.MIN_REASON + " characters explain nothing.",
        fix = "Write the reason after the rule id: suppress RULE \"why this is acceptable here\"",
        references = {"cdk-nag NagSuppressions (reason of at least 10 characters)"},
        falsePositives = {
                "A complete reason shorter than the minimum ('dev only', 'by design') is reported as too short: the limit is a length, not a judgement of the text."
        })
public final class SuppressionWithoutReason implements EngineRule {
    public static final String ID = "hygiene/suppression-without-reason";
}
