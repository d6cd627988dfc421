package dev.archkit.rules.report;

import java.util.HashMap;
import java.util.Map;

/**
 * The {@code primaryLocationLineHash} of every line of a file, as GitHub code scanning computes
 * it when a SARIF upload has none (so that both agree and the upload raises no "inconsistent
 * fingerprint" warning): a rolling hash (base 37, 64-bit wrap-around) over the next 100
 * characters from the line's first one, with spaces and tabs left out and CR, LF and CRLF read
 * as one LF, padded at the end of the file by an end marker (65535) and zeros; written as the
 * unsigned hexadecimal hash, a colon, and how many lines before it (counting itself) had the
 * same hash. The hash depends on the line's text and the text just after it, never on its
 * number: lines moving elsewhere in the file leave it as it is.
 */
final class LineHashes {
    static final int WINDOW = 100;
    private static final long BASE = 37;
    private static final char END = 65535;
    private static final long BASE_POW_WINDOW;

    static {
        long p = 1;
        for (int i = 0; i < WINDOW; i++) p *= BASE;
        BASE_POW_WINDOW = p;
    }

    private LineHashes() { }

    /** hashes[i] is the hash of line i + 1; the array has one entry per line of the text. */
    static String[] of(String text) {
        return new Hasher(text).run();
    }

    private static final class Hasher {
        private final String text;
        private final long[] window = new long[WINDOW];
        private final int[] lineAt = new int[WINDOW];   // the line a window slot starts, or 0
        private final Map<Long, Integer> seen = new HashMap<>();
        private final java.util.List<String> out = new java.util.ArrayList<>();
        private long hash;
        private int slot;
        private int line;
        private boolean atLineStart = true;
        private boolean afterCr;

        Hasher(String text) {
            this.text = text;
        }

        String[] run() {
            for (int i = 0; i < text.length(); i++) take(text.charAt(i));
            take(END);
            for (int i = 0; i < WINDOW; i++) {
                if (lineAt[slot] != 0) emit();
                roll(0);
            }
            return out.toArray(String[]::new);
        }

        private void take(char c) {
            if (c == ' ' || c == '\t' || (afterCr && c == '\n')) {
                afterCr = false;
                return;
            }
            afterCr = c == '\r';
            if (afterCr) c = '\n';
            if (lineAt[slot] != 0) emit();
            if (atLineStart) {
                atLineStart = false;
                lineAt[slot] = ++line;
            }
            if (c == '\n') atLineStart = true;
            roll(c);
        }

        /** The window is full past the line starting at this slot: its hash is known. */
        private void emit() {
            int n = seen.merge(hash, 1, Integer::sum);
            int l = lineAt[slot];
            while (out.size() < l) out.add(null);
            out.set(l - 1, Long.toHexString(hash) + ":" + n);
            lineAt[slot] = 0;
        }

        private void roll(long c) {
            long leaving = window[slot];
            window[slot] = c;
            hash = BASE * hash + c - BASE_POW_WINDOW * leaving;
            slot = (slot + 1) % WINDOW;
        }
    }
}
