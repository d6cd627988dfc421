package dev.archkit.rules;

import net.jqwik.api.Example;

import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class ListingTest {

    @Example
    void aLongListNamesFiveAndCountsTheRest() {
        List<String> names = IntStream.range(0, 10_000).mapToObj(i -> "svc-" + i).toList();
        assertThat(Listing.quoted(names)).isEqualTo("'svc-0', 'svc-1', 'svc-2', 'svc-3', 'svc-4' and 9,995 more");
    }
}
