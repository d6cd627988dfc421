package dev.archkit.lsp;

import dev.archkit.lang.SourceParser;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

import java.util.ArrayList;
import java.util.List;

/**
 * What the editor is shown the moment an edit arrives, before the architecture is checked again:
 * the edited file's own syntax errors (parsing one file takes milliseconds), and the problems of the
 * last full check moved with the text around the edit (those inside the edited span are dropped).
 * The full check that follows replaces them; this is never the last word on a version.
 */
final class QuickPass {
    private QuickPass() { }

    /**
     * @param checked     the file's problems from the last full check, without its syntax errors
     * @param checkedText the text those problems are about
     */
    static List<Diagnostic> of(String file, List<Diagnostic> checked, String checkedText, String text, Uris uris) {
        List<Diagnostic> out = new ArrayList<>();
        for (var d : SourceParser.parse(file, text).diagnostics()) out.add(Problems.diagnostic(d, uris));
        if (checkedText == null) return out;
        int prefix = 0, max = Math.min(checkedText.length(), text.length());
        while (prefix < max && checkedText.charAt(prefix) == text.charAt(prefix)) prefix++;
        int suffix = 0;
        while (suffix < max - prefix && checkedText.charAt(checkedText.length() - 1 - suffix) == text.charAt(text.length() - 1 - suffix)) suffix++;
        int changedEnd = checkedText.length() - suffix, delta = text.length() - checkedText.length();
        Lines before = new Lines(checkedText), after = new Lines(text);
        for (Diagnostic d : checked) {
            int from = before.offset(d.getRange().getStart()), to = before.offset(d.getRange().getEnd());
            Range r;
            if (to <= prefix) {
                r = d.getRange();
            } else if (from >= changedEnd) {
                r = new Range(after.position(from + delta), after.position(to + delta));
            } else {
                continue;   // written over: the full check says what it is now
            }
            Diagnostic moved = new Diagnostic(r, d.getMessage(), d.getSeverity(), d.getSource(), null);
            moved.setCode(d.getCode());
            moved.setCodeDescription(d.getCodeDescription());
            moved.setRelatedInformation(d.getRelatedInformation());
            out.add(moved);
        }
        return out;
    }

    /** Line starts of a text, for offsets and positions in logarithmic time. */
    static final class Lines {
        private final int[] starts;
        private final int length;

        Lines(String text) {
            int n = 1;
            for (int i = 0; i < text.length(); i++) if (text.charAt(i) == '\n') n++;
            starts = new int[n];
            int k = 1;
            for (int i = 0; i < text.length(); i++) if (text.charAt(i) == '\n') starts[k++] = i + 1;
            length = text.length();
        }

        int offset(Position p) {
            if (p.getLine() >= starts.length) return length;
            int end = p.getLine() + 1 < starts.length ? starts[p.getLine() + 1] - 1 : length;
            return Math.min(end, starts[p.getLine()] + p.getCharacter());
        }

        Position position(int offset) {
            offset = Math.max(0, Math.min(offset, length));
            int line = java.util.Arrays.binarySearch(starts, offset);
            if (line < 0) line = -line - 2;
            return new Position(line, offset - starts[line]);
        }
    }
}
