package dev.archkit.lang;

import dev.archkit.lang.antlr.ArchLexer;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CommonTokenFactory;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenFactory;
import org.antlr.v4.runtime.TokenSource;
import org.antlr.v4.runtime.WritableToken;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/**
 * The tokens of ArchLexer.g4 for well-formed text, read straight off the String: the lexer of
 * {@link SourceParser}'s fast pass. The ANTLR lexer interprets its automaton character by character and
 * cuts a new String (through a copy of the whole file) for every token; this one reads words
 * into an intern table without copying, which halves the time to parse a large file.
 *
 * <p>It yields exactly ArchLexer's default-channel tokens (type, text, line, column, start and
 * stop index; {@code LexerEquivalenceProperties} checks that against the ANTLR lexer), drops
 * comments and whitespace, and gives up with {@link Unsupported} at anything ArchLexer would put
 * on its ERRORS channel (a stray character, an unterminated string), at any surrogate (ANTLR
 * counts columns in code points) and at any control character, even in a comment or string. The
 * caller then parses with ArchLexer, which reports it all. So a text it reads to the end holds no
 * control character ({@link ForeignText} need not look again), and it counts the blocks as it
 * reads their braces, refusing the first one nested too deep with {@link TooDeep}: the checks
 * of a text that each were a pass of their own over every character are this one pass.
 *
 * <p>The rules, as ANTLR applies them: the longest match wins, and of equally long matches the
 * rule written first. So 'import' is a keyword but 'imports' a word; '//' always starts a comment
 * (a word cannot outlast the line); '/*' starts a block comment unless a word starting there is
 * longer than the comment ('/*a* /b' without the space is one word); a no-break space or BOM
 * (both word characters and whitespace) starts a word unless more whitespace follows it.
 *
 * <p>Over 300 lines on purpose: it is one hand-written automaton for every token rule of
 * ArchLexer.g4, plus its token class and intern table, and is tested as one unit against that
 * grammar. It pays under the launcher's JVM flags (C1 only): 10k services, parse alone, median
 * 590-790 ms against 1,210-1,480 ms with ArchLexer (first run 1.7-2.0 s against 3.0-3.3 s).
 */
final class FastLexer implements TokenSource {

    /** The text has something only the ANTLR lexer handles (with its error reporting). */
    static final class Unsupported extends ParseCancellationException {
        Unsupported(String what) { super(what, null); }

        @Override public synchronized Throwable fillInStackTrace() { return this; }
    }

    /**
     * A block opened deeper than {@link Nesting#MAX_DEPTH}, found as its '{' is read: before the
     * parser recurses into it. Not a case for ArchLexer: the recovering parser would recurse too.
     */
    static final class TooDeep extends ParseCancellationException {
        final dev.archkit.model.Location at;

        TooDeep(dev.archkit.model.Location at) {
            super("blocks nested too deep", null);
            this.at = at;
        }

        @Override public synchronized Throwable fillInStackTrace() { return this; }
    }

    private final String text;
    private final int end;
    private int depth;
    private final String file;
    private int pos;
    private int line = 1;
    private int column;
    private String[] interned = new String[1 << 12];
    private int internedCount;

    /** The tokens of a whole file. */
    FastLexer(String text, String file) {
        this.text = text;
        this.end = text.length();
        this.file = file;
    }

