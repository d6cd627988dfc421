package dev.archkit.lsp;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class QuickPassTest {
    static final String TEXT = "architecture a {\n  region eu-west-1\n  service x {}\n  service y {}\n  service z {}\n}\n";

    static Diagnostic on(int line, int from, int to, String msg) {
        return new Diagnostic(new Range(new Position(line, from), new Position(line, to)), msg);
    }

    @Test
    void problemsMoveWithTheTextAndThoseInTheEditedSpanGo() {
        List<Diagnostic> checked = List.of(on(2, 10, 11, "x"), on(3, 10, 11, "y"), on(4, 10, 11, "z"));
        String edited = TEXT.replace("  service y {}\n", "  service why {}\n  # new line\n");
        List<Diagnostic> now = QuickPass.of("a.arch", checked, TEXT, edited, new Uris());
        assertThat(now).extracting(Diagnostic::getMessage).containsExactly("x", "z");
        assertThat(now.get(0).getRange()).isEqualTo(checked.get(0).getRange());
        assertThat(now.get(1).getRange()).isEqualTo(new Range(new Position(5, 10), new Position(5, 11)));
    }

    @Test
    void theEditedFilesSyntaxErrorsComeAtOnce() {
        List<Diagnostic> now = QuickPass.of("a.arch", List.of(), TEXT, TEXT.replace("service x {}", "service x {{"), new Uris());
        assertThat(now).isNotEmpty().allMatch(d -> d.getCode().getLeft().equals("syntax") || d.getMessage() != null);
    }

    @Test
    void linesMapOffsetsAndPositionsBothWays() {
        QuickPass.Lines l = new QuickPass.Lines(TEXT);
        for (int off = 0; off <= TEXT.length(); off++) {
            assertThat(l.offset(l.position(off))).isEqualTo(off);
            assertThat(l.position(off)).isEqualTo(Positions.position(TEXT, off));
        }
    }
}
