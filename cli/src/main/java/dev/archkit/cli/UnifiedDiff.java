package dev.archkit.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * The change from one text to another as a unified diff ('diff -u', three lines of context), as
 * 'fmt --diff' prints it. Lines are matched by a longest common subsequence of the part between
 * the common start and end; when that part is too large to match in reasonable memory, it is
 * shown as one replacement.
 */
final class UnifiedDiff {
    private UnifiedDiff() { }

    private static final int CONTEXT = 3;
    /** The most cells of the matching table (lines before times lines after, between common start and end). */
    private static final long MAX_CELLS = 4_000_000;

    /** One line of the result: kept (' '), removed ('-') or added ('+'), with its line numbers before and after. */
    private record Line(char op, String text, int before, int after) { }

    /** The diff of {@code before} and {@code after} under the names {@code a/name} and {@code b/name}; empty when they are equal. */
    static String of(String name, String before, String after) {
        if (before.equals(after)) return "";
        List<String> a = before.lines().toList(), b = after.lines().toList();
        List<Line> lines = match(a, b);
        StringBuilder sb = new StringBuilder("--- a/" + name + "\n+++ b/" + name + "\n");
        int i = 0;
        while (i < lines.size()) {
            if (lines.get(i).op() == ' ') {
                i++;
                continue;
            }
            int start = Math.max(0, i - CONTEXT), end = i;
            // the hunk goes on while the next change is within twice the context
            while (true) {
                while (end < lines.size() && lines.get(end).op() != ' ') end++;
                int next = end;
                while (next < lines.size() && lines.get(next).op() == ' ') next++;
                if (next < lines.size() && next - end <= 2 * CONTEXT) end = next;
                else break;
            }
            end = Math.min(lines.size(), end + CONTEXT);
            hunk(sb, lines.subList(start, end));
            i = end;
        }
        return sb.toString();
    }

    private static void hunk(StringBuilder sb, List<Line> hunk) {
        int firstBefore = 0, firstAfter = 0, countBefore = 0, countAfter = 0;
        for (Line l : hunk) {
            if (l.op() != '+') {
                if (countBefore++ == 0) firstBefore = l.before();
            }
            if (l.op() != '-') {
                if (countAfter++ == 0) firstAfter = l.after();
            }
        }
        if (countBefore == 0) firstBefore = hunk.get(0).before() - 1;
        if (countAfter == 0) firstAfter = hunk.get(0).after() - 1;
        sb.append("@@ -").append(firstBefore).append(',').append(countBefore)
          .append(" +").append(firstAfter).append(',').append(countAfter).append(" @@\n");
        for (Line l : hunk) sb.append(l.op()).append(l.text()).append('\n');
    }

    /** Every line of both texts in order, each kept, removed or added (line numbers 1-based; for an added line 'before' is the next line before). */
    private static List<Line> match(List<String> a, List<String> b) {
        int prefix = 0;
        while (prefix < a.size() && prefix < b.size() && a.get(prefix).equals(b.get(prefix))) prefix++;
        int suffix = 0;
        while (suffix < a.size() - prefix && suffix < b.size() - prefix
                && a.get(a.size() - 1 - suffix).equals(b.get(b.size() - 1 - suffix))) suffix++;
        int n = a.size() - prefix - suffix, m = b.size() - prefix - suffix;
        List<Line> out = new ArrayList<>();
        for (int i = 0; i < prefix; i++) out.add(new Line(' ', a.get(i), i + 1, i + 1));
        int ia = prefix, ib = prefix;
        if ((long) n * m <= MAX_CELLS) {
            int[][] lcs = new int[n + 1][m + 1];
            for (int i = n - 1; i >= 0; i--) {
                for (int j = m - 1; j >= 0; j--) {
                    lcs[i][j] = a.get(prefix + i).equals(b.get(prefix + j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
                }
            }
            int i = 0, j = 0;
            while (i < n || j < m) {
                if (i < n && j < m && a.get(prefix + i).equals(b.get(prefix + j))) {
                    out.add(new Line(' ', a.get(prefix + i), ia + 1, ib + 1));
                    i++; j++; ia++; ib++;
                } else if (i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1])) {   // removals before additions, as diff -u
                    out.add(new Line('-', a.get(prefix + i), ia + 1, ib + 1));
                    i++; ia++;
                } else {
                    out.add(new Line('+', b.get(prefix + j), ia + 1, ib + 1));
                    j++; ib++;
                }
            }
        } else {
            for (int i = 0; i < n; i++, ia++) out.add(new Line('-', a.get(ia), ia + 1, ib + 1));
            for (int j = 0; j < m; j++, ib++) out.add(new Line('+', b.get(ib), ia + 1, ib + 1));
        }
        for (int i = 0; i < suffix; i++, ia++, ib++) out.add(new Line(' ', a.get(ia), ia + 1, ib + 1));
        return out;
    }
}
