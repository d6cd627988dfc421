package dev.archkit.lang;

import dev.archkit.lang.antlr.ArchLexer;
import dev.archkit.lang.antlr.ArchParser;
import dev.archkit.lang.ast.Stmt;
import dev.archkit.lang.ast.Tok;
import dev.archkit.model.Location;
import dev.archkit.model.diag.Diagnostic;
import dev.archkit.model.diag.Diagnostics;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.NoViableAltException;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.antlr.v4.runtime.misc.ParseCancellationException;
import org.antlr.v4.runtime.tree.TerminalNode;

import java.util.ArrayList;
import java.util.List;

/**
 * Text to statements. Parses with SLL prediction first (fast, enough for every valid file
 * we have seen) and falls back to full LL with error recovery when SLL fails, so a broken
 * file still yields every syntax error it has, each with a location.
 */
public final class SourceParser {

    /** The parsed file: its statements (possibly partial) and syntax diagnostics. */
    public record Parsed(String file, String text, List<Stmt> statements, List<Diagnostic> diagnostics) {
        public boolean hasErrors() {
            return diagnostics.stream().anyMatch(Diagnostic::isError);
        }
    }

    private SourceParser() { }

    public static Parsed parse(String file, String text) {
        Diagnostics diags = new Diagnostics();
        ArchLexer lexer = new ArchLexer(CharStreams.fromString(text, file));
        lexer.removeErrorListeners();
        CommonTokenStream tokens = new CommonTokenStream(lexer);
        tokens.fill();
        for (Token t : tokens.getTokens()) {
            if (t.getChannel() != ArchLexer.ERRORS) continue;
            Location at = loc(file, t);
            if (t.getType() == ArchLexer.UNTERMINATED_STRING) {
                diags.error("syntax", at, "unterminated string", "close it with \" on the same line");
            } else {
                String c = t.getText();
                String shown = c.equals("\t") ? "\\t" : c;
                diags.error("syntax", new Location(file, t.getLine(), t.getCharPositionInLine() + 1, 1),
                        "unexpected character '" + shown + "'",
                        c.equals("'") ? "strings are written in double quotes" : "names may hold letters, digits and - . : / * _ $ %; quote other text");
            }
        }
        ArchParser parser = new ArchParser(tokens);
        parser.removeErrorListeners();
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        parser.setErrorHandler(new BailErrorStrategy());
        ArchParser.FileContext tree;
        try {
            tree = parser.file();
        } catch (ParseCancellationException e) {
            tokens.seek(0);
            parser.reset();
            parser.getInterpreter().setPredictionMode(PredictionMode.LL);
            parser.setErrorHandler(new DefaultErrorStrategy());
            parser.addErrorListener(new Listener(file, diags));
            tree = parser.file();
        }
        List<Stmt> stmts = new ArrayList<>();
        try {
            for (ArchParser.StatementContext s : tree.statement()) {
                Stmt st = statement(file, s);
                if (st != null) stmts.add(st);
            }
        } catch (RuntimeException e) {
            // a partial tree after recovery that we could not read: the syntax errors say why
            if (!diags.hasErrors()) throw e;
        }
        return new Parsed(file, text, List.copyOf(stmts), diags.sorted());
    }

    // ---- tree to statements ------------------------------------------------------------------

    private static Stmt statement(String file, ArchParser.StatementContext s) {
        if (s == null) return null;
        if (s.importDecl() != null) {
            Tok path = tok(file, s.importDecl().STRING());
            return path == null ? null : new Stmt.Import(path, loc(file, s.start));
        }
        if (s.architectureDecl() != null) {
            var a = s.architectureDecl();
            Tok name = name(file, a.name());
            return name == null ? null : new Stmt.Architecture(name, block(file, a.block()), loc(file, a.start));
        }
        if (s.environmentDecl() != null) {
            var e = s.environmentDecl();
            Tok name = name(file, e.name());
            return name == null ? null : new Stmt.Environment(name, block(file, e.block()), loc(file, e.start));
        }
        if (s.edge() != null) {
            var e = s.edge();
            if (e.arrow() == null || e.targets() == null) return null;
            Tok source = e.source == null ? null : name(file, e.source);
            List<Tok> targets = new ArrayList<>();
            for (ArchParser.NameContext n : e.targets().name()) {
                Tok t = name(file, n);
                if (t != null) targets.add(t);
            }
            if (targets.isEmpty()) return null;
            boolean async = e.arrow().ASYNC() != null;
            return new Stmt.Edge(source, async, targets, values(file, e.attrs), block(file, e.block()), loc(file, e.start));
        }
        if (s.entry() != null) {
            var e = s.entry();
            if (e.key == null || e.key.getStartIndex() < 0) return null;
            Tok key = new Tok(e.key.getText(), Tok.Type.WORD, loc(file, e.key));
            return new Stmt.Entry(key, values(file, e.vals), block(file, e.block()), loc(file, e.start));
        }
        return null;
    }

    private static Stmt.Block block(String file, ArchParser.BlockContext b) {
        if (b == null) return null;
        List<Stmt> out = new ArrayList<>();
        for (ArchParser.StatementContext s : b.statement()) {
            Stmt st = statement(file, s);
            if (st != null) out.add(st);
        }
        return new Stmt.Block(out, loc(file, b.start));
    }

