package dev.archkit.model;

import java.util.Collection;
import java.util.Locale;

/** "Did you mean": the closest candidate by edit distance, if it is close enough. */
public final class Suggest {
    private Suggest() { }

    public static String closest(String word, Collection<String> candidates) {
        if (word == null || candidates == null) return null;
        String best = null;
        int bestD = Integer.MAX_VALUE;
        String w = word.toLowerCase(Locale.ROOT);
        int limit = Math.max(1, Math.min(3, w.length() / 3));
        for (String c : candidates) {
            if (c == null || c.equals(word)) continue;
            if (Math.abs(c.length() - w.length()) > limit) {
                if (!(c.toLowerCase(Locale.ROOT).startsWith(w) && w.length() >= 3)) continue;
            }
            int d = distance(w, c.toLowerCase(Locale.ROOT), limit);
            if (d == 0) return c;
            if (d < bestD || (d == bestD && best != null && c.compareTo(best) < 0)) {
                bestD = d;
                best = c;
            }
        }
        return bestD <= limit ? best : null;
    }

    /** Damerau-Levenshtein (optimal string alignment) distance, stopping early above limit. */
    public static int distance(String a, String b, int limit) {
        int n = a.length(), m = b.length();
        if (Math.abs(n - m) > limit) return limit + 1;
        int[] prev2 = new int[m + 1], prev = new int[m + 1], cur = new int[m + 1];
        for (int j = 0; j <= m; j++) prev[j] = j;
        for (int i = 1; i <= n; i++) {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= m; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    v = Math.min(v, prev2[j - 2] + 1);
                }
                cur[j] = v;
                rowMin = Math.min(rowMin, v);
            }
            if (rowMin > limit) return limit + 1;
            int[] t = prev2; prev2 = prev; prev = cur; cur = t;
        }
        return prev[m];
    }
}
