package dev.archkit.model.view;

import dev.archkit.model.Location;

import java.util.List;

/**
 * The element names one property refers to ({@code subnets app-a, app-c}), and where the property
 * is written; {@link #NONE} when the element does not have it.
 */
public record Refs(List<String> names, Location at) {

    public static final Refs NONE = new Refs(List.of(), Location.UNKNOWN);

    public Refs {
        names = List.copyOf(names);
    }

    public boolean isEmpty() { return names.isEmpty(); }

    /** Declared, even if empty. */
    public boolean isDeclared() { return at.isKnown(); }

    public boolean contains(String name) { return names.contains(name); }

    public int size() { return names.size(); }

    public String first() { return names.isEmpty() ? null : names.get(0); }
}
