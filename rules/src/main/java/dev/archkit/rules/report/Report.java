package dev.archkit.rules.report;

import dev.archkit.model.diag.Diagnostic;
import dev.archkit.rules.Finding;
import dev.archkit.rules.RuleEngine;
import dev.archkit.rules.RuleMeta;
import dev.archkit.rules.Severity;

import java.util.List;
import java.util.Map;

/**
 * Everything a reporter writes: the findings in stable order, what was suppressed, the rules
 * that ran (for SARIF's rule metadata), the files checked and their text (for snippets and line
 * hashes), and the diagnostics of the input itself. Every format writes the input diagnostics
 * (as results of the tool-level rules {@code input/CODE}) and counts them: a file with input
 * errors was not checked by the rules, and a report that showed only the findings would look
 * clean when nothing was checked.
 */
public record Report(List<Finding> findings, List<RuleEngine.Suppressed> suppressed, List<RuleMeta> rules,
                     List<String> files, Map<String, String> sources, Severity failOn, List<Diagnostic> diagnostics,
                     Exemptions exemptions) {

    public Report {
        java.util.Objects.requireNonNull(exemptions, "exemptions");
        findings = List.copyOf(findings);
        suppressed = List.copyOf(suppressed);
        rules = List.copyOf(rules);
        files = List.copyOf(files);
        sources = Map.copyOf(sources);
        diagnostics = List.copyOf(diagnostics);
    }

    /** A report with nothing turned off or accepted by a baseline. */
    public Report(List<Finding> findings, List<RuleEngine.Suppressed> suppressed, List<RuleMeta> rules,
                  List<String> files, Map<String, String> sources, Severity failOn, List<Diagnostic> diagnostics) {
        this(findings, suppressed, rules, files, sources, failOn, diagnostics, Exemptions.NONE);
    }

    /** A report of valid input: findings only. */
    public Report(List<Finding> findings, List<RuleEngine.Suppressed> suppressed, List<RuleMeta> rules,
                  List<String> files, Map<String, String> sources, Severity failOn) {
        this(findings, suppressed, rules, files, sources, failOn, List.of());
    }

    public long count(Severity s) {
        return findings.stream().filter(f -> f.severity() == s).count();
    }

    public long inputErrors() {
        return diagnostics.stream().filter(Diagnostic::isError).count();
    }

    public long inputWarnings() {
        return diagnostics.size() - inputErrors();
    }

    /**
     * Whether the run fails: any input error (the rules did not run on that input), or a finding
     * at or above --fail-on. The same verdict as the exit code.
     */
    public boolean fails() {
        return inputErrors() > 0 || findings.stream().anyMatch(f -> f.severity().atLeast(failOn));
    }

    /** "3 errors, 1 warning, 0 info (2 suppressed, 4 baselined, 1 rule off)" */
    public String summary() {
        List<String> excused = new java.util.ArrayList<>();
        if (!suppressed.isEmpty()) excused.add(suppressed.size() + " suppressed");
        if (exemptions.baseline() != null) excused.add(exemptions.baselined().size() + " baselined");
        if (!exemptions.disabled().isEmpty()) excused.add(plural(exemptions.disabled().size(), "rule") + " off");
        return tally(count(Severity.ERROR), count(Severity.WARNING), count(Severity.INFO))
                + (excused.isEmpty() ? "" : " (" + String.join(", ", excused) + ")");
    }

    /** "2 input errors, 1 input warning", or "" when the input has no diagnostic. */
    public String inputSummary() {
        return diagnostics.isEmpty() ? "" : plural(inputErrors(), "input error") + ", " + plural(inputWarnings(), "input warning");
    }

    /** "1 error", "2 errors": the one way every summary counts. */
    public static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    /** "2 errors, 1 warning, 0 info": findings counted by severity, as every summary writes them. */
    public static String tally(long errors, long warnings, long infos) {
        return plural(errors, "error") + ", " + plural(warnings, "warning") + ", " + infos + " info";
    }
}
