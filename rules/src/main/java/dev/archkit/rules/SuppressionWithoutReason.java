package dev.archkit.rules;

/** hygiene/suppression-without-reason */
public final class SuppressionWithoutReason extends AbstractRule implements EngineRule {
    public static final String ID = "hygiene/suppression-without-reason";

    public SuppressionWithoutReason() {
        super(ID, Severity.ERROR, "A suppression must say why the finding is acceptable",
                "A suppression without a reason hides a finding from everyone who reads the architecture later; the reason is the review record. Reasons shorter than " + RuleEngine.MIN_REASON + " characters explain nothing.",
                "Write the reason after the rule id: suppress RULE \"why this is acceptable here\"",
                "cdk-nag NagSuppressions (reason of at least 10 characters)");
    }
}
