package dev.archkit.rules.report;

import dev.archkit.model.diag.Diagnostic;
import dev.archkit.model.diag.DiagnosticRenderer;
import dev.archkit.rules.Finding;

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
