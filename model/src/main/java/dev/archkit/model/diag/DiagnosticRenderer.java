package dev.archkit.model.diag;

import dev.archkit.model.Location;

import java.util.function.Function;

/**
 * Renders diagnostics like a compiler: {@code file:line:col: error: message}, the source
 * line, a caret under the offending token, then hints and related locations.
 */
public final class DiagnosticRenderer {
    private final Function<String, String> sourceLookup;
    private final boolean color;

    /**
     * @param sourceLookup file name to its text (or null if it cannot be read)
     * @param color        ANSI colors (only on a terminal, never with NO_COLOR)
     */
    public DiagnosticRenderer(Function<String, String> sourceLookup, boolean color) {
        this.sourceLookup = sourceLookup;
        this.color = color;
    }

    public String render(Diagnostic d) {
        StringBuilder sb = new StringBuilder();
        Location at = d.location();
        sb.append(bold(at.toString())).append(": ").append(severity(d.severity())).append(": ")
          .append(bold(d.message()));
        if (d.code() != null) sb.append(dim(" [" + d.code() + "]"));
        sb.append('\n');
        snippet(sb, at);
        if (d.hint() != null && !d.hint().isBlank()) {
            sb.append("  ").append(cyan("hint")).append(": ").append(d.hint()).append('\n');
        }
        for (Diagnostic.Related r : d.related()) {
            sb.append("  ").append(cyan("note")).append(": ").append(r.location()).append(": ")
              .append(r.message()).append('\n');
        }
        return sb.toString();
    }

    private void snippet(StringBuilder sb, Location at) {
        if (!at.isKnown()) return;
        String text = sourceLookup.apply(at.file());
        if (text == null) return;
        String line = lines.computeIfAbsent(at.file(), f -> new Lines(text)).line(at.line());
        if (line == null) return;
        String num = String.valueOf(at.line());
        String pad = " ".repeat(num.length());
        int col = Math.max(1, at.column());
        String shown = printable(line);
        if (shown.length() > MAX_SHOWN) {
            // a long line (minified, generated, garbage): the part around the column only
            int from = Math.max(0, Math.min(col - 1 - MAX_SHOWN / 3, shown.length() - MAX_SHOWN));
            String part = shown.substring(from, from + MAX_SHOWN);
            shown = (from > 0 ? "..." : "") + part + (from + MAX_SHOWN < line.length() ? "..." : "");
            col = col - from + (from > 0 ? 3 : 0);
        }
        sb.append(' ').append(dim(num + " |")).append(' ').append(shown).append('\n');
        int len = Math.max(1, Math.min(at.length(), Math.max(1, shown.length() - col + 1)));
        StringBuilder caret = new StringBuilder();
        for (int i = 0; i < col - 1 && i < shown.length(); i++) caret.append(' ');
        caret.append('^').append("~".repeat(Math.max(0, len - 1)));
        sb.append(' ').append(dim(pad + " |")).append(' ').append(red(caret.toString())).append('\n');
    }

    /** The most characters of a source line shown under a diagnostic. */
    static final int MAX_SHOWN = 160;

    /** The line as it may be printed: a tab as a space, other control characters as '?'. */
    private static String printable(String line) {
        StringBuilder sb = new StringBuilder(line.length());
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            sb.append(c == '\t' ? ' ' : c < 0x20 || c == 0x7f ? '?' : c);
        }
        return sb.toString();
    }

    private final java.util.Map<String, Lines> lines = new java.util.HashMap<>();

    /**
     * The lines of one file, indexed once and only as far as a diagnostic asks: rendering many
     * diagnostics stays linear, and one near the top of a large file reads no further.
     */
    static final class Lines {
        private final String text;
        private int[] starts = new int[16];
        private int count = 1;      // starts[0] = 0
        private int scanned;        // text before this index is indexed

        Lines(String text) {
            this.text = text;
        }

        /** Line {@code line} (1-based) without its line break, or null past the end. */
        String line(int line) {
            if (line < 1) return null;
            while (count < line && scanned < text.length()) {
                char c = text.charAt(scanned++);
                if (c == '\n' || (c == '\r' && (scanned >= text.length() || text.charAt(scanned) != '\n'))) {
                    if (count == starts.length) starts = java.util.Arrays.copyOf(starts, count * 2);
                    starts[count++] = scanned;
                }
            }
            if (line > count) return null;
            int start = starts[line - 1];
            int end = start;
            while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') end++;
            return text.substring(start, end);
        }
    }

    private String severity(Severity s) {
        return switch (s) {
            case ERROR -> red(bold("error"));
            case WARNING -> yellow(bold("warning"));
            case NOTE -> cyan(bold("note"));
        };
    }

    private String bold(String s) { return color ? "\u001b[1m" + s + "\u001b[0m" : s; }
    private String dim(String s) { return color ? "\u001b[2m" + s + "\u001b[0m" : s; }
    private String red(String s) { return color ? "\u001b[31m" + s + "\u001b[0m" : s; }
    private String yellow(String s) { return color ? "\u001b[33m" + s + "\u001b[0m" : s; }
    private String cyan(String s) { return color ? "\u001b[36m" + s + "\u001b[0m" : s; }
}