    @Override
    public Token nextToken() {
        while (pos < end) {
            int start = pos;
            char c = text.charAt(start);
            switch (c) {
                case '{':
                    if (++depth > Nesting.MAX_DEPTH) throw new TooDeep(new dev.archkit.model.Location(file, line, column + 1, 1));
                    return single(ArchLexer.LBRACE, "{");
                case '}':
                    if (depth > 0) depth--;
                    return single(ArchLexer.RBRACE, "}");
                case ',': return single(ArchLexer.COMMA, ",");
                case ';': return single(ArchLexer.SEMI, ";");
                case '\n': {
                    Token t = token(ArchLexer.NL, "\n", start, start);
                    pos++;
                    line++;
                    column = 0;
                    return t;
                }
                case '\r': {
                    boolean crlf = start + 1 < end && text.charAt(start + 1) == '\n';
                    Token t = token(ArchLexer.NL, crlf ? "\r\n" : "\r", start, crlf ? start + 1 : start);
                    if (crlf) {
                        pos += 2;
                        line++;
                        column = 0;
                    } else {
                        pos++;
                        column++;     // ANTLR starts a new line at '\n' only
                    }
                    return t;
                }
                case ' ': case '\t': case '\f':
                    skip(whitespace(start));
                    continue;
                case '-':
                    if (start + 1 < end && text.charAt(start + 1) == '>') return pair(ArchLexer.ARROW, "->");
                    throw new Unsupported("stray '-'");
                case '~':
                    if (start + 1 < end && text.charAt(start + 1) == '>') return pair(ArchLexer.ASYNC, "~>");
                    throw new Unsupported("stray '~'");
                case '"':
                    return string(start);
                case '#':
                    skip(lineEnd(start));
                    continue;
                case '/':
                    if (start + 1 < end) {
                        char n = text.charAt(start + 1);
                        if (n == '/') {
                            skip(lineEnd(start));
                            continue;
                        }
                        if (n == '*') {
                            int close = text.indexOf("*/", start + 2);
                            int commentEnd = close >= 0 && close + 2 <= end ? close + 2 : -1;
                            int wordEnd = word(start);
                            if (commentEnd >= wordEnd) {
                                skip(commentEnd);
                                continue;
                            }
                            return wordToken(start, wordEnd);
                        }
                    }
                    return wordToken(start, word(start));
                default:
                    if (Character.isSurrogate(c)) throw new Unsupported("a character outside the Basic Multilingual Plane");
                    if (!isWordChar(c)) throw new Unsupported("unexpected character");
                    int wordEnd = word(start);
                    if (c == '\u00A0' || c == '\uFEFF') {
                        int wsEnd = whitespace(start);
                        if (wsEnd > wordEnd) {
                            skip(wsEnd);
                            continue;
                        }
                    }
                    return wordToken(start, wordEnd);
            }
        }
        return token(Token.EOF, "<EOF>", pos, pos - 1);
    }

    static boolean isWordChar(char c) {
        if (c >= 0x80) return true;
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || switch (c) {
                    case '_', '.', ':', '/', '*', '$', '%', '@', '+', '?', '!', '=', '&', '|' -> true;
                    default -> false;
                };
    }

    /** A control character that is not a tab, form feed or line break ({@link ForeignText} says why such a text is not .arch). */
    static boolean isControl(char c) {
        return c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' || c == 0x7f;
    }

    private static boolean isWhitespace(char c) {
        return c == ' ' || c == '\t' || c == '\f' || c == '\u00A0' || c == '\uFEFF';
    }

    /** String.hashCode of the last word {@link #word} read: the intern table needs no second pass. */
    private int wordHash;

    /** The end of WORD_CHAR+ ( '-'+ WORD_CHAR+ )* from start (which is a word character). */
    private int word(int start) {
        int j = start, h = 0;
        while (true) {
            while (j < end) {
                char c = text.charAt(j);
                if (!isWordChar(c)) break;
                if (Character.isSurrogate(c)) throw new Unsupported("a character outside the Basic Multilingual Plane");
                h = 31 * h + c;
                j++;
            }
            if (j >= end || text.charAt(j) != '-') break;
            int k = j, withDashes = h;
            while (k < end && text.charAt(k) == '-') {
                withDashes = 31 * withDashes + '-';
                k++;
            }
            if (k >= end || !isWordChar(text.charAt(k))) break;
            j = k;
            h = withDashes;
        }
        wordHash = h;
        return j;
    }

    private int whitespace(int start) {
        int j = start;
        while (j < end && isWhitespace(text.charAt(j))) j++;
        return j;
    }

    private int lineEnd(int start) {
        int j = start;
        while (j < end) {
            char c = text.charAt(j);
            if (c == '\n' || c == '\r') break;
            if (Character.isSurrogate(c)) throw new Unsupported("a character outside the Basic Multilingual Plane");
            if (isControl(c)) throw new Unsupported("a control character");
            j++;
        }
        return j;
    }

    /** STRING: '"' ( '\\' . | ~["\\\r\n] )* '"'; anything else is ArchLexer's UNTERMINATED_STRING. */
    private Token string(int start) {
        int j = start + 1;
        while (true) {
            if (j >= end) throw new Unsupported("unterminated string");
            char c = text.charAt(j);
            if (Character.isSurrogate(c)) throw new Unsupported("a character outside the Basic Multilingual Plane");
            if (isControl(c)) throw new Unsupported("a control character");
            if (c == '"') break;
            if (c == '\\') {
                if (j + 1 >= end || Character.isSurrogate(text.charAt(j + 1))) throw new Unsupported("unterminated string");
                j += 2;
            } else if (c == '\n' || c == '\r') {
                throw new Unsupported("unterminated string");
            } else {
                j++;
            }
        }
        Token t = token(ArchLexer.STRING, text.substring(start, j + 1), start, j);
        skip(j + 1);
        return t;
    }

