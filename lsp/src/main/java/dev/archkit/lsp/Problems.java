package dev.archkit.lsp;

import dev.archkit.model.Location;
import dev.archkit.model.diag.Severity;
import dev.archkit.rules.Finding;
import org.eclipse.lsp4j.DiagnosticCodeDescription;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticRelatedInformation;
import org.eclipse.lsp4j.DiagnosticSeverity;

import java.util.ArrayList;
import java.util.List;

/** A file's diagnostics and findings as the editor shows them: range, severity, code (the rule id), doc link, related places. */
final class Problems {
    static final String SOURCE = "archkit";
    /** Where the rule pages are published (docs/rules/FAMILY/NAME.md of the repository). */
    static final String RULE_DOCS = "https://github.com/archkit/archkit/blob/main/docs/rules/";

    private Problems() { }

    static List<Diagnostic> of(Analysis.FileProblems p, Uris uris) {
        List<Diagnostic> out = new ArrayList<>(p.diagnostics().size() + p.findings().size());
        for (dev.archkit.model.diag.Diagnostic d : p.diagnostics()) out.add(diagnostic(d, uris));
        for (Finding f : p.findings()) out.add(finding(f, uris));
        return out;
    }

    static Diagnostic diagnostic(dev.archkit.model.diag.Diagnostic d, Uris uris) {
        Diagnostic x = new Diagnostic(Positions.range(d.location()), d.hint() == null ? d.message() : d.message() + "\n" + d.hint(),
                d.severity() == Severity.ERROR ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning, SOURCE, d.code());
        List<DiagnosticRelatedInformation> rel = new ArrayList<>();
        for (var r : d.related()) rel.add(related(r.location(), r.message(), uris));
        if (!rel.isEmpty()) x.setRelatedInformation(rel);
        return x;
    }

    static Diagnostic finding(Finding f, Uris uris) {
        Diagnostic x = new Diagnostic(Positions.range(f.location()), f.message(), severity(f.severity()), SOURCE, f.ruleId());
        x.setCodeDescription(new DiagnosticCodeDescription(docLink(f.ruleId())));
        List<DiagnosticRelatedInformation> rel = new ArrayList<>();
        for (var r : f.related()) rel.add(related(r.location(), r.message(), uris));
        if (!rel.isEmpty()) x.setRelatedInformation(rel);
        return x;
    }

    static String docLink(String ruleId) {
        return RULE_DOCS + ruleId + ".md";
    }

    static DiagnosticSeverity severity(dev.archkit.rules.Severity s) {
        return switch (s) {
            case ERROR -> DiagnosticSeverity.Error;
            case WARNING -> DiagnosticSeverity.Warning;
            case INFO -> DiagnosticSeverity.Information;
        };
    }

    private static DiagnosticRelatedInformation related(Location at, String message, Uris uris) {
        return new DiagnosticRelatedInformation(new org.eclipse.lsp4j.Location(uris.uri(at.file()), Positions.range(at)), message);
    }
}
