package dev.archkit.lang;

import dev.archkit.model.Element;
import dev.archkit.model.ElementKey;
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
 * references made in it. Names are unique per namespace ({@link ElementKey}: the node kinds share
 * one, every other kind has its own). A name declared twice in a namespace is an error, reported where it is declared again;
 * the kinds it was declared as are kept, so that a reference fitting any of them is not reported
 * too ({@link Resolver}).
 */
final class Scope {

    private final Map<ElementKey, Element> names;
    /** The first element of each name, whatever its kind: for saying what a name of the wrong kind is. */
    private final Map<String, Element> anyKind;
    private final Map<String, Set<String>> duplicateKinds;
    private final List<PendingRef> refs = new ArrayList<>();

    Scope() {
        this(new HashMap<>(), new HashMap<>(), new HashMap<>());
    }

    private Scope(Map<ElementKey, Element> names, Map<String, Element> anyKind, Map<String, Set<String>> duplicateKinds) {
        this.names = names;
        this.anyKind = anyKind;
        this.duplicateKinds = duplicateKinds;
    }

    /** An environment's own scope: its names are its own, its duplicates are counted with this scope's. */
    Scope child() {
        return new Scope(new HashMap<>(), new HashMap<>(), duplicateKinds);
    }

    /** Declares an element's name; a second declaration is reported into {@code diags} and not kept. */
    void declare(Element el, Diagnostics diags) {
        ElementKey key = ElementKey.of(el);
        Element prior = names.putIfAbsent(key, el);
        anyKind.putIfAbsent(el.name(), el);
        if (prior != null) {
            Set<String> ks = duplicateKinds.computeIfAbsent(el.name(), k -> new HashSet<>());
            ks.add(prior.kind());
            ks.add(el.kind());
            diags.add(Diagnostic.error("duplicate", el.location(), "'" + el.name() + "' is declared twice")
                    .withRelated(prior.location(), "first declared here as a " + prior.kind())
                    .withHint(ElementKey.NODES.equals(key.namespace())
                            ? "services, functions, load balancers, gateways, data stores, queues, topics and externals share one namespace"
                                    + " (a dependency names them without their kind): rename one"
                            : "a " + el.kind() + "'s name is unique among the " + el.kind() + "s of the architecture and its imports: rename one"));
        }
    }

    /** Records a reference made in this scope. */
    void refer(PendingRef ref) {
        refs.add(ref);
    }

    /** The element of {@code kind}'s namespace named {@code name} (of that kind or, for a node kind, of any node kind), or null. */
    Element lookup(String kind, String name) {
        return names.get(ElementKey.of(kind, name));
    }

    /** The first element declared with this name, of any kind, or null. */
    Element anyNamed(String name) {
        return anyKind.get(name);
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
        Map<ElementKey, Element> union = new HashMap<>(names);
        union.putAll(env.names);
        Map<String, Element> any = new HashMap<>(anyKind);
        any.putAll(env.anyKind);
        return new Scope(union, any, duplicateKinds);
    }
}
