package dev.archkit.facts;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What survives the loss of one zone, for a floor of copies spread over the zones. */
class ZoneLossTest {

    @Test
    void copiesLeftAfterLosingTheFullestZone() {
        assertThat(ZoneLoss.of(2, 3).survivors()).as("min 2 over 3 zones: one survives any zone").isEqualTo(1);
        assertThat(ZoneLoss.of(2, 3).survivesZoneLoss()).isTrue();
        assertThat(ZoneLoss.of(2, 3).singleCopy()).isFalse();
        assertThat(ZoneLoss.of(3, 2).survivors()).as("3 over 2 zones: the fuller zone holds 2").isEqualTo(1);
        assertThat(ZoneLoss.of(6, 3).survivors()).isEqualTo(4);
        assertThat(ZoneLoss.of(1, 3).survivors()).as("a single copy is lost with its zone").isZero();
        assertThat(ZoneLoss.of(1, 3).singleCopy()).isTrue();
        assertThat(ZoneLoss.of(4, 1).survivors()).as("all in one zone").isZero();
        assertThat(ZoneLoss.of(2, 0).zonesKnown()).isFalse();
        assertThat(ZoneLoss.of(2, 0).survivesZoneLoss()).as("unknown zones are not reported as surviving").isFalse();
    }
}