    private static List<Tok> values(String file, ArchParser.ValuesContext v) {
        List<Tok> out = new ArrayList<>();
        if (v == null || v.children == null) return out;
        for (var child : v.children) {
            if (child instanceof TerminalNode tn) {
                if (tn.getSymbol().getType() == ArchLexer.COMMA) out.add(new Tok(",", Tok.Type.COMMA, loc(file, tn.getSymbol())));
            } else if (child instanceof ArchParser.PlainValueContext pv) {
                add(file, pv, out);
            } else if (child instanceof ArchParser.ValueContext val) {
                if (val.plainValue() != null) add(file, val.plainValue(), out);
                else if (val.ARROW() != null) out.add(new Tok("->", Tok.Type.ARROW, loc(file, val.ARROW().getSymbol())));
                else if (val.ASYNC() != null) out.add(new Tok("~>", Tok.Type.ASYNC, loc(file, val.ASYNC().getSymbol())));
            }
        }
        return out;
    }

    private static void add(String file, ArchParser.PlainValueContext pv, List<Tok> out) {
        Tok t = pv.STRING() != null ? tok(file, pv.STRING()) : name(file, pv.name());
        if (t != null) out.add(t);
    }

    private static Tok name(String file, ArchParser.NameContext n) {
        if (n == null || n.start == null || n.start.getStartIndex() < 0 || n.start.getType() == Token.EOF) return null;
        return new Tok(n.start.getText(), Tok.Type.WORD, loc(file, n.start));
    }

    private static Tok tok(String file, TerminalNode node) {
        if (node == null || node.getSymbol().getStartIndex() < 0) return null;
        String raw = node.getText();
        return new Tok(unquote(raw), Tok.Type.STRING, loc(file, node.getSymbol()));
    }

    static String unquote(String raw) {
        if (raw.length() < 2) return raw;
        String body = raw.substring(1, raw.length() - 1);
        if (body.indexOf('\\') < 0) return body;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\\' && i + 1 < body.length()) {
                char n = body.charAt(++i);
                sb.append(switch (n) { case 'n' -> '\n'; case 't' -> '\t'; default -> n; });
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    static Location loc(String file, Token t) {
        int len = t.getStopIndex() >= t.getStartIndex() ? t.getStopIndex() - t.getStartIndex() + 1 : 1;
        return new Location(file, t.getLine(), t.getCharPositionInLine() + 1, len);
    }

    // ---- syntax errors in words a reader knows --------------------------------------------------

    private static final class Listener extends BaseErrorListener {
        private final String file;
        private final Diagnostics diags;

        Listener(String file, Diagnostics diags) {
            this.file = file;
            this.diags = diags;
        }

        @Override
        public void syntaxError(Recognizer<?, ?> recognizer, Object offending, int line, int col, String msg,
                                RecognitionException e) {
            Token t = offending instanceof Token tk ? tk : null;
            Location at = t == null ? new Location(file, line, col + 1, 1) : loc(file, t);
            if (t != null && t.getType() == Token.EOF) at = new Location(file, line, col + 1, 1);
            ArchParser p = (ArchParser) recognizer;
            IntervalSet expected = e != null ? e.getExpectedTokens() : p.getExpectedTokens();
            String found = describe(t);
            String hint = null;
            String message;
            if (t != null && t.getType() == Token.EOF && expected != null && expected.contains(ArchLexer.RBRACE)) {
                message = "missing '}' at end of file";
                ParserRuleContext ctx = p.getContext();
                Token open = openBrace(ctx);
                hint = open != null ? "the block opened at line " + open.getLine() + " is not closed" : "close every '{' with '}'";
            } else if (msg.startsWith("missing")) {
                message = "missing " + expectedText(expected) + " before " + found;
            } else if (e instanceof NoViableAltException || msg.startsWith("extraneous") || msg.startsWith("mismatched")) {
                message = "unexpected " + found;
                String exp = expectedText(expected);
                if (!exp.isEmpty()) message += "; expected " + exp;
                if (t != null && t.getType() == ArchLexer.LBRACE) hint = "a block follows a name, e.g. 'service user-service {'";
                if (t != null && t.getType() == ArchLexer.RBRACE) hint = "this '}' closes no block";
                if (t != null && (t.getType() == ArchLexer.ARROW || t.getType() == ArchLexer.ASYNC))
                    hint = "a dependency is written 'caller -> callee' on a line of its own";
            } else {
                message = "syntax error: " + msg.replace("<EOF>", "end of file");
            }
            diags.error("syntax", at, message, hint);
        }

        private static Token openBrace(ParserRuleContext ctx) {
            for (ParserRuleContext c = ctx; c != null; c = c.getParent()) {
                if (c instanceof ArchParser.BlockContext b) return b.start;
            }
            return null;
        }

        private static String describe(Token t) {
            if (t == null) return "input";
            return switch (t.getType()) {
                case Token.EOF -> "end of file";
                case ArchLexer.NL -> "end of line";
                case ArchLexer.STRING -> "string " + t.getText();
                default -> "'" + t.getText() + "'";
            };
        }

        private static String expectedText(IntervalSet set) {
            if (set == null) return "";
            List<String> names = new ArrayList<>();
            for (int type : set.toList()) {
                String n = switch (type) {
                    case ArchLexer.WORD -> "a name";
                    case ArchLexer.STRING -> "a quoted string";
                    case ArchLexer.LBRACE -> "'{'";
                    case ArchLexer.RBRACE -> "'}'";
                    case ArchLexer.COMMA -> "','";
                    case ArchLexer.ARROW -> "'->'";
                    case ArchLexer.ASYNC -> "'~>'";
                    case ArchLexer.NL, ArchLexer.SEMI -> "end of line";
                    case Token.EOF -> "end of file";
                    default -> null;
                };
                if (n != null && !names.contains(n)) names.add(n);
            }
            if (names.size() > 4) return "";
            return String.join(" or ", names);
        }
    }
}
