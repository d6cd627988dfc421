package dev.archkit.model.req;

/** How much a requirement weighs: a failed {@code must} eliminates a candidate, a failed {@code should} only ranks it lower. */
public enum Priority {
    MUST("must"), SHOULD("should");

    private final String id;

    Priority(String id) { this.id = id; }

    /** The word written in a requirements block. */
    public String id() { return id; }

    /** The priority written as {@code word}, or null. */
    public static Priority of(String word) {
        for (Priority p : values()) if (p.id.equals(word)) return p;
        return null;
    }
}
