package dev.archkit.lang;

import dev.archkit.lang.antlr.ArchLexer;
import dev.archkit.lang.antlr.ArchParser;
import dev.archkit.lang.ast.Stmt;
import dev.archkit.model.Location;
import dev.archkit.model.diag.Diagnostic;
import dev.archkit.model.diag.Diagnostics;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.TokenFactory;
import org.antlr.v4.runtime.TokenSource;
import org.antlr.v4.runtime.UnbufferedTokenStream;
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

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Text to statements. A fast pass reads the tokens with {@link FastLexer} and parses with SLL
 * prediction, stopping at the first problem; a file it stops on is parsed again with the ANTLR
 * lexer (ArchLexer.g4, the reference), full LL and error recovery, so a broken file still yields
 * every syntax error it has, each with a location.
 */
public final class SourceParser {

    /**
     * The parsed file: its statements (possibly partial) and syntax diagnostics. Not complete when
     * the statements of its architecture block went to sinks as they were parsed
     * ({@link #parseStreaming}): such a file is not to be read again from here.
     */
    public record Parsed(String file, String text, List<Stmt> statements, List<Diagnostic> diagnostics, boolean complete) {
        public Parsed(String file, String text, List<Stmt> statements, List<Diagnostic> diagnostics) {
            this(file, text, statements, diagnostics, true);
        }

        public boolean hasErrors() {
            return diagnostics.stream().anyMatch(Diagnostic::isError);
        }
    }

    private SourceParser() { }

    /** Files at least this long are parsed in two halves on two threads, when they split cleanly. */
    static final int PARALLEL_FROM = 1 << 20;

    public static Parsed parse(String file, String text) {
        if (text.length() >= PARALLEL_FROM && Runtime.getRuntime().availableProcessors() > 1) {
            Parsed p = parseInHalves(file, text);
            if (p != null) return p;
        }
        return parseWhole(file, text);
    }

    /**
     * Where a large file can be cut in two: the start of a line inside the architecture block
     * (brace depth 1) right after a line that closes an element's block, from {@link #cutFrom} on. Comments
     * and strings are skipped; -1 when there is no such place.
     */
    static int splitPoint(String text) {
        long s = split(text);
        return s < 0 ? -1 : (int) s;
    }

    /**
     * Where the search for a cut starts: a little past the middle, since the thread that reads the
     * second half first scans the first one for the cut (10k services, cold: 22 ms against some
     * 350 ms to parse and build that half).
     */
    static int cutFrom(int length) {
        return (int) (length * 0.52);
    }

