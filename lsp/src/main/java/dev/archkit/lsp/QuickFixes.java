package dev.archkit.lsp;

import dev.archkit.lang.SourceParser;
import dev.archkit.lang.ast.Stmt;
import dev.archkit.lang.ast.Tok;
import dev.archkit.model.Dependency;
import dev.archkit.model.Element;
import dev.archkit.model.Location;
import dev.archkit.rules.Finding;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Quick fixes where a rule's fix is mechanical: a line added to the element or dependency the
 * finding is about. Every finding can be suppressed there; the reason is left empty on purpose,
 * so hygiene/suppression-without-reason keeps reporting it until someone writes why. A missing
 * timeout gets the rule's suggested 'timeout 2s', a missing breaker 'circuit-breaker'. An image
 * tag has no mechanical fix (only the team knows the version to pin), so none is offered.
 */
final class QuickFixes {
    /** The statements a rule's fix adds, by rule id. */
    private static final Map<String, String> ADD = Map.of(
            "resilience/missing-timeout", "timeout 2s",
            "resilience/missing-circuit-breaker", "circuit-breaker");

    private QuickFixes() { }

    static List<CodeAction> of(Analysis a, String file, Range range, CodeActionContext ctx, Uris uris) {
        List<CodeAction> out = new ArrayList<>();
        for (Finding f : a.problemsOf(file).findings()) {
            if (!overlaps(Positions.range(f.location()), range)) continue;
            Optional<Stmt> target = subject(a, f);
            if (target.isEmpty()) continue;
            SourceParser.Parsed p = a.parsed().get(target.get().location().file());
            if (p == null) continue;
            String add = ADD.get(f.ruleId());
            if (add != null) out.add(action("Add '" + add + "' (" + f.ruleId() + ")", f, insert(p.text(), target.get(), add), uris, true));
            out.add(action("Suppress " + f.ruleId() + " on " + f.subject() + " (write the reason)", f,
                    insert(p.text(), target.get(), "suppress " + f.ruleId() + " \"\""), uris, false));
        }
        return out;
    }

    private static CodeAction action(String title, Finding f, Edit e, Uris uris, boolean preferred) {
        CodeAction c = new CodeAction(title);
        c.setKind(CodeActionKind.QuickFix);
        c.setDiagnostics(List.of(Problems.finding(f, uris)));
        c.setEdit(new WorkspaceEdit(Map.of(uris.uri(e.file), List.of(e.edit))));
        if (preferred) c.setIsPreferred(true);
        return c;
    }

    private record Edit(String file, TextEdit edit) { }

    /** The statement that declares the finding's subject: an element's declaration or a dependency's edge. */
    private static Optional<Stmt> subject(Analysis a, Finding f) {
        if (f.subject() == null) return Optional.empty();
        for (Analysis.Root r : a.rootsOf(f.location().file())) {
            if (r.architecture() == null) continue;
            Location at = null;
            Element e = f.subjectIn(r.architecture());
            if (e != null) at = e.location();
            for (Dependency d : r.architecture().dependencies()) {
                if (at == null && (d.from() + "->" + d.to()).equals(f.subject().replace(" ", "")) || at == null && (d.from() + "~>" + d.to()).equals(f.subject().replace(" ", ""))) {
                    at = d.toLocation();
                }
            }
            if (at == null) continue;
            SourceParser.Parsed p = a.parsed().get(at.file());
            if (p == null) continue;
            Optional<Stmt> s = find(p.statements(), at);
            if (s.isPresent()) return s;
        }
        return Optional.empty();
    }

    /** The innermost element or dependency statement with a token at {@code at}. */
    private static Optional<Stmt> find(List<Stmt> stmts, Location at) {
        for (Stmt s : stmts) {
            Stmt.Block b = s instanceof Stmt.Architecture x ? x.block() : s instanceof Stmt.Environment x ? x.block()
                    : s instanceof Stmt.Entry x ? x.block() : s instanceof Stmt.Edge x ? x.block() : null;
            if (b != null) {
                Optional<Stmt> inner = find(b.statements(), at);
                if (inner.isPresent()) return inner;
            }
            if (s instanceof Stmt.Entry e && e.values().stream().anyMatch(t -> same(t.location(), at))) return Optional.of(s);
            if (s instanceof Stmt.Edge e && (e.targets().stream().anyMatch(t -> same(t.location(), at)) || e.source() != null && same(e.source().location(), at))) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    private static boolean same(Location a, Location b) {
        return a.file().equals(b.file()) && a.line() == b.line() && a.column() == b.column();
    }

    /**
     * Adds {@code line} to the statement's block: on a new line after its '{' when it has one,
     * else as a block ' { line }' after its last token (before any comment).
     */
    private static Edit insert(String text, Stmt s, String line) {
        Stmt.Block block = s instanceof Stmt.Entry e ? e.block() : s instanceof Stmt.Edge e ? e.block() : null;
        String file = s.location().file();
        int indent = Math.max(0, s.location().column() - 1);
        if (block != null && block.open() != null && block.open().isKnown()) {
            Location o = block.open();
            Position after = new Position(o.line() - 1, o.column());
            String pad = " ".repeat(indent + 2);
            // what followed '{' on its line moves to a line of its own
            String rest = restOfLine(text, after);
            boolean more = !rest.isBlank() && !rest.strip().startsWith("#") && !rest.strip().startsWith("//");
            return new Edit(file, new TextEdit(new Range(after, after), "\n" + pad + line + (more ? "\n" + pad : "")));
        }
        Position[] end = {new Position(s.location().line() - 1, indent)};
        Outline.visit(s, (Tok t) -> {
            Location l = t.location();
            Position p = new Position(l.line() - 1, l.column() - 1 + t.source().length());
            if (p.getLine() > end[0].getLine() || p.getLine() == end[0].getLine() && p.getCharacter() > end[0].getCharacter()) end[0] = p;
        });
        return new Edit(file, new TextEdit(new Range(end[0], end[0]), " { " + line + " }"));
    }

    private static String restOfLine(String text, Position p) {
        int off = Positions.offset(text, p);
        int end = text.indexOf('\n', off);
        return text.substring(off, end < 0 ? text.length() : end);
    }

    private static boolean overlaps(Range a, Range b) {
        return !(before(a.getEnd(), b.getStart()) || before(b.getEnd(), a.getStart()));
    }

    private static boolean before(Position x, Position y) {
        return x.getLine() < y.getLine() || x.getLine() == y.getLine() && x.getCharacter() < y.getCharacter();
    }
}
