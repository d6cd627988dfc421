package dev.archkit.lang;

import dev.archkit.lang.antlr.ArchLexer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenSource;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The fast lexer is ArchLexer.g4, read by hand: on any text it either gives up (and only where
 * ArchLexer reports a lexical error or the text has a character outside the BMP) or yields
 * exactly ArchLexer's default-channel tokens, with the same type, text, line, column and extent.
 */
class LexerEquivalenceProperties {

    /** Pieces of well-formed text chosen for the lexer's corners: keywords and their prefixes and
     *  extensions, every punctuation, comment starts and ends, strings with escapes (one across a
     *  line), the whitespace that is also a word character. */
    static final String[] VALID = {"import", "imports", "architecture", "environment", "environment-x", "impor",
            "{", "}", ",", ";", "->", "~>", "\"s\"", "\"a\\\"b\"", "\"x\\\ny\"", "#", "//", "/*", "*/", "/", "*",
            "\n", "\r", "\r\n", " ", "\t", "\f", "\u00A0", "\uFEFF", "a", "b-c", "x9", "é", "한", "10.0.0.0/8",
            "$5/month", "s3:Get*", "=", "|"};

    /** Pieces ArchLexer reports as errors, or that only it handles (outside the BMP). */
    static final String[] INVALID = {"-", "--", "~", ">", "\"", "\\", "'", "(", "\uD83D\uDE00", "\uD800", "\u0000"};

    record Tok(int type, String text, int line, int column, int start, int stop) { }

    static Tok of(Token t, int offset) {
        return new Tok(t.getType(), t.getText(), t.getLine(), t.getCharPositionInLine(),
                t.getStartIndex() + offset, t.getStopIndex() + offset);
    }

    /** ArchLexer's tokens on the default channel, or null when it reports a lexical error. */
    static List<Tok> reference(String text, int line) {
        ArchLexer lexer = new ArchLexer(CharStreams.fromString(text));
        lexer.removeErrorListeners();
        lexer.setLine(line);
        List<Tok> out = new ArrayList<>();
        for (Token t = lexer.nextToken(); ; t = lexer.nextToken()) {
            if (t.getChannel() == ArchLexer.ERRORS) return null;
            if (t.getChannel() == Token.DEFAULT_CHANNEL) out.add(of(t, 0));
            if (t.getType() == Token.EOF) return out;
        }
    }

    static List<Tok> fast(TokenSource lexer, int offset) {
        List<Tok> out = new ArrayList<>();
        for (Token t = lexer.nextToken(); ; t = lexer.nextToken()) {
            out.add(of(t, offset));
            if (t.getType() == Token.EOF) return out;
        }
    }

    static void assertSameTokens(String text) {
        List<Tok> expected = reference(text, 1);
        boolean beyondBmp = text.chars().anyMatch(c -> Character.isSurrogate((char) c));
        // a control character, even in a comment, is left to ArchLexer: a text read to the end holds none
        boolean control = text.chars().anyMatch(c -> FastLexer.isControl((char) c));
        List<Tok> actual;
        try {
            actual = fast(new FastLexer(text, "f"), 0);
        } catch (FastLexer.Unsupported e) {
            assertThat(expected == null || beyondBmp || control)
                    .as("the fast lexer gave up (%s) on text ArchLexer takes without error: %s", e.getMessage(), text)
                    .isTrue();
            return;
        }
        assertThat(expected).as("ArchLexer reports a lexical error the fast lexer let through: %s", text).isNotNull();
        assertThat(actual).as(text).isEqualTo(expected);
    }

    @Provide
    Arbitrary<String> pieces() {
        return Arbitraries.of(VALID).list().ofMaxSize(30).map(l -> String.join("", l));
    }

