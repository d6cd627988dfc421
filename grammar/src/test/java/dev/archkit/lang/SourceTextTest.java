package dev.archkit.lang;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** .arch text from bytes: UTF-8, a byte order mark left out, invalid bytes located. */
class SourceTextTest {

    @Test
    void aByteOrderMarkIsLeftOut() throws Exception {
        byte[] bom = {(byte) 0xef, (byte) 0xbb, (byte) 0xbf, 'a', '\n'};
        assertThat(SourceText.decode(bom)).isEqualTo("a\n");
        assertThat(SourceText.decode("é\n".getBytes(StandardCharsets.UTF_8))).isEqualTo("é\n");
    }

    @Test
    void aReplacementCharacterWrittenInTheTextIsTextNotAnError() throws Exception {
        // the JDK's decoder writes U+FFFD for bad bytes: one that is in the file itself is kept
        assertThat(SourceText.decode("a \uFFFD b\n".getBytes(StandardCharsets.UTF_8))).isEqualTo("a \uFFFD b\n");
        byte[] bad = {'a', '\n', (byte) 0xc3};   // a sequence cut off at the end
        assertThatThrownBy(() -> SourceText.decode(bad)).isInstanceOf(SourceText.NotUtf8.class);
    }

    @Test
    void invalidBytesAreLocatedByLineColumnAndOffsetWithoutTheirText() {
        byte[] text = "ab\nsé\uD83D\uDE00x".getBytes(StandardCharsets.UTF_8);
        byte[] bad = new byte[text.length + 2];
        System.arraycopy(text, 0, bad, 0, text.length);
        bad[text.length] = (byte) 0xff;
        bad[text.length + 1] = 'z';
        assertThatThrownBy(() -> SourceText.decode(bad)).isInstanceOfSatisfying(SourceText.NotUtf8.class, e -> {
            // s, é, the emoji (one character of two chars) and x come before it: column 5
            assertThat(e.line()).isEqualTo(2);
            assertThat(e.column()).isEqualTo(5);
            assertThat(e.getMessage()).isEqualTo("not UTF-8 text: byte 0xff at line 2, column 5 (byte offset " + text.length + ")");
        });
    }

    @Test
    void aFileThatIsNotUtf8IsAnEncodingErrorAtItsPlace() {
        var r = ModelBuilder.build("m.arch", p -> SourceText.decode(new byte[]{'a', '\n', (byte) 0xc3}));
        assertThat(r.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("encoding");
            assertThat(d.location().line()).isEqualTo(2);
            assertThat(d.location().column()).isEqualTo(1);
        });
    }
}
