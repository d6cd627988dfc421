package dev.archkit.cost;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link Numbers#usd} writes dollars as {@code %,.2f} in the root locale does, without the formatter. */
class NumbersProperties {

    private static String formatted(double d) {
        return (d < 0 ? "-$" : "$") + String.format(Locale.ROOT, "%,.2f", Math.abs(d));
    }

    @Property(tries = 3000)
    void dollarsAsTheFormatterWritesThem(@ForAll("amounts") double d) {
        assertThat(Numbers.usd(d)).isEqualTo(formatted(d));
    }

    /** Any double, and amounts of a few decimals, half cents among them (where rounding decides). */
    @Provide
    Arbitrary<Double> amounts() {
        return Arbitraries.oneOf(
                Arbitraries.doubles().between(-1e13, 1e13),
                Arbitraries.longs().between(-100_000_000_000L, 100_000_000_000L).map(m -> m / 1000.0),
                Arbitraries.longs().between(-10_000_000L, 10_000_000L).map(m -> m / 100.0 + 0.005),
                Arbitraries.doubles());
    }

    @Example
    void theEdges() {
        for (double d : new double[] {0, -0.0, 0.004, 0.005, 0.015, 1.005, 2.675, 999.995, 1000, 1234.5, -1234.567, 1e15, 123456789.125,
                Double.MIN_VALUE, Double.MAX_VALUE, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN}) {
            assertThat(Numbers.usd(d)).as("%s", d).isEqualTo(formatted(d));
        }
    }
}
