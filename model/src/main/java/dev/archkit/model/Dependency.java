package dev.archkit.model;

import java.util.List;

/**
 * A declared dependency: {@code from -> to} (synchronous) or {@code from ~> to} (asynchronous).
 */
public record Dependency(String from, String to, boolean async, Location location,
                         Location fromLocation, Location toLocation, List<Property> properties) {

    public Dependency {
        properties = PropertyList.of(properties);
    }

    /** The first property with this key, or null. */
    public Property property(String key) {
        return ((PropertyList) properties).find(key);
    }

    public Value value(String key) {
        Property p = property(key);
        return p == null ? null : p.value();
    }

    public String id() {
        return from + (async ? " ~> " : " -> ") + to;
    }
}
