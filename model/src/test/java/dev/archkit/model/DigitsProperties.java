package dev.archkit.model;

import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class DigitsProperties {

    @Property
    void countsAreGroupedAsTheRootLocaleFormatsThem(@ForAll long n) {
        assertThat(Digits.grouped(n)).isEqualTo(String.format(Locale.ROOT, "%,d", n));
    }

    @Example
    void theEdgesOfGrouping() {
        for (long n : new long[] {0, 7, 999, 1000, -1000, 9995, 100_000, 1_000_000, Long.MIN_VALUE, Long.MAX_VALUE}) {
            assertThat(Digits.grouped(n)).as("%d", n).isEqualTo(String.format(Locale.ROOT, "%,d", n));
        }
    }
}
