package dev.archkit.lsp;

import dev.archkit.lang.SourceParser;
import dev.archkit.lang.ast.Stmt;
import dev.archkit.lang.ast.Tok;
import dev.archkit.model.Location;
import dev.archkit.model.schema.Schema;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.SymbolKind;

import java.util.ArrayList;
import java.util.List;

/**
 * A file's outline from its syntax (so a fragment, or a file with errors, has one too): the
 * architecture, its environments, every element declared (a statement whose first word is a kind
 * of the schema) with its children, and the dependencies.
 */
final class Outline {
    private Outline() { }

    static List<DocumentSymbol> of(SourceParser.Parsed p) {
        if (p == null) return List.of();
        return symbols(p.statements());
    }

    private static List<DocumentSymbol> symbols(List<Stmt> stmts) {
        List<DocumentSymbol> out = new ArrayList<>();
        for (Stmt s : stmts) {
            DocumentSymbol d = symbol(s);
            if (d != null) out.add(d);
        }
        return out;
    }

    private static DocumentSymbol symbol(Stmt s) {
        if (s instanceof Stmt.Architecture a) {
            return make(a.name().text(), "architecture", SymbolKind.Module, s, a.name(), a.block());
        }
        if (s instanceof Stmt.Environment e) {
            return make(e.name().text(), "environment", SymbolKind.Namespace, s, e.name(), e.block());
        }
        if (s instanceof Stmt.Entry e && Schema.kind(e.key().text()) != null && !e.values().isEmpty() && e.values().get(0).isWord()) {
            return make(e.values().get(0).text(), e.key().text(), kind(e.key().text()), s, e.values().get(0), e.block());
        }
        if (s instanceof Stmt.Edge e && !e.targets().isEmpty()) {
            String from = e.source() == null ? "" : e.source().text() + " ";
            String arrow = e.async() ? "~> " : "-> ";
            String to = String.join(", ", e.targets().stream().map(Tok::text).toList());
            Tok first = e.source() != null ? e.source() : e.targets().get(0);
            return make(from + arrow + to, "dependency", SymbolKind.Event, s, first, null);
        }
        return null;
    }

    private static DocumentSymbol make(String name, String detail, SymbolKind kind, Stmt s, Tok nameTok, Stmt.Block block) {
        Range sel = Positions.range(nameTok.location(), Math.max(1, nameTok.source().length()));
        Range whole = new Range(start(s.location(), sel.getStart()), end(s, sel.getEnd()));
        DocumentSymbol d = new DocumentSymbol(name, kind, whole, sel, detail);
        if (block != null) d.setChildren(symbols(block.statements()));
        return d;
    }

    private static Position start(Location at, Position fallback) {
        if (at == null || !at.isKnown()) return fallback;
        Position p = new Position(at.line() - 1, Math.max(0, at.column() - 1));
        return before(p, fallback) ? p : fallback;
    }

    /** The end of the last token written in the statement (its closing brace is not kept by the parser). */
    private static Position end(Stmt s, Position atLeast) {
        Position[] best = {atLeast};
        visit(s, t -> {
            Location l = t.location();
            if (l == null || !l.isKnown()) return;
            Position p = new Position(l.line() - 1, Math.max(0, l.column() - 1) + t.source().length());
            if (before(best[0], p)) best[0] = p;
        });
        return best[0];
    }

    private static boolean before(Position a, Position b) {
        return a.getLine() < b.getLine() || a.getLine() == b.getLine() && a.getCharacter() <= b.getCharacter();
    }

    /** Every token of a statement and its block. */
    static void visit(Stmt s, java.util.function.Consumer<Tok> each) {
        if (s instanceof Stmt.Import i) {
            each.accept(i.path());
        } else if (s instanceof Stmt.Architecture a) {
            each.accept(a.name());
            block(a.block(), each);
        } else if (s instanceof Stmt.Environment e) {
            each.accept(e.name());
            block(e.block(), each);
        } else if (s instanceof Stmt.Entry e) {
            each.accept(e.key());
            e.values().forEach(each);
            block(e.block(), each);
        } else if (s instanceof Stmt.Edge e) {
            if (e.source() != null) each.accept(e.source());
            e.targets().forEach(each);
            e.attrs().forEach(each);
            block(e.block(), each);
        }
    }

    private static void block(Stmt.Block b, java.util.function.Consumer<Tok> each) {
        if (b != null) b.statements().forEach(x -> visit(x, each));
    }

    private static SymbolKind kind(String k) {
        return switch (k) {
            case "service", "task", "function" -> SymbolKind.Class;
            case "database", "cache", "table", "bucket", "search" -> SymbolKind.Struct;
            case "queue", "topic", "eventbus" -> SymbolKind.Event;
            case "network", "subnet", "securitygroup", "nat" -> SymbolKind.Package;
            case "cluster", "nodegroup" -> SymbolKind.Namespace;
            case "role" -> SymbolKind.Key;
            default -> SymbolKind.Object;
        };
    }
}
