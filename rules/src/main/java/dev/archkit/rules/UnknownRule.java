package dev.archkit.rules;

/** hygiene/unknown-rule */
public final class UnknownRule extends AbstractRule implements EngineRule {
    public static final String ID = "hygiene/unknown-rule";

    public UnknownRule() {
        super(ID, Severity.ERROR, "A suppression or setting names a rule that does not exist",
                "A misspelt rule id suppresses or configures nothing, so the intent of the line is lost without notice.",
                "Use an id that 'archkit rules' lists; the message suggests the closest one.");
    }
}
