package dev.archkit.model;

/**
 * One property of an element: {@code key value}. Where it was written is kept as two components,
 * the file and {@link Location#packed()}, not as a location object (a large model holds hundreds
 * of thousands of properties); read it with {@link #location()}.
 */
public record Property(String key, Value value, String sourceFile, long sourcePosition) {

    public Property(String key, Value value, Location location) {
        this(key, value, Location.fileOf(location), Location.packedOf(location));
    }

    /** Where the property was written (its key). */
    public Location location() {
        return Location.unpacked(sourceFile, sourcePosition);
    }

    /** The field of a structured value, or the value itself when it is the field asked for. */
    public Value field(String name) {
        if (value instanceof Value.Struct s) return s.get(name);
        return null;
    }

    @Override
    public String toString() {
        return "Property[" + key + " " + (value == null ? "" : value.text()) + " at " + location() + "]";
    }
}
