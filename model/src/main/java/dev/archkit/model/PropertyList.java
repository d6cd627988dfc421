package dev.archkit.model;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * The properties of an element or a dependency: an immutable list (equal to any list of the same
 * properties) over arrays that {@link #find} and {@link #findAll} scan directly. Rules look up a
 * few properties of every element; through the List interface each step of that scan was an
 * interface call, which the launcher's C1-only JIT does not inline, and this was the single
 * hottest method of a check.
 */
final class PropertyList extends AbstractList<Property> implements RandomAccess {
    private static final PropertyList EMPTY = new PropertyList(new Property[0]);

    /**
     * From this many properties {@link #find} goes through a small hash table instead of a scan.
     * A service has a dozen properties and rules ask each for a few of them, often for one it
     * does not have, which the scan answered only after comparing every key (on 10,000 services
     * 870,000 lookups, counted; the hottest method of a check's rules).
     */
    static final int HASHED_FROM = 6;

    private final Property[] items;
    private final String[] keys;   // items[i].key(), read without touching the property
    /** Open addressing over the keys' hashes: 1 + the index of a key's first property, 0 for an empty slot; null below {@link #HASHED_FROM}. */
    private final byte[] slots;

    private PropertyList(Property[] items) {
        this.items = items;
        this.keys = new String[items.length];
        for (int i = 0; i < items.length; i++) keys[i] = items[i].key();
        this.slots = items.length >= HASHED_FROM && items.length < Byte.MAX_VALUE ? table(keys) : null;
    }

    /** A table at most half full, so that a probe for a missing key mostly ends at its first slot. */
    private static byte[] table(String[] keys) {
        byte[] slots = new byte[Integer.highestOneBit(keys.length * 4 - 1)];
        int mask = slots.length - 1;
        outer:
        for (int i = 0; i < keys.length; i++) {
            int h = keys[i].hashCode();
            for (int s = spread(h) & mask; ; s = (s + 1) & mask) {
                if (slots[s] == 0) {
                    slots[s] = (byte) (i + 1);
                    continue outer;
                }
                String k = keys[slots[s] - 1];
                if (k.hashCode() == h && k.equals(keys[i])) continue outer;   // a repeated key: find answers the first
            }
        }
        return slots;
    }

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }

    /** An immutable copy, like List.copyOf (and nulls are rejected the same way). */
    static PropertyList of(List<Property> properties) {
        if (properties instanceof PropertyList p) return p;
        if (properties.isEmpty()) return EMPTY;
        Property[] items = properties.toArray(new Property[0]);
        for (Property p : items) java.util.Objects.requireNonNull(p);
        return new PropertyList(items);
    }

    @Override public Property get(int index) { return items[index]; }

    @Override public int size() { return items.length; }

    /** The first property with this key, or null. */
    Property find(String key) {
        String[] ks = keys;
        int h = key.hashCode();   // cached in the String: a cheap first test for the many keys that differ
        byte[] t = slots;
        if (t != null) {
            int mask = t.length - 1;
            for (int s = spread(h) & mask; ; s = (s + 1) & mask) {
                int i = t[s] - 1;
                if (i < 0) return null;
                String k = ks[i];
                if (k == key || (k.hashCode() == h && k.equals(key))) return items[i];
            }
        }
        for (int i = 0; i < ks.length; i++) {
            String k = ks[i];
            if (k == key || (k.hashCode() == h && k.equals(key))) return items[i];
        }
        return null;
    }

    /** Every property with this key, in order. */
    List<Property> findAll(String key) {
        String[] ks = keys;
        int h = key.hashCode();
        int first = -1, count = 0;
        for (int i = 0; i < ks.length; i++) {
            String k = ks[i];
            if (k == key || (k.hashCode() == h && k.equals(key))) {
                if (first < 0) first = i;
                count++;
            }
        }
        if (count == 0) return List.of();
        if (count == 1) return List.of(items[first]);
        Property[] out = new Property[count];
        for (int i = first, j = 0; j < count; i++) {
            String k = ks[i];
            if (k == key || (k.hashCode() == h && k.equals(key))) out[j++] = items[i];
        }
        return List.of(out);
    }
}
