package dev.archkit.lang;

import dev.archkit.lang.ast.Stmt;
import dev.archkit.model.Location;
import dev.archkit.model.diag.Diagnostic;
import dev.archkit.model.schema.Schema;

import java.util.List;

/**
 * Tells .arch text from any other file that was read as .arch (a key file, /etc/passwd, a
 * process's environment): such a file must not be shown, since its diagnostics would print it
 * line by line. A file is foreign when it holds control characters other than tab, form feed
 * and line breaks (so binary data and NUL-separated lists), or when it does not start with a
 * statement the language knows (an import, an architecture, an environment, a dependency arrow,
 * a requirements block, or an element or architecture property by its keyword) and at most half of its statements are
 * such. A .arch file with a typo in its first line is still .arch; a key file whose third line
 * happens to be {@code region = eu-west-1} is not. An empty file is not foreign.
 */
public final class ForeignText {
    private ForeignText() { }

    /** Why {@code p} is not .arch text ("it holds control characters, ...", ...), or null when it looks like .arch. */
    public static String why(SourceParser.Parsed p) {
        String text = p.text();
        for (int i = 0; !p.plain() && i < text.length(); i++) {   // the fast lexer read a plain text to its end
            if (FastLexer.isControl(text.charAt(i))) return "it holds control characters, so it is not text";
        }
        List<Stmt> statements = p.statements();
        if (statements.isEmpty()) {
            // a text nested too deep is not parsed at all, which says nothing of what it is
            boolean unparsed = p.diagnostics().stream().anyMatch(d -> d.code().equals(SourceParser.NESTING));
            return p.hasErrors() && !unparsed ? "it has no statement of the language, only syntax errors" : null;
        }
        Location firstError = p.diagnostics().stream().filter(Diagnostic::isError).map(Diagnostic::location).findFirst().orElse(null);
        Location first = statements.get(0).location();
        boolean startsWell = known(statements.get(0)) && (firstError == null || first == null || first.compareTo(firstError) <= 0);
        if (startsWell || 2 * statements.stream().filter(ForeignText::known).count() > statements.size()) return null;
        return "it does not start with an import, architecture, element or property, and most of its statements are none";
    }

    /** Whether {@code s} is a statement of the language, by its form or its keyword. */
    static boolean known(Stmt s) {
        if (s instanceof Stmt.Import || s instanceof Stmt.Architecture || s instanceof Stmt.Environment || s instanceof Stmt.Edge) {
            return true;
        }
        if (s instanceof Stmt.Entry e) {
            String key = e.key().text();
            if (key.equals(RequirementsReader.KEYWORD)) return true;   // a requirements block, for 'review'
            return Schema.topLevelKinds().contains(key) || Schema.kind(Schema.ARCHITECTURE).property(key) != null;
        }
        return false;
    }

    /** Where the first problem of {@code p} is (its first syntax error or first statement), as "line L, column C", without any of its text. */
    public static String firstProblem(SourceParser.Parsed p) {
        Location at = p.diagnostics().stream().filter(Diagnostic::isError).map(Diagnostic::location).findFirst().orElse(null);
        Location first = p.statements().isEmpty() ? null : p.statements().get(0).location();
        if (first != null && (at == null || first.compareTo(at) < 0)) at = first;
        return at == null ? "line 1" : "line " + at.line() + ", column " + at.column();
    }
}
