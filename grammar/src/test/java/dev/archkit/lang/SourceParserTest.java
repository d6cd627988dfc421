package dev.archkit.lang;

import dev.archkit.lang.ast.Stmt;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SourceParserTest {

    @Test
    void namesHoldDashesDotsAndColons() {
        var p = SourceParser.parse("p.arch", "cloudmap fintech.local {}\nallow s3:GetObject on \"*\"\nroute /api/v1/* -> a-b.c\n");
        assertThat(p.diagnostics()).isEmpty();
        Stmt.Entry route = (Stmt.Entry) p.statements().get(2);
        assertThat(route.values()).extracting(t -> t.text()).containsExactly("/api/v1/*", "->", "a-b.c");
    }

    @Test
    void arrowsNeedNoSpaces() {
        var p = SourceParser.parse("p.arch", "a->b\nc~>d\n");
        assertThat(p.diagnostics()).isEmpty();
        assertThat(p.statements()).allMatch(s -> s instanceof Stmt.Edge);
        assertThat(((Stmt.Edge) p.statements().get(1)).async()).isTrue();
    }

    @Test
    void syntaxErrorsAreAllReportedWithLocations() {
        var p = SourceParser.parse("p.arch", "service a {\n  port 80 }\n}\nservice b { 'x' }\nservice c {\n");
        assertThat(p.hasErrors()).isTrue();
        assertThat(p.diagnostics()).extracting(d -> d.location().line() + ":" + d.location().column() + " " + d.message())
                .containsExactly("3:1 unexpected '}'", "4:13 unexpected character '''", "4:15 unexpected character '''",
                        "6:1 missing '}' at end of file");
        assertThat(p.diagnostics().get(0).hint()).isEqualTo("this '}' closes no block");
        assertThat(p.diagnostics().get(3).hint()).contains("line 5");
    }

    @Test
    void anUnclosedBlockNamesTheLineThatOpenedIt() {
        var p = SourceParser.parse("p.arch", "architecture x {\n  service a {\n    port 80\n");
        assertThat(p.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.message()).isEqualTo("missing '}' at end of file");
            assertThat(d.hint()).contains("line 2");
        });
    }

    @Test
    void unterminatedStringIsReported() {
        var p = SourceParser.parse("p.arch", "service a {\n  image \"nginx\n}\n");
        assertThat(p.diagnostics()).anyMatch(d -> d.message().equals("unterminated string") && d.location().line() == 2);
    }

    @Test
    void commentsAndSemicolons() {
        var p = SourceParser.parse("p.arch", "# top\nservice a { port 80; cpu 256 } // trailing\n/* block\ncomment */ service b {}\n");
        assertThat(p.diagnostics()).isEmpty();
        assertThat(p.statements()).hasSize(2);
    }

    static String large(int services, String extra) {
        StringBuilder sb = new StringBuilder("import \"other.arch\"\n# a large file\narchitecture big {\n  region eu-west-1\n");
        for (int i = 0; i < services; i++) {
            sb.append("  service s").append(i).append(" {\n    image \"repo/s").append(i).append(":1.0\" # the image\n    replicas 2 min 2 max 4\n")
              .append("    env NOTE \"braces { in } strings\"\n  }\n  s").append(i).append(" -> s").append(i + 1).append(",\n    s").append(i + 2)
              .append(" { timeout 2s }\n");
        }
        return sb.append(extra).append("}\nenvironment_after_block -> x\n").toString();
    }

    @Test
    void aSyntaxErrorInALargeFileIsReportedByTheFullParser() {
        String text = large(9000, "  service broken { port 80 ) }\n");
        SourceParser.Parsed p = SourceParser.parse("big.arch", text);
        assertThat(p.hasErrors()).isTrue();
        long line = text.lines().takeWhile(l -> !l.contains("broken")).count() + 1;
        assertThat(p.diagnostics()).first().satisfies(d -> assertThat(d.location().line()).isEqualTo((int) line));
    }

    /** The fast pass (hand lexer, SLL) and the reference (ArchLexer, LL with recovery) agree on every example and on a large file. */
    @Test
    void theFastPassEqualsTheReferenceParse() {
        List<String> texts = new java.util.ArrayList<>(ParserProperties.EXAMPLES);
        texts.add(large(300, "  /* a block\n comment */ service c { image \"x:1\" }\n"));
        for (String text : texts) {
            SourceParser.Parsed reference = SourceParser.parseWithRecovery("f.arch", text);
            assertThat(reference.diagnostics()).isEmpty();
            assertThat(SourceParser.parse("f.arch", text).statements()).isEqualTo(reference.statements());
        }
    }

    /** Text the fast lexer leaves to ArchLexer (a character outside the BMP) parses all the same, without a diagnostic. */
    @Test
    void textBeyondTheFastLexerParsesThroughTheReference() {
        String text = "architecture a {\n  service s { image \"x:1\" env NOTE \"\uD83D\uDE00 ok\" }\n}\n";
        SourceParser.Parsed p = SourceParser.parse("f.arch", text);
        assertThat(p.diagnostics()).isEmpty();
        assertThat(p.statements()).isEqualTo(SourceParser.parseWithRecovery("f.arch", text).statements());
    }
}
