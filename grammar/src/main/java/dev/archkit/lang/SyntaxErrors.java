package dev.archkit.lang;

import dev.archkit.lang.antlr.ArchLexer;
import dev.archkit.lang.antlr.ArchParser;
import dev.archkit.model.Location;
import dev.archkit.model.diag.Diagnostics;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.NoViableAltException;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenFactory;
import org.antlr.v4.runtime.TokenSource;
import org.antlr.v4.runtime.misc.IntervalSet;

import java.util.ArrayList;
import java.util.List;

/** Syntax and lexical errors of the reference parse ({@link SourceParser}), in words a reader knows. */
final class SyntaxErrors {
    private SyntaxErrors() { }

    /**
     * How many syntax and lexical errors one file reports: the first {@code max}; the others are
     * only counted. A large file of garbage must not make millions of diagnostics (or hold them
     * in memory), and the first errors are the ones to fix.
     */
    static final class Budget {
        private final int max;
        private int count;

        Budget(int max) { this.max = max; }

        /** One more error: whether it is reported. */
        boolean take() {
            return ++count <= max;
        }

        /** How many errors were counted but not reported. */
        int over() {
            return Math.max(0, count - max);
        }
    }

    /** Passes the lexer's tokens on, keeping those of the ERRORS channel to report them. */
    static final class ErrorTokens implements TokenSource {
        private final ArchLexer lexer;
        private final Budget budget;
        final List<Token> found = new ArrayList<>();

        ErrorTokens(ArchLexer lexer, Budget budget) {
            this.lexer = lexer;
            this.budget = budget;
        }

        /**
         * The next token on the default channel. Comments (hidden) and lexical errors (recorded,
         * reported after the parse) never reach the parser.
         */
        @Override
        public Token nextToken() {
            while (true) {
                Token t = lexer.nextToken();
                if (t.getChannel() == Token.DEFAULT_CHANNEL || t.getType() == Token.EOF) return t;
                if (t.getChannel() == ArchLexer.ERRORS && budget.take()) found.add(t);
            }
        }

        @Override public int getLine() { return lexer.getLine(); }
        @Override public int getCharPositionInLine() { return lexer.getCharPositionInLine(); }
        @Override public CharStream getInputStream() { return lexer.getInputStream(); }
        @Override public String getSourceName() { return lexer.getSourceName(); }
        @Override public void setTokenFactory(TokenFactory<?> factory) { lexer.setTokenFactory(factory); }
        @Override public TokenFactory<?> getTokenFactory() { return lexer.getTokenFactory(); }
    }

    static void lexicalError(String file, Token t, Diagnostics diags) {
        Location at = loc(file, t);
        if (t.getType() == ArchLexer.UNTERMINATED_STRING) {
            diags.error("syntax", at, "unterminated string", "close it with \" on the same line");
        } else {
            String c = t.getText();
            String shown = c.equals("\t") ? "\\t" : c.length() == 1 && (c.charAt(0) < 0x20 || c.charAt(0) == 0x7f) ? String.format("\\u%04x", (int) c.charAt(0)) : c;
            Location at1 = new Location(file, t.getLine(), t.getCharPositionInLine() + 1, 1);
            int next = t.getStopIndex() + 1;
            var in = t.getInputStream();
            boolean digitAfter = in != null && next < in.size() && Character.isDigit(in.getText(org.antlr.v4.runtime.misc.Interval.of(next, next)).charAt(0));
            if (c.equals("-") && digitAfter) {
                diags.error("syntax", at1, "a negative number: the values of the language are never below zero",
                        "write the number without '-' (sizes, counts, ports and times are positive)");
            } else if (c.equals("-")) {
                diags.error("syntax", at1, "unexpected character '-': a name may hold '-' but not start with it", "start the name with a letter or digit");
            } else {
                diags.error("syntax", at1, "unexpected character '" + shown + "'",
                        c.equals("'") ? "strings are written in double quotes" : "names may hold letters, digits and - . : / * _ $ %; quote other text");
            }
        }
    }

    static Location loc(String file, Token t) {
        int len = t.getStopIndex() >= t.getStartIndex() ? t.getStopIndex() - t.getStartIndex() + 1 : 1;
        return new Location(file, t.getLine(), t.getCharPositionInLine() + 1, len);
    }

    static final class Listener extends BaseErrorListener {
        private final String file;
        private final Diagnostics diags;
        private final Budget budget;

        Listener(String file, Diagnostics diags, Budget budget) {
            this.file = file;
            this.diags = diags;
            this.budget = budget;
        }

        @Override
        public void syntaxError(Recognizer<?, ?> recognizer, Object offending, int line, int col, String msg,
                                RecognitionException e) {
            if (!budget.take()) return;
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
