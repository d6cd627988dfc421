package dev.archkit.model.diag;

import dev.archkit.model.Location;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DiagnosticRendererTest {

    @Test
    void compilerStyleWithSnippetCaretHintAndRelated() {
        String text = "architecture a {\n  service api {\n    memroy 2048\n  }\n}\n";
        Diagnostic d = Diagnostic.error("unknown-property", new Location("a.arch", 3, 5, 6), "unknown property 'memroy'")
                .withHint("did you mean 'memory'?")
                .withRelated(new Location("a.arch", 2, 11, 3), "in this service");
        String out = new DiagnosticRenderer(Map.of("a.arch", text)::get, false).render(d);
        assertThat(out).isEqualTo("""
                a.arch:3:5: error: unknown property 'memroy' [unknown-property]
                 3 |     memroy 2048
                   |     ^~~~~~
                  hint: did you mean 'memory'?
                  note: a.arch:2:11: in this service
                """);
    }

    @Test
    void aLongLineIsShownAroundTheColumnOnlyWithTheCaretStillUnderIt() {
        String text = "a".repeat(5000) + " bad " + "b".repeat(5000) + "\n";
        Diagnostic d = Diagnostic.error("syntax", new Location("m.arch", 1, 5002, 3), "unexpected 'bad'");
        String[] out = new DiagnosticRenderer(Map.of("m.arch", text)::get, false).render(d).split("\n");
        assertThat(out[1].length()).isLessThan(DiagnosticRenderer.MAX_SHOWN + 20);
        assertThat(out[1]).startsWith(" 1 | ...aaa").endsWith("bbb...").contains(" bad ");
        assertThat(out[2].indexOf('^')).isEqualTo(out[1].indexOf(" bad ") + 1);
        assertThat(out[2]).endsWith("^~~");
    }

    @Test
    void controlCharactersAreNeverPrintedRaw() {
        Diagnostic d = Diagnostic.error("syntax", new Location("m.arch", 1, 3, 1), "unexpected character");
        String out = new DiagnosticRenderer(Map.of("m.arch", "ab\u001b[31mc\u0000d\n")::get, false).render(d);
        assertThat(out).contains(" 1 | ab?[31mc?d").doesNotContain("\u001b").doesNotContain("\u0000");
    }

    @Test
    void linesOfAllEndingsAndOutOfRange() {
        var lines = new DiagnosticRenderer.Lines("one\r\ntwo\rthree\nfour");
        assertThat(List.of(lines.line(1), lines.line(2), lines.line(3), lines.line(4))).containsExactly("one", "two", "three", "four");
        assertThat(lines.line(0)).isNull();
        assertThat(lines.line(5)).isNull();
    }

    @Test
    void noSnippetWhenTheSourceIsUnknownAndColorsOnlyWhenAsked() {
        Diagnostic d = Diagnostic.error("io", new Location("gone.arch", 1, 1, 1), "cannot read gone.arch");
        assertThat(new DiagnosticRenderer(f -> null, false).render(d)).isEqualTo("gone.arch:1:1: error: cannot read gone.arch [io]\n");
        assertThat(new DiagnosticRenderer(f -> null, true).render(d)).contains("\u001b[31m");
    }

    @Test
    void linesAreFoundInAnyOrderWithEveryKindOfLineBreak() {
        var lines = new DiagnosticRenderer.Lines("a\r\nb\rc\nd");
        assertThat(lines.line(3)).isEqualTo("c");
        assertThat(lines.line(1)).isEqualTo("a");
        assertThat(lines.line(2)).isEqualTo("b");
        assertThat(lines.line(4)).isEqualTo("d");
        assertThat(lines.line(5)).isNull();
        assertThat(lines.line(0)).isNull();
        assertThat(new DiagnosticRenderer.Lines("x\n").line(2)).isEqualTo("");
        assertThat(new DiagnosticRenderer.Lines("x\n").line(3)).isNull();
    }
}
