package dev.archkit.lsp;

import dev.archkit.model.Architecture;
import dev.archkit.model.Dependency;
import dev.archkit.model.Element;
import dev.archkit.model.Environment;
import dev.archkit.model.Location;
import dev.archkit.model.Property;
import dev.archkit.model.Value;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The names of one architecture, from its model (so the model builder's resolution is the one
 * truth): where each element is declared and every place it is referred to (references in
 * properties, both ends of dependencies, in the architecture and its environments). Read by
 * go-to-definition, find-references, rename and hover.
 */
final class Index {

    /** A place a name is written: its declaration or a reference to it. */
    record Use(String name, Location at, boolean declaration) {
        boolean covers(String file, int line, int column) {
            return at.file().equals(file) && at.line() == line && column >= at.column() && column < at.column() + Math.max(at.length(), name.length());
        }
    }

    private final Map<String, Element> declared = new LinkedHashMap<>();
    private final Map<String, List<Use>> uses = new LinkedHashMap<>();

    static Index of(Architecture a) {
        Index ix = new Index();
        if (a == null) return ix;
        for (Element e : a.allElements()) {
            ix.declared.putIfAbsent(e.name(), e);
            ix.add(e.name(), e.location(), true);
        }
        ix.walk(a.allElements(), a.dependencies());
        for (Property p : a.properties()) ix.value(p.value());
        for (Environment env : a.environments()) {
            for (Element e : env.elements()) {
                ix.add(e.name(), e.location(), false);   // an environment's override of the element
            }
            ix.walk(env.elements(), env.dependencies());
            for (Property p : env.properties()) ix.value(p.value());
        }
        return ix;
    }

    private void walk(List<Element> elements, List<Dependency> deps) {
        for (Element e : elements) {
            for (Property p : e.properties()) value(p.value());
            walk(e.children(), List.of());
        }
        for (Dependency d : deps) {
            add(d.from(), d.fromLocation(), false);
            add(d.to(), d.toLocation(), false);
            for (Property p : d.properties()) value(p.value());
        }
    }

    private void value(Value v) {
        if (v instanceof Value.Ref r) {
            add(r.name(), r.at(), false);
        } else if (v instanceof Value.PrefixList pl) {
            if (!pl.awsManaged()) add(pl.name(), pl.at(), false);   // a declared list; the AWS-managed ones are declared nowhere
        } else if (v instanceof Value.ListValue l) {
            for (Value i : l.items()) value(i);
        } else if (v instanceof Value.Struct s) {
            for (Value f : s.fieldValues()) value(f);
        }
    }

    private void add(String name, Location at, boolean declaration) {
        if (name == null || at == null || !at.isKnown()) return;
        List<Use> list = uses.computeIfAbsent(name, k -> new ArrayList<>());
        Use u = new Use(name, at, declaration);
        if (!list.contains(u)) list.add(u);
    }

    Optional<Element> element(String name) {
        return Optional.ofNullable(declared.get(name));
    }

    /** Every place the element is written, its declaration first. */
    List<Use> uses(String name) {
        List<Use> all = new ArrayList<>(uses.getOrDefault(name, List.of()));
        all.sort((x, y) -> x.declaration() == y.declaration() ? x.at().compareTo(y.at()) : x.declaration() ? -1 : 1);
        return all;
    }

    /** The name written at (file, line, column), 1-based, when it is an element's name or a reference to one. */
    Optional<Use> at(String file, int line, int column) {
        for (List<Use> list : uses.values()) {
            for (Use u : list) {
                if (u.covers(file, line, column)) return Optional.of(u);
            }
        }
        return Optional.empty();
    }

    Map<String, Element> declared() {
        return declared;
    }
}
