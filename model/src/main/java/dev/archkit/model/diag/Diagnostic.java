package dev.archkit.model.diag;

import dev.archkit.model.Location;

import java.util.List;

/**
 * A problem with the input itself (syntax, references, types, units), reported like a
 * compiler does: where, what, and what to do about it.
 *
 * @param code    a stable short id, e.g. {@code unresolved-reference}
 * @param hint    what to do, or null
 * @param related other places that explain this one (e.g. the first declaration of a duplicate)
 */
public record Diagnostic(Severity severity, String code, String message, Location location,
                         String hint, List<Related> related) implements Comparable<Diagnostic> {

    public record Related(Location location, String message) { }

    public Diagnostic {
        related = related == null ? List.of() : List.copyOf(related);
        if (location == null) location = Location.UNKNOWN;
    }

    public static Diagnostic error(String code, Location at, String message) {
        return new Diagnostic(Severity.ERROR, code, message, at, null, List.of());
    }

    public static Diagnostic warning(String code, Location at, String message) {
        return new Diagnostic(Severity.WARNING, code, message, at, null, List.of());
    }

    public Diagnostic withHint(String h) {
        return new Diagnostic(severity, code, message, location, h, related);
    }

    public Diagnostic withRelated(Location at, String msg) {
        var r = new java.util.ArrayList<>(related);
        r.add(new Related(at, msg));
        return new Diagnostic(severity, code, message, location, hint, r);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public int compareTo(Diagnostic o) {
        int c = location.compareTo(o.location);
        if (c != 0) return c;
        c = severity.compareTo(o.severity);
        if (c != 0) return c;
        return message.compareTo(o.message);
    }
}
