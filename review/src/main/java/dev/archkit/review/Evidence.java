package dev.archkit.review;

import dev.archkit.model.Location;

/**
 * One fact behind a verdict: the element it is about, what the model says of it, and where.
 *
 * @param element the element's name, or the architecture's for a fact of the whole design
 * @param fact    what the model says, in a few words ("runtime swarm", "type classic")
 */
public record Evidence(String element, String fact, Location at) {

    /** {@code element: fact (file:line)}, or without the place when it is not known. */
    public String text() {
        return element + ": " + fact + (at.isKnown() ? " (" + at.file() + ":" + at.line() + ")" : "");
    }
}
