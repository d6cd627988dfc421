package dev.archkit.rules.report;

import dev.archkit.model.diag.Diagnostic;
import dev.archkit.rules.Severity;

import java.util.List;
import java.util.TreeSet;

/**
 * The tool-level rules under which machine reports list the input's own diagnostics: a
 * diagnostic with code {@code syntax} is a result of rule {@code input/syntax}. These are not
 * catalog rules (they cannot be suppressed or turned off); they exist so that SARIF, JUnit,
 * GitHub annotations and JSON name every problem with one id scheme.
 */
public final class InputRules {
    public static final String FAMILY = "input";

    public static final String DESCRIPTION = "A problem with the .arch input itself (syntax, names, references, types, units or "
            + "a semantic check of the language), found before the rules run. The rules do not run on an architecture "
            + "whose files have input errors, so its findings are unknown until the errors are fixed.";

    private InputRules() { }

    public static String ruleId(Diagnostic d) {
        return FAMILY + "/" + d.code();
    }

    /** The input rule ids the diagnostics use, sorted. */
    public static List<String> ids(List<Diagnostic> ds) {
        TreeSet<String> ids = new TreeSet<>();
        for (Diagnostic d : ds) ids.add(ruleId(d));
        return List.copyOf(ids);
    }

    /** "syntax" -> "Input: syntax"; "unresolved-reference" -> "Input: unresolved reference". */
    public static String summary(String ruleId) {
        return "Input: " + ruleId.substring(FAMILY.length() + 1).replace('-', ' ');
    }

    /** The severity a diagnostic is reported with: errors fail, warnings warn, notes inform. */
    public static Severity severity(Diagnostic d) {
        return switch (d.severity()) {
            case ERROR -> Severity.ERROR;
            case WARNING -> Severity.WARNING;
            case NOTE -> Severity.INFO;
        };
    }

    /** The message with the diagnostic's hint, when it has one. */
    public static String message(Diagnostic d) {
        return d.hint() == null ? d.message() : d.message() + " (hint: " + d.hint() + ")";
    }
}
