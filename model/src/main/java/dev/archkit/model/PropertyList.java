package dev.archkit.model;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * The properties of an element or a dependency: an immutable list (equal to any list of the same
 * properties) over one array that {@link #find} and {@link #findAll} scan directly. Rules look up a
 * few properties of every element; through the List interface each step of that scan was an
 * interface call, which the launcher's C1-only JIT does not inline, and this was the single
 * hottest method of a check.
 *
 * <p>Why this layout: on a large model a lookup costs what it loads from memory, not what it
 * compares (20k services: 1.7 M lookups, the hottest method of a check). Keys and properties sit
 * side by side in one array ({@code key0, property0, key1, ...}), so a hit loads one array and the
 * property; and a 64-bit mask of the keys' hashes, kept in the list itself, answers most lookups
 * of a key the element does not have (rules often ask for one) without loading the array at all.
 * Keys are compared by identity first: the schema's keys and the keys asked for are the same
 * interned literals, so the scan mostly never touches a string; equality decides where they are
 * not. Measured against the earlier keys array, properties array and open-addressing table
 * (bench/compare.sh, 20k services): see the commit that made it.
 */
final class PropertyList extends AbstractList<Property> implements RandomAccess {
    private static final PropertyList EMPTY = new PropertyList(new Property[0]);

    /** key0, property0, key1, property1, ... in the order written. */
    private final Object[] entries;
    /** Bit {@code bit(k.hashCode())} set for every key k: a clear bit means no such key. */
    private final long keyBits;

    private PropertyList(Property[] items) {
        Object[] kv = new Object[items.length * 2];
        long bits = 0;
        for (int i = 0; i < items.length; i++) {
            String k = items[i].key();
            kv[2 * i] = k;
            kv[2 * i + 1] = items[i];
            bits |= bit(k.hashCode());
        }
        if (Long.bitCount(bits) < items.length) sameInstances(kv);   // two keys may be equal
        this.entries = kv;
        this.keyBits = bits;
    }

    /**
     * Gives every key the instance of the first equal key, so that the first key identical to the
     * one asked for is also the first equal one (and {@link #find}'s identity scan answers the
     * first property of a repeated key).
     */
    private static void sameInstances(Object[] kv) {
        for (int i = 2; i < kv.length; i += 2) {
            String k = (String) kv[i];
            int h = k.hashCode();
            for (int j = 0; j < i; j += 2) {
                String earlier = (String) kv[j];
                if (earlier == k || (earlier.hashCode() == h && earlier.equals(k))) {   // the first equal key: its instance is the one
                    kv[i] = earlier;
                    break;
                }
            }
        }
    }

    private static long bit(int h) {
        return 1L << ((h ^ (h >>> 16)) & 63);
    }

    /** An immutable copy, like List.copyOf (and nulls are rejected the same way). */
    static PropertyList of(List<Property> properties) {
        if (properties instanceof PropertyList p) return p;
        if (properties.isEmpty()) return EMPTY;
        Property[] items = properties.toArray(new Property[0]);
        for (Property p : items) java.util.Objects.requireNonNull(p);
        return new PropertyList(items);
    }

    @Override public Property get(int index) {
        java.util.Objects.checkIndex(index, entries.length / 2);
        return (Property) entries[2 * index + 1];
    }

    @Override public int size() { return entries.length / 2; }

    /** The first property with this key, or null. */
    Property find(String key) {
        int h = key.hashCode();   // cached in the String
        if ((keyBits & bit(h)) == 0) return null;
        Object[] kv = entries;
        for (int i = 0; i < kv.length; i += 2) if (kv[i] == key) return (Property) kv[i + 1];
        for (int i = 0; i < kv.length; i += 2) {
            String k = (String) kv[i];
            if (k.hashCode() == h && k.equals(key)) return (Property) kv[i + 1];
        }
        return null;
    }

    /** Every property with this key, in order. */
    List<Property> findAll(String key) {
        int h = key.hashCode();
        if ((keyBits & bit(h)) == 0) return List.of();
        Object[] kv = entries;
        int first = -1, count = 0;
        for (int i = 0; i < kv.length; i += 2) {
            String k = (String) kv[i];
            if (k == key || (k.hashCode() == h && k.equals(key))) {
                if (first < 0) first = i;
                count++;
            }
        }
        if (count == 0) return List.of();
        if (count == 1) return List.of((Property) kv[first + 1]);
        Property[] out = new Property[count];
        for (int i = first, j = 0; j < count; i += 2) {
            String k = (String) kv[i];
            if (k == key || (k.hashCode() == h && k.equals(key))) out[j++] = (Property) kv[i + 1];
        }
        return List.of(out);
    }
}
