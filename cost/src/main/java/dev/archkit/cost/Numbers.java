package dev.archkit.cost;

import dev.archkit.model.Digits;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/** How the cost model and its reports write numbers: counts, percentages, dollars. */
final class Numbers {
    private Numbers() { }

    static double round(double d, int places) {
        double f = Math.pow(10, places);
        return Math.round(d * f) / f;
    }

    /** One count when min, desired and max agree, else min/desired/max. */
    static String counts(double min, double desired, double max) {
        if (min == desired && desired == max) return fmt(round(desired, 1));
        return fmt(round(min, 1)) + "/" + fmt(round(desired, 1)) + "/" + fmt(round(max, 1));
    }

    static String pct(double fraction) {
        return fmt(round(fraction * 100, 1)) + "%";
    }

    /** A number without trailing zeros: 1, 0.25, 2.5. */
    static String fmt(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e15) return Long.toString((long) d);
        return BigDecimal.valueOf(round(d, 3)).stripTrailingZeros().toPlainString();
    }

    /** Dollars with cents and thousands separators: $1,234.56. */
    static String usd(double d) {
        if (!Double.isFinite(d)) return (d < 0 ? "-$" : "$") + String.format(Locale.ROOT, "%,.2f", Math.abs(d));   // Infinity, NaN: as the formatter writes them
        // what %,.2f writes (the shortest decimal of the double, rounded half up), without the formatter (see Digits)
        String plain = BigDecimal.valueOf(Math.abs(d)).setScale(2, RoundingMode.HALF_UP).toPlainString();
        int dot = plain.length() - 3;
        return (d < 0 ? "-$" : "$") + Digits.grouped(plain.substring(0, dot)) + plain.substring(dot);
    }

    /** Dollars rounded to cents, as an exact decimal (no binary-float noise in the output). */
    static BigDecimal money(double d) {
        return BigDecimal.valueOf(d).setScale(2, RoundingMode.HALF_UP);
    }

    /** A percentage to one decimal, as an exact decimal. */
    static BigDecimal percent(double d) {
        return BigDecimal.valueOf(d).setScale(1, RoundingMode.HALF_UP);
    }
}
