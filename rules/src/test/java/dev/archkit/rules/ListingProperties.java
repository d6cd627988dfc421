package dev.archkit.rules;

import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class ListingProperties {

    @Property
    void countsAreGroupedAsTheRootLocaleFormatsThem(@ForAll long n) {
        assertThat(Listing.grouped(n)).isEqualTo(String.format(Locale.ROOT, "%,d", n));
    }

    @Example
    void theEdgesOfGrouping() {
        for (long n : new long[] {0, 7, 999, 1000, -1000, 9995, 100_000, 1_000_000, Long.MIN_VALUE, Long.MAX_VALUE}) {
            assertThat(Listing.grouped(n)).as("%d", n).isEqualTo(String.format(Locale.ROOT, "%,d", n));
        }
    }

    @Example
    void aLongListNamesFiveAndCountsTheRest() {
        List<String> names = IntStream.range(0, 10_000).mapToObj(i -> "svc-" + i).toList();
        assertThat(Listing.quoted(names)).isEqualTo("'svc-0', 'svc-1', 'svc-2', 'svc-3', 'svc-4' and 9,995 more");
    }
}
