package dev.archkit.model;

import java.util.List;

/**
 * A declared dependency: {@code from -> to} (synchronous) or {@code from ~> to} (asynchronous).
 */
public record Dependency(String from, String to, boolean async, Location location,
                         Location fromLocation, Location toLocation, List<Property> properties) {

    public Dependency {
        properties = List.copyOf(properties);
    }

    public Property property(String key) {
        List<Property> ps = properties;   // indexed: rules ask this of every edge, and an iterator is an allocation each time
        for (int i = 0, n = ps.size(); i < n; i++) {
            Property p = ps.get(i);
            if (p.key().equals(key)) return p;
        }
        return null;
    }

    public Value value(String key) {
        Property p = property(key);
        return p == null ? null : p.value();
    }

    public String id() {
        return from + (async ? " ~> " : " -> ") + to;
    }
}
