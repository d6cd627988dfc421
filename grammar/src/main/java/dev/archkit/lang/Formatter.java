package dev.archkit.lang;

import dev.archkit.lang.antlr.ArchLexer;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;

import java.util.ArrayList;
import java.util.List;

/**
 * The canonical layout of an .arch file: two-space indentation by block depth, one statement a
 * line ({@code ;} becomes a line break), single spaces between tokens, none before a comma,
 * '{' at the end of its line and '}' on a line of its own, at most one blank line in a row and
 * none at the start or end of a block, comments kept where they were. A list continued after a
 * comma is joined onto one line unless a comment ends the line. Only the layout changes:
 * formatting never changes the model (a property test checks it), and it is idempotent.
 * Files with syntax errors are not formatted (callers check with {@link SourceParser} first).
 */
public final class Formatter {
    private static final String INDENT = "  ";

    private final StringBuilder out = new StringBuilder();
    private final List<String> line = new ArrayList<>();
    private int depth;
    private boolean pendingBlank;
    private boolean afterOpen = true;      // the last line written ended with '{' (or nothing written yet)
    private boolean continuation;          // the current line continues a list
    private int lastType = -1;             // last token put on the current line (comments included)
    private int lastSignificant = -1;      // last non-comment token on the current line

    private Formatter() { }

    public static String format(String text) {
        return new Formatter().run(text);
    }

    private String run(String text) {
        ArchLexer lexer = new ArchLexer(CharStreams.fromString(text));
        lexer.removeErrorListeners();
        List<? extends Token> tokens = lexer.getAllTokens();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            int type = t.getType();
            if (type == ArchLexer.WS || type == Token.EOF) continue;
            if (type == ArchLexer.NL || type == ArchLexer.SEMI) {
                if (!line.isEmpty()) {
                    if (type == ArchLexer.NL && lastType == ArchLexer.COMMA) continue; // join the list
                    endLine();
                } else if (type == ArchLexer.NL && !afterOpen) {
                    pendingBlank = true;
                }
                continue;
            }
            if (type == ArchLexer.RBRACE) {
                if (!line.isEmpty()) endLine();
                pendingBlank = false;
                depth = Math.max(0, depth - 1);
                put("}", type);
                continue;
            }
            // after '}' a new statement starts a new line; a comment on the same line stays with it
            if (!line.isEmpty() && lastType == ArchLexer.RBRACE && type != ArchLexer.LINE_COMMENT) endLine();
            if (type == ArchLexer.LBRACE) {
                int j = i + 1;
                while (j < tokens.size() && tokens.get(j).getType() == ArchLexer.WS) j++;
                if (j < tokens.size() && tokens.get(j).getType() == ArchLexer.RBRACE) {
                    put("{}", ArchLexer.RBRACE);
                    i = j;
                    continue;
                }
                int close = singleLineBlockEnd(tokens, i);
                if (close > 0) {
                    // a block written on one line stays on one line: 'a -> b { timeout 2s }'
                    put("{", type);
                    for (int k = i + 1; k < close; k++) {
                        Token x = tokens.get(k);
                        int xt = x.getType();
                        if (xt == ArchLexer.WS) continue;
                        if (xt == ArchLexer.COMMA || xt == ArchLexer.SEMI) {
                            line.set(line.size() - 1, line.get(line.size() - 1) + x.getText());
                            continue;
                        }
                        put(x.getText(), xt);
                    }
                    put("}", ArchLexer.RBRACE);
                    i = close;
                    continue;
                }
                put("{", type);
                endLine();
                depth++;
                afterOpen = true;
                pendingBlank = false;
                continue;
            }
            if (type == ArchLexer.COMMA && !line.isEmpty()) {
                line.set(line.size() - 1, line.get(line.size() - 1) + ",");
                lastType = lastSignificant = type;
                continue;
            }
            String text2 = type == ArchLexer.LINE_COMMENT ? t.getText().stripTrailing() : t.getText();
            put(text2, type);
        }
        if (!line.isEmpty()) endLine();
        String s = out.toString();
        return s.isEmpty() ? s : s.endsWith("\n") ? s : s + "\n";
    }

    /** The index of the '}' closing the block opened at i if it is on the same line, else -1. */
    private static int singleLineBlockEnd(List<? extends Token> tokens, int open) {
        for (int k = open + 1; k < tokens.size(); k++) {
            int t = tokens.get(k).getType();
            if (t == ArchLexer.RBRACE) return k;
            if (t == ArchLexer.NL || t == ArchLexer.LBRACE || t == ArchLexer.LINE_COMMENT
                    || t == ArchLexer.BLOCK_COMMENT || t == Token.EOF) return -1;
        }
        return -1;
    }

    private void put(String text, int type) {
        if (line.isEmpty() && pendingBlank && out.length() > 0) out.append('\n');
        pendingBlank = false;
        line.add(text);
        lastType = type;
        if (type != ArchLexer.LINE_COMMENT && type != ArchLexer.BLOCK_COMMENT) lastSignificant = type;
    }

    private void endLine() {
        out.append(INDENT.repeat(depth + (continuation ? 2 : 0)));
        for (int i = 0; i < line.size(); i++) {
            if (i > 0) out.append(' ');
            out.append(line.get(i));
        }
        out.append('\n');
        afterOpen = lastType == ArchLexer.LBRACE;
        continuation = lastSignificant == ArchLexer.COMMA;
        line.clear();
        lastType = lastSignificant = -1;
    }
}
