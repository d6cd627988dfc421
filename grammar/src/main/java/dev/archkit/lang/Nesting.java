package dev.archkit.lang;

import dev.archkit.model.Location;

/**
 * How deep the blocks of a text nest, found by one pass over its characters before it is
 * parsed (strings and comments skipped as the lexer skips them). The parser, the model builder
 * and the formatter recurse once per block, so a text of thousands of nested blocks would
 * exhaust the stack; no architecture nests more than a few levels, so such a text is refused
 * with the place of the first block too deep.
 *
 * <p>The fast lexer counts blocks as it reads them ({@link FastLexer.TooDeep}), so this pass runs
 * only before the recovering parse, on a text the fast pass stopped on.
 */
final class Nesting {
    private Nesting() { }

    /** The deepest nesting of blocks a file may have. */
    static final int MAX_DEPTH = 64;

    /** The '{' that opens the first block deeper than {@link #MAX_DEPTH}, or null when there is none. */
    static Location tooDeep(String file, String text) {
        int depth = 0, line = 1, col = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            col++;
            if (c == '\n') {
                line++;
                col = 0;
            } else if (c == '"') {                       // a string, to its end or the end of the line
                while (i + 1 < n && text.charAt(i + 1) != '"' && text.charAt(i + 1) != '\n') {
                    if (text.charAt(i + 1) == '\\' && i + 2 < n && text.charAt(i + 2) != '\n') {
                        i++;
                        col++;
                    }
                    i++;
                    col++;
                }
                if (i + 1 < n && text.charAt(i + 1) == '"') {
                    i++;
                    col++;
                }
            } else if (c == '#' || c == '/' && i + 1 < n && text.charAt(i + 1) == '/') {   // to the end of the line
                while (i + 1 < n && text.charAt(i + 1) != '\n') i++;
            } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '*') {              // to '*/'
                int end = text.indexOf("*/", i + 2);
                int stop = end < 0 ? n : end + 2;
                for (int j = i + 1; j < stop; j++) {   // the '/' is counted already
                    if (text.charAt(j) == '\n') {
                        line++;
                        col = 0;
                    } else {
                        col++;
                    }
                }
                i = stop - 1;
            } else if (c == '{') {
                if (++depth > MAX_DEPTH) return new Location(file, line, col, 1);
            } else if (c == '}') {
                depth = Math.max(0, depth - 1);
            }
        }
        return null;
    }
}
