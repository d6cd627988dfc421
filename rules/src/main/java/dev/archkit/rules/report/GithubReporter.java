package dev.archkit.rules.report;

import dev.archkit.model.Location;
import dev.archkit.model.diag.Diagnostic;
import dev.archkit.rules.Finding;
import dev.archkit.rules.RuleEngine;
import dev.archkit.rules.Severity;

/**
 * GitHub Actions workflow commands: '::error file=F,line=L,col=C,title=RULE::message', so that
 * findings, and the input's own errors (title input/CODE), show as annotations on the pull
 * request's diff.
 */
public final class GithubReporter implements Reporter {

    @Override
    public String write(Report report) {
        StringBuilder sb = new StringBuilder();
        for (Diagnostic d : report.diagnostics()) {
            annotation(sb, InputRules.severity(d), d.location(), InputRules.ruleId(d), InputRules.message(d));
        }
        for (Finding f : report.findings()) {
            annotation(sb, f.severity(), f.location(), f.ruleId(), TextReporter.message(f) + ". Fix: " + f.fix());
        }
        // what the check left out, as notices: each rule turned off where it was, and one line for the excused findings
        for (RuleEngine.Disabled d : report.exemptions().disabled()) {
            annotation(sb, Severity.INFO, d.at(), "rule off: " + d.ruleId(),
                    "rule " + d.ruleId() + " is off" + (d.reason() == null ? " (no reason given)" : ": " + d.reason()));
        }
        Exemptions e = report.exemptions();
        if (!report.suppressed().isEmpty() || e.baseline() != null) {
            sb.append("::notice title=archkit::").append(data(report.summary()
                    + (e.fixed().isEmpty() ? "" : "; " + Report.plural(e.fixed().size(), "baseline entry").replace("entrys", "entries") + " fixed (--write-baseline " + e.baseline() + " drops "
                    + (e.fixed().size() == 1 ? "it" : "them") + ")")))
              .append('\n');
        }
        return sb.toString();
    }

    private static void annotation(StringBuilder sb, Severity severity, Location at, String title, String message) {
        String level = switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "notice";
        };
        sb.append("::").append(level).append(" file=").append(property(SarifReporter.uri(at.file())));
        if (at.isKnown()) sb.append(",line=").append(at.line()).append(",col=").append(Math.max(1, at.column()));
        sb.append(",title=").append(property(title)).append("::").append(data(message)).append('\n');
    }

    /** Escaping of workflow command data (the message). */
    static String data(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** Escaping of workflow command properties (file, title). */
    static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }
}
