package dev.archkit.model.diag;

/** How bad a diagnostic is. Errors make the input invalid (exit code 2). */
public enum Severity {
    ERROR, WARNING, NOTE;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
