package dev.archkit.live.drift;

import dev.archkit.model.Location;

/**
 * One difference between the model and what runs. {@code kind} is the model's kind of element
 * (service, securitygroup...), {@code name} the element (or, for an extra, the live resource),
 * {@code attribute} what differs for a change. {@code at} is the .arch line it is about.
 */
public record DriftItem(Change change, String kind, String name, String attribute, String expected, String actual, Location at, String note)
        implements Comparable<DriftItem> {

    public enum Change {
        MISSING("missing"), EXTRA("extra"), CHANGED("changed"), UNKNOWN("unknown");
        private final String word;
        Change(String w) { this.word = w; }
        public String word() { return word; }
    }

    /** One line of text: what, and the values. */
    public String message() {
        return switch (change) {
            case MISSING -> kind + " '" + name + "' is in the model but not live" + (note == null ? "" : " (" + note + ")");
            case EXTRA -> kind + " '" + name + "' runs live but is not in the model" + (note == null ? "" : " (" + note + ")");
            case CHANGED -> kind + " '" + name + "' " + attribute + ": model " + expected + ", live " + actual + (note == null ? "" : " (" + note + ")");
            case UNKNOWN -> kind + " '" + name + "'" + (attribute == null ? "" : " " + attribute) + " could not be read: " + note;
        };
    }

    @Override
    public int compareTo(DriftItem o) {
        int c = at.compareTo(o.at);
        if (c != 0) return c;
        c = change.compareTo(o.change);
        if (c != 0) return c;
        c = (kind + name).compareTo(o.kind + o.name);
        if (c != 0) return c;
        return String.valueOf(attribute).compareTo(String.valueOf(o.attribute));
    }
}
