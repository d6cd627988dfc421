package dev.archkit.rules.report;

import dev.archkit.model.diag.Diagnostic;
import dev.archkit.rules.Finding;
import dev.archkit.rules.Severity;

import java.util.List;

/**
 * Markdown for a pull-request comment: a summary line and a table of findings, after the
 * input's own errors (input errors first: the rules did not run on that input).
 */
public final class MarkdownReporter implements Reporter {

    @Override
    public String write(Report report) {
        StringBuilder sb = new StringBuilder("### archkit check\n\n");
        if (!report.diagnostics().isEmpty()) {
            sb.append("**").append(report.inputSummary()).append("**");
            if (report.inputErrors() > 0) sb.append(": the rules did not run on the input with errors; fix them first");
            sb.append("\n\n").append(TABLE);
            for (Diagnostic d : report.diagnostics()) {
                row(sb, InputRules.severity(d), InputRules.ruleId(d), d.location().toString(), d.message(), d.hint() == null ? "" : d.hint());
            }
            sb.append('\n');
        }
        if (report.findings().isEmpty()) {
            sb.append("No findings").append(report.summary().contains("(") ? " " + report.summary().substring(report.summary().indexOf('(')) : "")
              .append(report.inputErrors() > 0 ? " in the input the rules could check" : "").append(".\n");
        } else {
            sb.append("**").append(report.summary()).append("**\n\n");
            sb.append(table(report.findings()));
        }
        String left = TextReporter.exemptions(report);
        if (!left.isEmpty()) {
            sb.append("\n<details><summary>Not held against this check</summary>\n\n");
            for (String line : left.split("\n")) sb.append("- ").append(cell(line)).append('\n');
            sb.append("\n</details>\n");
        }
        return sb.toString();
    }

    /** A table of findings: severity, rule, where, the finding (with its environments) and the fix. */
    public static String table(List<Finding> findings) {
        StringBuilder sb = new StringBuilder(TABLE);
        for (Finding f : findings) row(sb, f.severity(), f.ruleId(), f.location().toString(), TextReporter.message(f), f.fix());
        return sb.toString();
    }

    private static final String TABLE = "| | rule | where | finding | fix |\n| --- | --- | --- | --- | --- |\n";

    private static void row(StringBuilder sb, Severity s, String rule, String where, String message, String fix) {
        String icon = s == Severity.ERROR ? "error" : s == Severity.WARNING ? "warning" : "info";
        sb.append("| ").append(icon).append(" | `").append(rule).append("` | `").append(cell(where)).append("` | ")
          .append(cell(message)).append(" | ").append(cell(fix)).append(" |\n");
    }

    /** Text safe in a table cell: no column break, no line break. */
    public static String cell(String s) {
        return s.replace("|", "\\|").replace("\n", " ");
    }
}
