package dev.archkit.model;

/**
 * Digits grouped by thousands with commas, as {@code %,d} in the root locale writes them, for
 * counts in findings and dollars in cost reports. Not through {@code String.format}: its first
 * use in a run initialises the locale data, which on a large model cost a rule's thread about
 * 10 ms for one line of text.
 */
public final class Digits {
    private Digits() { }

    /** {@code digits} (only the digits 0-9, no sign) with a comma before every third from the right. */
    public static String grouped(CharSequence digits) {
        int n = digits.length();
        StringBuilder out = new StringBuilder(n + n / 3);
        for (int i = 0; i < n; i++) {
            if (i > 0 && (n - i) % 3 == 0) out.append(',');
            out.append(digits.charAt(i));
        }
        return out.toString();
    }

    /** A count with its thousands grouped: 9,995, -1,000. */
    public static String grouped(long n) {
        return n < 0 ? "-" + grouped(Long.toString(n).substring(1)) : grouped(Long.toString(n));   // Long.MIN_VALUE has no absolute value
    }
}
