package dev.archkit.rules;

/** hygiene/unused-suppression */
public final class UnusedSuppression extends AbstractRule implements EngineRule {
    public static final String ID = "hygiene/unused-suppression";

    public UnusedSuppression() {
        super(ID, Severity.WARNING, "A suppression excuses no finding",
                "A suppression that matches nothing is left over from a fix or sits on the wrong element; it would silently hide a future finding.",
                "Remove it, or move it to the element or dependency the finding is about.");
    }
}
