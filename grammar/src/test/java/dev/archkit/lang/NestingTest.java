package dev.archkit.lang;

import dev.archkit.model.Location;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Blocks nested too deep are refused before the parser recurses into them, at the first '{' too deep. */
class NestingTest {

    private static String nested(int depth) {
        return "architecture a {\n" + "x {\n".repeat(depth - 1) + "}\n".repeat(depth);
    }

    @Test
    void theLimitItselfIsAllowedAndOneMoreIsNot() {
        assertThat(Nesting.tooDeep("f", nested(Nesting.MAX_DEPTH))).isNull();
        assertThat(Nesting.tooDeep("f", nested(Nesting.MAX_DEPTH + 1))).isEqualTo(new Location("f", Nesting.MAX_DEPTH + 1, 3, 1));
    }

    @Test
    void bracesInStringsAndCommentsDoNotCount() {
        String braces = "{".repeat(200);
        assertThat(Nesting.tooDeep("f", "a \"" + braces + "\"\n# " + braces + "\n// " + braces + "\n/* " + braces + "\n" + braces + " */\n")).isNull();
        assertThat(Nesting.tooDeep("f", "a \"\\\"" + braces + "\"\n")).isNull();
        // a string ends at the end of its line, as the lexer ends it
        assertThat(Nesting.tooDeep("f", "a \"open\n" + braces)).isEqualTo(new Location("f", 2, 65, 1));
        // after a block comment, lines and columns go on counting
        assertThat(Nesting.tooDeep("f", "/* x\n y */ " + braces)).isEqualTo(new Location("f", 2, 6 + 65, 1));
    }

    @Test
    void thousandsOfNestedBlocksGiveOneLocatedErrorNotAStackOverflow() {
        var r = ModelBuilder.buildText("deep.arch", nested(5000));
        assertThat(r.diagnostics()).hasSize(1);
        assertThat(r.diagnostics().get(0).code()).isEqualTo(SourceParser.NESTING);
        assertThat(r.diagnostics().get(0).location()).isEqualTo(new Location("deep.arch", 65, 3, 1));
        assertThat(ForeignText.why(SourceParser.parse("deep.arch", nested(5000)))).isNull();
    }

    @Test
    void theFastLexerRefusesTheSameBlockAsThePassBeforeTheRecoveringParse() {
        for (String text : new String[]{nested(Nesting.MAX_DEPTH + 1), "# {\n\"{\" " + nested(Nesting.MAX_DEPTH + 3), "/* {{\n */ " + nested(200)}) {
            var parsed = SourceParser.parse("f", text);   // read by the fast lexer to the block too deep
            assertThat(parsed.diagnostics()).singleElement().satisfies(d -> {
                assertThat(d.code()).isEqualTo(SourceParser.NESTING);
                assertThat(d.location()).isEqualTo(Nesting.tooDeep("f", text));
            });
        }
        // a syntax error before the deep blocks stops the fast pass first: the recovering parse is not tried
        String broken = "architecture a {\n  x = = {\n" + nested(Nesting.MAX_DEPTH + 1);
        assertThat(SourceParser.parse("f", broken).diagnostics()).singleElement()
                .satisfies(d -> assertThat(d.location()).isEqualTo(Nesting.tooDeep("f", broken)));
    }

    @Test
    void aControlCharacterInACommentIsFoundThoughTheFastLexerReadsNoMore() {
        var plain = SourceParser.parse("f", "architecture a {\n}\n# a comment\n");
        assertThat(plain.plain()).isTrue();
        assertThat(ForeignText.why(plain)).isNull();
        var control = SourceParser.parse("f", "architecture a {\n}\n# a comment \u0001\n");
        assertThat(control.plain()).isFalse();
        assertThat(ForeignText.why(control)).isEqualTo("it holds control characters, so it is not text");
    }
}
