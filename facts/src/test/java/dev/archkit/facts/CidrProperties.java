package dev.archkit.facts;

import dev.archkit.model.Location;
import dev.archkit.model.Value;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

import java.math.BigInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** CIDR containment, the ground reachability stands on, against address arithmetic done by hand. */
class CidrProperties {

    static Value.Cidr v4(long address, int prefix) {
        long mask = prefix == 0 ? 0 : (0xFFFFFFFFL << (32 - prefix)) & 0xFFFFFFFFL;
        long net = address & mask;
        String text = ((net >> 24) & 255) + "." + ((net >> 16) & 255) + "." + ((net >> 8) & 255) + "." + (net & 255);
        return new Value.Cidr(text, prefix, false, BigInteger.valueOf(net), Location.UNKNOWN);
    }

    @Property
    void aRangeContainsExactlyTheRangesWhoseAddressesAllShareItsPrefix(@ForAll @LongRange(min = 0, max = 0xFFFFFFFFL) long a,
                                                                      @ForAll @IntRange(min = 0, max = 32) int pa,
                                                                      @ForAll @LongRange(min = 0, max = 0xFFFFFFFFL) long b,
                                                                      @ForAll @IntRange(min = 0, max = 32) int pb) {
        Value.Cidr outer = v4(a, pa), inner = v4(b, pb);
        long mask = pa == 0 ? 0 : (0xFFFFFFFFL << (32 - pa)) & 0xFFFFFFFFL;
        boolean expected = pb >= pa && (inner.network().longValue() & mask) == outer.network().longValue();
        assertThat(outer.contains(inner)).isEqualTo(expected);
    }

    @Property
    void everyRangeContainsItsSubdivisionsAndIsContainedByItsSupernets(@ForAll @LongRange(min = 0, max = 0xFFFFFFFFL) long a,
                                                                      @ForAll @IntRange(min = 0, max = 32) int p,
                                                                      @ForAll @IntRange(min = 0, max = 32) int q) {
        Value.Cidr c = v4(a, p);
        int lo = Math.min(p, q), hi = Math.max(p, q);
        assertThat(v4(a, lo).contains(v4(a, hi))).isTrue();
        assertThat(v4(0, 0).contains(c)).as("0.0.0.0/0 contains every range").isTrue();
        assertThat(c.contains(c)).isTrue();
        if (hi > lo) assertThat(v4(a, hi).contains(v4(a, lo))).isFalse();
    }

    @Property
    void containmentIsTransitiveAndImpliesOverlap(@ForAll @LongRange(min = 0, max = 0xFFFFFFFFL) long a,
                                                  @ForAll @IntRange(min = 0, max = 32) int p1,
                                                  @ForAll @IntRange(min = 0, max = 32) int p2,
                                                  @ForAll @IntRange(min = 0, max = 32) int p3) {
        int[] ps = {p1, p2, p3};
        java.util.Arrays.sort(ps);
        Value.Cidr x = v4(a, ps[0]), y = v4(a, ps[1]), z = v4(a, ps[2]);
        assertThat(x.contains(y) && y.contains(z)).isTrue();
        assertThat(x.contains(z)).isTrue();
        assertThat(x.overlaps(z) && z.overlaps(x)).isTrue();
    }
}
