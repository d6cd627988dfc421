package dev.archkit.lsp;

import dev.archkit.model.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

/**
 * archkit locations (1-based line and column, a length) and LSP positions (0-based line and
 * character), and the text around a position.
 */
final class Positions {
    private Positions() { }

    static Range range(Location at) {
        if (at == null || !at.isKnown()) return new Range(new Position(0, 0), new Position(0, 0));
        int line = at.line() - 1, col = Math.max(0, at.column() - 1);
        return new Range(new Position(line, col), new Position(line, col + Math.max(1, at.length())));
    }

    static Range range(Location at, int length) {
        int line = Math.max(0, at.line() - 1), col = Math.max(0, at.column() - 1);
        return new Range(new Position(line, col), new Position(line, col + length));
    }

    /** The offset of {@code p} in {@code text}, clamped to the text (a position past a line's end is its end). */
    static int offset(String text, Position p) {
        int line = 0, i = 0;
        while (line < p.getLine() && i < text.length()) {
            if (text.charAt(i++) == '\n') line++;
        }
        if (line < p.getLine()) return text.length();
        int end = text.indexOf('\n', i);
        if (end < 0) end = text.length();
        return Math.min(end, i + Math.max(0, p.getCharacter()));
    }

    static Position position(String text, int offset) {
        int line = 0, col = 0;
        for (int i = 0; i < Math.min(offset, text.length()); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                col = 0;
            } else {
                col++;
            }
        }
        return new Position(line, col);
    }

    static Position end(String text) {
        return position(text, text.length());
    }

    /** The text of line {@code line} (0-based) up to {@code character}. */
    static String linePrefix(String text, Position p) {
        int off = offset(text, p);
        int start = text.lastIndexOf('\n', off - 1) + 1;
        return text.substring(start, off);
    }

    static boolean wordChar(char c) {
        return Character.isLetterOrDigit(c) || "_-.:/*$%@+?!=&|".indexOf(c) >= 0;
    }
}
