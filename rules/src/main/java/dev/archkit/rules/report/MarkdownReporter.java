package dev.archkit.rules.report;

import dev.archkit.rules.Finding;
import dev.archkit.rules.Severity;

/** Markdown for a pull-request comment: a summary line and a table of findings. */
public final class MarkdownReporter implements Reporter {

    @Override
    public String write(Report report) {
        StringBuilder sb = new StringBuilder("### archkit check\n\n");
        if (report.findings().isEmpty()) {
            sb.append("No findings").append(report.suppressed().isEmpty() ? "" : " (" + report.suppressed().size() + " suppressed)").append(".\n");
            return sb.toString();
        }
        sb.append("**").append(report.summary()).append("**\n\n");
        sb.append("| | rule | where | finding | fix |\n| --- | --- | --- | --- | --- |\n");
        for (Finding f : report.findings()) {
            String icon = f.severity() == Severity.ERROR ? "error" : f.severity() == Severity.WARNING ? "warning" : "info";
            sb.append("| ").append(icon).append(" | `").append(f.ruleId()).append("` | `")
              .append(cell(f.location().toString())).append("` | ").append(cell(TextReporter.message(f)))
              .append(" | ").append(cell(f.fix())).append(" |\n");
        }
        return sb.toString();
    }

    static String cell(String s) {
        return s.replace("|", "\\|").replace("\n", " ");
    }
}
