package dev.archkit.model.diag;

import dev.archkit.model.Location;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A collector of diagnostics; keeps them all (no stop-at-first) and drops exact repeats. */
public final class Diagnostics {
    private final List<Diagnostic> list = new ArrayList<>();
    private final Set<String> seen = new HashSet<>();

    public Diagnostic add(Diagnostic d) {
        String key = d.location() + "|" + d.code() + "|" + d.message();
        if (seen.add(key)) list.add(d);
        return d;
    }

    public Diagnostic error(String code, Location at, String message) {
        return add(Diagnostic.error(code, at, message));
    }

    public Diagnostic error(String code, Location at, String message, String hint) {
        return add(Diagnostic.error(code, at, message).withHint(hint));
    }

    public Diagnostic warning(String code, Location at, String message, String hint) {
        return add(Diagnostic.warning(code, at, message).withHint(hint));
    }

    public void addAll(Iterable<Diagnostic> ds) {
        for (Diagnostic d : ds) add(d);
    }

    public boolean hasErrors() {
        for (Diagnostic d : list) if (d.isError()) return true;
        return false;
    }

    /** All diagnostics in stable order: file, line, column, severity, message. */
    public List<Diagnostic> sorted() {
        List<Diagnostic> copy = new ArrayList<>(list);
        Collections.sort(copy);
        return List.copyOf(copy);
    }

    public int size() {
        return list.size();
    }
}
