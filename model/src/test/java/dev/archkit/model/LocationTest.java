package dev.archkit.model;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A location packs line, column and length into one long; it must read back what was given. */
class LocationTest {

    @Property
    void readsBackWhatWasWritten(@ForAll @IntRange(min = 0, max = Location.MAX_LINE) int line,
                                 @ForAll @IntRange(min = 0, max = Location.MAX_LINE) int column,
                                 @ForAll @IntRange(min = 0, max = 4095) int length) {
        Location l = new Location("a.arch", line, column, length);
        assertEquals("a.arch", l.file());
        assertEquals(line, l.line());
        assertEquals(column, l.column());
        assertEquals(length, l.length());
        assertEquals(l, new Location("a.arch", line, column, length));
        assertEquals(l.hashCode(), new Location("a.arch", line, column, length).hashCode());
    }

    @Property
    void ordersByFileLineColumn(@ForAll @IntRange(min = 1, max = 1_000_000) int line, @ForAll @IntRange(min = 1, max = 5000) int column) {
        Location l = new Location("a.arch", line, column, 1);
        assertTrue(l.compareTo(new Location("a.arch", line, column + 1, 1)) < 0);
        assertTrue(l.compareTo(new Location("a.arch", line + 1, 1, 1)) < 0);
        assertTrue(l.compareTo(new Location("b.arch", 1, 1, 1)) < 0);
        assertEquals(0, l.compareTo(new Location("a.arch", line, column, 7)));   // length is not part of the order
    }

    @Test
    void aLongTokenKeepsTheWidestCaretAndNegativeValuesAreZero() {
        assertEquals(4095, new Location("a.arch", 1, 1, 100_000).length());
        Location negative = new Location("a.arch", -3, -1, -5);
        assertEquals(0, negative.line());
        assertEquals(0, negative.column());
        assertEquals(0, negative.length());
        assertFalse(negative.isKnown());
    }

    @Test
    void equalityIsByEveryPart() {
        Location l = new Location("a.arch", 3, 4, 5);
        assertNotEquals(l, new Location("b.arch", 3, 4, 5));
        assertNotEquals(l, new Location("a.arch", 3, 4, 6));
        assertNotEquals(l, new Location("a.arch", 4, 3, 5));
        assertEquals("a.arch:3:4", l.toString());
        assertEquals("<unknown>", new Location(null, 0, 0, 0).toString());
    }

    @Property
    void aHolderKeepsTheSamePlaceWithoutALocationObject(@ForAll @IntRange(min = 0, max = Location.MAX_LINE) int line,
                                                         @ForAll @IntRange(min = 0, max = Location.MAX_LINE) int column,
                                                         @ForAll @IntRange(min = 0, max = 4095) int length) {
        Location l = new Location("a.arch", line, column, length);
        assertEquals(l.packed(), Location.pack(line, column, length));
        assertEquals(l, Location.unpacked(Location.fileOf(l), Location.packedOf(l)));
        Value v = new Value.IntValue(3, l);
        assertEquals(l, v.at());
        assertEquals(new Value.IntValue(3, l), v);
        assertNotEquals(new Value.IntValue(3, new Location("b.arch", line, column, length)), v);
        dev.archkit.model.Property p = new dev.archkit.model.Property("port", v, l);
        assertEquals(l, p.location());
        assertEquals(new Value.Struct(new String[] {"min"}, new Value[] {v}, l).at(), l);
    }

    @Test
    void aHolderMadeWithoutALocationHasNone() {
        assertEquals(null, new Value.Ref("orders", (Location) null).at());
        assertEquals(null, new dev.archkit.model.Property("port", null, (Location) null).location());
    }
}