    /** Mostly well-formed, with a flaw now and then: where the fast lexer must give up. */
    @Provide
    Arbitrary<String> flawed() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(30, Arbitraries.of(VALID)),
                net.jqwik.api.Tuple.of(1, Arbitraries.of(INVALID))).list().ofMaxSize(30).map(l -> String.join("", l));
    }

    @Property(tries = 3000)
    void sameTokensAsArchLexer(@ForAll("pieces") String text) {
        assertSameTokens(text);
    }

    @Property(tries = 1000)
    void sameTokensOrGivesUpOnFlawedText(@ForAll("flawed") String text) {
        assertSameTokens(text);
    }

    @Property(tries = 500)
    void sameTokensOnArbitraryText(@ForAll("noise") String text) {
        assertSameTokens(text);
    }

    @Provide
    Arbitrary<String> noise() {
        return Arbitraries.strings().withChars("{}[],;->~\"\\#/*\r\n\t \u00A0abc0.:%$é").ofMaxLength(120);
    }

    @Property(tries = 200)
    void sameTokensOnMutatedExamples(@ForAll("mutated") String text) {
        assertSameTokens(text);
    }

    @Provide
    Arbitrary<String> mutated() {
        return ParserProperties.mutatedExamples();
    }

    @Example
    void everyExampleLexesTheSame() {
        for (String text : ParserProperties.EXAMPLES) {
            List<Tok> expected = reference(text, 1);
            assertThat(expected).isNotNull();
            assertThat(fast(new FastLexer(text, "f"), 0)).isEqualTo(expected);
        }
    }

    @Example
    void theLongestMatchDecides() {
        assertThat(types("import imports")).containsExactly(ArchLexer.IMPORT, ArchLexer.WORD, Token.EOF);
        assertThat(types("/* c */ x")).containsExactly(ArchLexer.WORD, Token.EOF);
        assertThat(types("/**/ x")).containsExactly(ArchLexer.WORD, Token.EOF);   // as long as the word: the comment, written first
        assertThat(types("/*a*/b")).containsExactly(ArchLexer.WORD, Token.EOF);   // the word outlasts the comment
        assertThat(types("\u00A0")).containsExactly(ArchLexer.WORD, Token.EOF);
        assertThat(types("a->b")).containsExactly(ArchLexer.WORD, ArchLexer.ARROW, ArchLexer.WORD, Token.EOF);
        assertThat(types("a--b")).containsExactly(ArchLexer.WORD, Token.EOF);
        assertThat(types("\u00A0x \u00A0 y")).containsExactly(ArchLexer.WORD, ArchLexer.WORD, Token.EOF);
        assertThat(types("x // c\r\ny")).containsExactly(ArchLexer.WORD, ArchLexer.NL, ArchLexer.WORD, Token.EOF);
    }

    @Example
    void givesUpWhereArchLexerReportsAnError() {
        for (String bad : new String[] {"a \"open", "a ( b", "x -", "'q'", "\"\\", "a \uD83D\uDE00"}) {
            assertThatThrownBy(() -> fast(new FastLexer(bad, "f"), 0))
                    .as(bad).isInstanceOf(FastLexer.Unsupported.class);
        }
    }

    /** Equal words are one String (the intern table's hash is the String's own, dashes included). */
    @Property(tries = 300)
    void equalWordsAreOneString(@ForAll("pieces") String text) {
        String twice = text + "\n" + text;
        java.util.Map<String, String> first = new java.util.HashMap<>();
        FastLexer lexer;
        try {
            lexer = new FastLexer(twice, "f");
            for (Token t = lexer.nextToken(); t.getType() != Token.EOF; t = lexer.nextToken()) {
                if (t.getType() != ArchLexer.WORD) continue;
                String known = first.putIfAbsent(t.getText(), t.getText());
                if (known != null) assertThat(t.getText()).isSameAs(known);
            }
        } catch (FastLexer.Unsupported e) {
            // text the fast lexer leaves to ArchLexer: nothing to intern
        }
    }

    private static List<Integer> types(String text) {
        return fast(new FastLexer(text, "f"), 0).stream().map(Tok::type).toList();
    }
}
