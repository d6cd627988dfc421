package dev.archkit.model.req;

import dev.archkit.model.Location;

import java.util.List;

/**
 * One line of a requirements block: {@code must|should ID: PREDICATE [ARGUMENT] [wa PRACTICE...]}.
 *
 * @param wellArchitected the Well-Architected best practices it stands for (REL10-BP01...), as written
 */
public record Requirement(String id, Priority priority, Predicate predicate, Argument argument,
                          List<String> wellArchitected, Location location) {

    public Requirement {
        wellArchitected = List.copyOf(wellArchitected);
    }

    /** The predicate and its argument as written: {@code min-tasks-per-zone 2}. */
    public String statement() {
        String arg = argument.text();
        return arg.isEmpty() ? predicate.id() : predicate.id() + " " + arg;
    }
}
