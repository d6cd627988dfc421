package dev.archkit.lang;

import dev.archkit.model.Element;
import dev.archkit.model.diag.Diagnostic;
import dev.archkit.model.diag.Diagnostics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The names of one scope (the architecture with its imports, or one environment) and the
 * references made in it. A name declared twice is an error, reported where it is declared again;
 * the kinds it was declared as are kept, so that a reference fitting any of them is not reported
 * too ({@link Resolver}).
 */
final class Scope {

    private final Map<String, Element> names;
    private final Map<String, Set<String>> duplicateKinds;
    private final List<PendingRef> refs = new ArrayList<>();

    Scope() {
        this(new HashMap<>(), new HashMap<>());
    }

    private Scope(Map<String, Element> names, Map<String, Set<String>> duplicateKinds) {
        this.names = names;
        this.duplicateKinds = duplicateKinds;
    }

    /** An environment's own scope: its names are its own, its duplicates are counted with this scope's. */
    Scope child() {
        return new Scope(new HashMap<>(), duplicateKinds);
    }

    /** Declares an element's name; a second declaration is reported into {@code diags} and not kept. */
    void declare(Element el, Diagnostics diags) {
        Element prior = names.putIfAbsent(el.name(), el);
        if (prior != null) {
            Set<String> ks = duplicateKinds.computeIfAbsent(el.name(), k -> new HashSet<>());
            ks.add(prior.kind());
            ks.add(el.kind());
            diags.add(Diagnostic.error("duplicate", el.location(), "'" + el.name() + "' is declared twice")
                    .withRelated(prior.location(), "first declared here as a " + prior.kind())
                    .withHint("names are unique across the architecture and its imports"));
        }
    }

    /** Records a reference made in this scope. */
    void refer(PendingRef ref) {
        refs.add(ref);
    }

    Element lookup(String name) {
        return names.get(name);
    }

    List<PendingRef> references() {
        return refs;
    }

    Iterable<Element> elements() {
        return names.values();
    }

    /** Kinds {@code name} was declared as more than once, or null. */
    Set<String> duplicateKinds(String name) {
        return duplicateKinds.get(name);
    }

    /**
     * What an environment's references resolve against: this (base) scope's names with the
     * environment's own on top.
     */
    Scope under(Scope env) {
        Map<String, Element> union = new HashMap<>(names);
        union.putAll(env.names);
        return new Scope(union, duplicateKinds);
    }
}