    private Token single(int type, String s) {
        Token t = token(type, s, pos, pos);
        pos++;
        column++;
        return t;
    }

    private Token pair(int type, String s) {
        Token t = token(type, s, pos, pos + 1);
        pos += 2;
        column += 2;
        return t;
    }

    /** The word read by the last call of {@link #word}, from start to stop. */
    private Token wordToken(int start, int stop) {
        String s = intern(start, stop, wordHash);
        int type = ArchLexer.WORD;
        switch (s) {
            case "import" -> type = ArchLexer.IMPORT;
            case "architecture" -> type = ArchLexer.ARCHITECTURE;
            case "environment" -> type = ArchLexer.ENVIRONMENT;
            default -> { }
        }
        Token t = token(type, s, start, stop - 1);
        pos = stop;
        column += stop - start;
        return t;
    }

    /** Moves to 'to', counting lines as ANTLR does (a '\n' starts one). */
    private void skip(int to) {
        for (int j = pos; j < to; j++) {
            char c = text.charAt(j);
            if (c == '\n') {
                line++;
                column = 0;
            } else if (Character.isSurrogate(c)) {
                throw new Unsupported("a character outside the Basic Multilingual Plane");
            } else if (isControl(c)) {
                throw new Unsupported("a control character");
            } else {
                column++;
            }
        }
        pos = to;
    }

    private Token token(int type, String s, int start, int stop) {
        return new Lexeme(type, s, line, column, start, stop);
    }

    /**
     * A token with what the parser reads of it and nothing else (CommonToken also carries its
     * channel and source; a large file has a million tokens).
     */
    static final class Lexeme implements WritableToken {
        private int type, line, column, index = -1;
        private final int start, stop;
        private String text;

        Lexeme(int type, String text, int line, int column, int start, int stop) {
            this.type = type;
            this.text = text;
            this.line = line;
            this.column = column;
            this.start = start;
            this.stop = stop;
        }

        @Override public String getText() { return text; }
        @Override public int getType() { return type; }
        @Override public int getLine() { return line; }
        @Override public int getCharPositionInLine() { return column; }
        @Override public int getChannel() { return Token.DEFAULT_CHANNEL; }
        @Override public int getTokenIndex() { return index; }
        @Override public int getStartIndex() { return start; }
        @Override public int getStopIndex() { return stop; }
        @Override public TokenSource getTokenSource() { return null; }
        @Override public CharStream getInputStream() { return null; }
        @Override public void setText(String text) { this.text = text; }
        @Override public void setType(int ttype) { this.type = ttype; }
        @Override public void setLine(int line) { this.line = line; }
        @Override public void setCharPositionInLine(int pos) { this.column = pos; }
        @Override public void setChannel(int channel) { }
        @Override public void setTokenIndex(int index) { this.index = index; }
        @Override public String toString() { return "[@" + index + "," + start + ":" + stop + "='" + text + "',<" + type + ">," + line + ":" + column + "]"; }
    }

    /** text[start, stop) as a String, one instance per distinct text, found without copying. */
    private String intern(int start, int stop, int h) {
        int len = stop - start;
        String[] table = interned;
        int mask = table.length - 1;
        int i = (h ^ (h >>> 16)) & mask;
        for (String s; (s = table[i]) != null; i = (i + 1) & mask) {
            if (s.hashCode() == h && s.length() == len && text.regionMatches(start, s, 0, len)) return s;
        }
        String s = text.substring(start, stop);
        table[i] = s;
        if (++internedCount * 2 > table.length) grow();
        return s;
    }

    private void grow() {
        String[] old = interned;
        String[] table = new String[old.length * 2];
        int mask = table.length - 1;
        for (String s : old) {
            if (s == null) continue;
            int h = s.hashCode();
            int i = (h ^ (h >>> 16)) & mask;
            while (table[i] != null) i = (i + 1) & mask;
            table[i] = s;
        }
        interned = table;
    }

    @Override public int getLine() { return line; }
    @Override public int getCharPositionInLine() { return column; }
    @Override public CharStream getInputStream() { return null; }
    @Override public String getSourceName() { return file; }
    @Override public void setTokenFactory(TokenFactory<?> factory) { }
    @Override public TokenFactory<?> getTokenFactory() { return CommonTokenFactory.DEFAULT; }
}
