package dev.archkit.model;

/** One property of an element: {@code key value}. */
public record Property(String key, Value value, Location location) {

    /** The field of a structured value, or the value itself when it is the field asked for. */
    public Value field(String name) {
        if (value instanceof Value.Struct s) return s.get(name);
        return null;
    }
}