    /** {@link #splitPoint} and the line that starts there, in one pass: (line << 32) | offset, or -1. */
    private static long split(String text) {
        int depth = 0, half = cutFrom(text.length()), line = 1;
        boolean closedLine = false;     // the current line so far is a '}' that returned to depth 1
        boolean other = false;          // the current line has anything else
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '#' -> { while (i + 1 < text.length() && text.charAt(i + 1) != '\n') i++; }
                case '/' -> {
                    // at the start of a token, '//' starts a comment and '/*' may: a cut inside a
                    // block comment would give each half a different reading, so those files are
                    // parsed whole (a '/' inside a word is just part of it)
                    boolean tokenStart = i == 0 || !FastLexer.isWordChar(text.charAt(i - 1));
                    char n = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
                    if (tokenStart && n == '*') return -1;
                    if (tokenStart && n == '/') {
                        while (i + 1 < text.length() && text.charAt(i + 1) != '\n') i++;
                    } else {
                        other = true;
                    }
                }
                case '"' -> {
                    other = true;
                    for (i++; i < text.length() && text.charAt(i) != '"'; i++) {
                        if (text.charAt(i) == '\\') {
                            if (i + 1 < text.length() && text.charAt(i + 1) == '\n') line++;   // an escaped line break
                            i++;
                        } else if (text.charAt(i) == '\n') {
                            return -1;   // an unterminated string: let the full parser say so
                        }
                    }
                }
                case '{' -> { depth++; other = true; }
                case '}' -> {
                    depth--;
                    if (depth == 1 && !other) closedLine = true;
                    else other = true;
                }
                case '\n' -> {
                    line++;
                    if (closedLine && !other && depth == 1 && i + 1 >= half) return ((long) line << 32) | (i + 1);
                    closedLine = false;
                    other = false;
                }
                case ' ', '\t', '\r' -> { }
                default -> other = true;
            }
        }
        return -1;
    }

    /** Both halves parsed side by side, or null when either needs the full parser (syntax errors, no clean cut). */
    static Parsed parseInHalves(String file, String text) {
        return parseInHalves(file, text, null, null);
    }

    /** Whether {@link #parseStreaming} may stream a text this long on this machine. */
    public static boolean streams(String text) {
        return text.length() >= PARALLEL_FROM && Runtime.getRuntime().availableProcessors() > 1;
    }

    /**
     * A large file parsed in two halves side by side, each statement of its architecture block
     * offered to a sink as soon as it is parsed, on the thread that parses it: the first half's
     * to {@code first}, the second half's to {@code second}, each in the order written. What a sink
     * takes is not kept; what it declines stays in the block. Null when the file does not split
     * cleanly or does not parse without error (then the sinks may have taken statements of a text
     * that must be parsed again, and whatever they built is to be dropped), or when it has more
     * than one architecture.
     */
    public static Parsed parseStreaming(String file, String text, Predicate<Stmt> first, Predicate<Stmt> second) {
        return streams(text) ? parseInHalves(file, text, first, second) : null;
    }

    private static Parsed parseInHalves(String file, String text, Predicate<Stmt> firstSink, Predicate<Stmt> secondSink) {
        // The second thread looks for the cut, then parses from there; the first starts at once and
        // learns where to stop when it reaches cutFrom (the cut is never before it). Without a
        // cut the first thread has read the whole file.
        java.util.concurrent.CompletableFuture<Long> where = new java.util.concurrent.CompletableFuture<>();
        java.util.concurrent.CompletableFuture<ArchParser.RestContext> second = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            long split;
            try {
                split = split(text);
            } catch (RuntimeException | Error e) {
                where.completeExceptionally(e);
                throw e;
            }
            where.complete(split);
            if (split < 0) return null;
            try {
                ArchParser parser = fastParser(file, new FastLexer(text, (int) split, text.length(), (int) (split >>> 32), file, false));
                parser.depth = 1;
                parser.sink = secondSink;
                return parser.rest();
            } catch (ParseCancellationException e) {
                return null;    // a syntax error, or text only the ANTLR lexer takes: the full parser says what
            }
        });
        List<Stmt> first;
        FastLexer firstLexer = new FastLexer(text, file, where);
        try {
            ArchParser parser = fastParser(file, firstLexer);
            parser.sink = firstSink;
            first = parser.file().stmts;
        } catch (ParseCancellationException e) {
            first = null;
        }
        where.join();
        ArchParser.RestContext rest = second.join();
        if (first == null) return null;
        if (!firstLexer.endedAtCut()) return new Parsed(file, text, List.copyOf(first), List.of(), firstSink == null);   // the whole file
        if (rest == null || first.isEmpty() || !(first.get(first.size() - 1) instanceof Stmt.Architecture arch)) return null;
        // with an architecture before this one, the second half's statements belong to the duplicate
        if (firstSink != null && first.stream().filter(st -> st instanceof Stmt.Architecture).count() > 1) return null;
        List<Stmt> inner = new ArrayList<>(arch.block().statements());
        inner.addAll(rest.inner);
        List<Stmt> all = new ArrayList<>(first.subList(0, first.size() - 1));
        all.add(new Stmt.Architecture(arch.name(), new Stmt.Block(inner, arch.block().open()), arch.location()));
        all.addAll(rest.after);
        return new Parsed(file, text, List.copyOf(all), List.of(), firstSink == null);
    }

    /**
     * The fast pass: tokens straight from the text, SLL prediction (an input it cannot decide goes to
     * the full parser like an error), no parse tree, and no token buffer (tokens are dropped
     * as soon as the parser has moved past them), which keeps memory flat on large files. It stops
     * at the first syntax error or at text only ArchLexer handles.
     */
    private static ArchParser fastParser(String file, TokenSource tokens) {
        ArchParser parser = new ArchParser(new UnbufferedTokenStream<>(tokens, 256));
        parser.fileName = file;
        parser.internTexts = false;    // the fast lexer interns them
        parser.setBuildParseTree(false);
        parser.removeErrorListeners();
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        parser.setErrorHandler(new BailErrorStrategy());
        return parser;
    }

    static Parsed parseWhole(String file, String text) {
        try {
            List<Stmt> stmts = fastParser(file, new FastLexer(text, 0, text.length(), 1, file, false)).file().stmts;
            return new Parsed(file, text, List.copyOf(stmts), List.of());
        } catch (ParseCancellationException e) {
            // A syntax error, a lexical error or text the fast lexer leaves to ArchLexer
            return parseWithRecovery(file, text);
        }
    }

    /**
     * The reference parse: ArchLexer, full LL and error recovery, so that every error is reported
     * with its location.
     */
    static Parsed parseWithRecovery(String file, String text) {
        Diagnostics diags = new Diagnostics();
        ErrorTokens errors = new ErrorTokens(newLexer(CharStreams.fromString(text, file)));
        ArchParser parser = new ArchParser(new CommonTokenStream(errors));
        parser.fileName = file;
        parser.setBuildParseTree(false);
        parser.removeErrorListeners();
        parser.getInterpreter().setPredictionMode(PredictionMode.LL);
        parser.setErrorHandler(new DefaultErrorStrategy());
        parser.addErrorListener(new Listener(file, diags));
        List<Stmt> stmts = parser.file().stmts;
        for (Token t : errors.found) lexicalError(file, t, diags);
        return new Parsed(file, text, List.copyOf(stmts), diags.sorted());
    }

    private static ArchLexer newLexer(CharStream chars) {
        ArchLexer lexer = new ArchLexer(chars);
        lexer.removeErrorListeners();
        return lexer;
    }

    /** Passes the lexer's tokens on, keeping those of the ERRORS channel to report them. */
    private static final class ErrorTokens implements TokenSource {
        private final ArchLexer lexer;
        final List<Token> found = new ArrayList<>();

        ErrorTokens(ArchLexer lexer) { this.lexer = lexer; }

        /**
         * The next token on the default channel. Comments (hidden) and lexical errors (recorded,
         * reported after the parse) never reach the parser.
         */
        @Override
        public Token nextToken() {
            while (true) {
                Token t = lexer.nextToken();
                if (t.getChannel() == Token.DEFAULT_CHANNEL || t.getType() == Token.EOF) return t;
                if (t.getChannel() == ArchLexer.ERRORS) found.add(t);
            }
        }

        @Override public int getLine() { return lexer.getLine(); }
        @Override public int getCharPositionInLine() { return lexer.getCharPositionInLine(); }
        @Override public CharStream getInputStream() { return lexer.getInputStream(); }
        @Override public String getSourceName() { return lexer.getSourceName(); }
        @Override public void setTokenFactory(TokenFactory<?> factory) { lexer.setTokenFactory(factory); }
        @Override public TokenFactory<?> getTokenFactory() { return lexer.getTokenFactory(); }
    }

    private static void lexicalError(String file, Token t, Diagnostics diags) {
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

    static String unquote(String raw) {
        return ArchParser.unquote(raw);
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
