package dev.archkit.rules.report;

import dev.archkit.model.diag.Diagnostic;
import dev.archkit.model.diag.DiagnosticRenderer;
import dev.archkit.rules.Finding;
import dev.archkit.rules.RuleEngine;

import java.util.ArrayList;
import java.util.List;

/** Compiler style: file:line:col: severity: message [rule], the line, a caret, the fix and related places. */
public final class TextReporter implements Reporter {
    private final boolean color;

    public TextReporter(boolean color) {
        this.color = color;
    }

    @Override
    public String write(Report report) {
        DiagnosticRenderer r = new DiagnosticRenderer(report.sources()::get, color);
        StringBuilder sb = new StringBuilder();
        for (Finding f : report.findings()) sb.append(r.render(asDiagnostic(f)));
        return sb.toString();
    }

    /**
     * What the run did not hold against the input, one line each: the rules turned off (where,
     * why), the suppressions (where, what, why), how many findings the baseline accepted and its
     * entries that match nothing any more. Empty when there is none.
     */
    public static String exemptions(Report report) {
        StringBuilder sb = new StringBuilder();
        for (RuleEngine.Disabled d : report.exemptions().disabled()) {
            sb.append(d.at()).append(": rule ").append(d.ruleId()).append(" is off")
              .append(d.reason() == null ? " (no reason given)" : ": \"" + d.reason() + "\"").append('\n');
        }
        for (RuleEngine.Suppressed s : report.suppressed()) {
            Finding f = s.finding();
            sb.append(s.suppression()).append(": suppressed ").append(f.ruleId())
              .append(f.subject() == null ? "" : " on " + f.subject()).append(" (").append(f.location()).append(")")
              .append(s.reason() == null ? "" : ": \"" + s.reason() + "\"").append('\n');
        }
        Exemptions e = report.exemptions();
        if (e.baseline() != null) {
            sb.append(e.baseline()).append(": ").append(Report.plural(e.baselined().size(), "finding")).append(" accepted by the baseline\n");
            for (Baseline.Entry x : e.fixed()) {
                sb.append(e.baseline()).append(": fixed, no longer found: ").append(x.rule())
                  .append(x.subject() == null ? "" : " on " + x.subject()).append(" in ").append(x.file())
                  .append(" (--write-baseline ").append(e.baseline()).append(" drops it)\n");
            }
        }
        return sb.toString();
    }

    static Diagnostic asDiagnostic(Finding f) {
        dev.archkit.model.diag.Severity s = switch (f.severity()) {
            case ERROR -> dev.archkit.model.diag.Severity.ERROR;
            case WARNING -> dev.archkit.model.diag.Severity.WARNING;
            case INFO -> dev.archkit.model.diag.Severity.NOTE;
        };
        List<Diagnostic.Related> related = new ArrayList<>();
        for (Finding.Related x : f.related()) related.add(new Diagnostic.Related(x.location(), x.message()));
        return new Diagnostic(s, f.ruleId(), message(f), f.location(), "fix: " + f.fix(), related).withHint(f.fix());
    }

    /** The message, with the environments it holds in when it does not hold everywhere. */
    static String message(Finding f) {
        return f.environments().isEmpty() ? f.message() : f.message() + " (" + String.join(", ", f.environments()) + ")";
    }
}
