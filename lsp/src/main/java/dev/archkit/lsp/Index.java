package dev.archkit.lsp;

import dev.archkit.model.Architecture;
import dev.archkit.model.Dependency;
import dev.archkit.model.Element;
import dev.archkit.model.ElementKey;
import dev.archkit.model.Environment;
import dev.archkit.model.Location;
import dev.archkit.model.Property;
import dev.archkit.model.Value;
import dev.archkit.model.schema.KindSpec;
import dev.archkit.model.schema.PropertySpec;
import dev.archkit.model.schema.Schema;
import dev.archkit.model.schema.Slot;
import dev.archkit.model.schema.ValueType;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
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

    /**
     * A place a name is written: its declaration or a reference to it, with the element it means
     * (names are unique per namespace: a cluster and a service may share one).
     */
    record Use(ElementKey key, Location at, boolean declaration) {
        String name() { return key.name(); }

        boolean covers(String file, int line, int column) {
            return at.file().equals(file) && at.line() == line && column >= at.column() && column < at.column() + Math.max(at.length(), key.name().length());
        }
    }

    private final Map<ElementKey, Element> declared = new LinkedHashMap<>();
    private final Map<ElementKey, List<Use>> uses = new LinkedHashMap<>();

    static Index of(Architecture a) {
        Index ix = new Index();
        if (a == null) return ix;
        for (Element e : a.allElements()) {
            ix.declared.putIfAbsent(ElementKey.of(e), e);
            ix.add(ElementKey.of(e), e.location(), true);
        }
        ix.walk(a.allElements(), a.dependencies());
        ix.properties(Schema.kind(Schema.ARCHITECTURE), a.properties());
        for (Environment env : a.environments()) {
            for (Element e : env.elements()) {
                ix.add(ElementKey.of(e), e.location(), false);   // an environment's override of the element
            }
            ix.walk(env.elements(), env.dependencies());
            ix.properties(Schema.kind(Schema.ENVIRONMENT), env.properties());
        }
        return ix;
    }

    private void walk(List<Element> elements, List<Dependency> deps) {
        for (Element e : elements) {
            properties(Schema.kind(e.kind()), e.properties());
            walk(e.children(), List.of());
        }
        for (Dependency d : deps) {
            add(new ElementKey(ElementKey.NODES, d.from()), d.fromLocation(), false);
            add(new ElementKey(ElementKey.NODES, d.to()), d.toLocation(), false);
            properties(Schema.kind(Schema.DEPENDENCY), d.properties());
        }
    }

    private void properties(KindSpec spec, List<Property> props) {
        for (Property p : props) {
            PropertySpec ps = spec == null ? null : spec.property(p.key());
            value(p.value(), ps == null ? Set.of() : refKinds(ps));
        }
    }

    /** The kinds a property's references may name (a security group rule's source names a group). */
    private static Set<String> refKinds(PropertySpec ps) {
        Set<String> out = new HashSet<>();
        for (Slot s : ps.signature().slots()) {
            if (s.type() == null) continue;
            if (s.type().base() == ValueType.REF) out.addAll(s.type().refKinds());
            if (s.type().base() == ValueType.SOURCE) out.add("securitygroup");
        }
        return out;
    }

    private void value(Value v, Set<String> kinds) {
        if (v instanceof Value.Ref r) {
            add(keyOf(r.name(), kinds), r.at(), false);
        } else if (v instanceof Value.PrefixList pl) {
            // a declared list; the AWS-managed ones are declared nowhere
            if (!pl.awsManaged()) add(ElementKey.of(dev.archkit.model.view.Kind.PREFIXLIST.id(), pl.name()), pl.at(), false);
        } else if (v instanceof Value.ListValue l) {
            for (Value i : l.items()) value(i, kinds);
        } else if (v instanceof Value.Struct s) {
            for (Value f : s.fieldValues()) value(f, kinds);
        }
    }

    /** The element a reference to one of {@code kinds} means: the declared one of those kinds, else the name in its kinds' first namespace. */
    private ElementKey keyOf(String name, Set<String> kinds) {
        ElementKey first = null;
        for (String k : new java.util.TreeSet<>(kinds)) {
            ElementKey key = ElementKey.of(k, name);
            Element e = declared.get(key);
            if (e != null && kinds.contains(e.kind())) return key;
            if (first == null) first = key;
        }
        return first != null ? first : new ElementKey(ElementKey.NODES, name);
    }

    private void add(ElementKey key, Location at, boolean declaration) {
        if (key == null || key.name() == null || at == null || !at.isKnown()) return;
        List<Use> list = uses.computeIfAbsent(key, k -> new ArrayList<>());
        Use u = new Use(key, at, declaration);
        if (!list.contains(u)) list.add(u);
    }

    Optional<Element> element(ElementKey key) {
        return Optional.ofNullable(declared.get(key));
    }

    /** Every place the element is written, its declaration first. */
    List<Use> uses(ElementKey key) {
        List<Use> all = new ArrayList<>(uses.getOrDefault(key, List.of()));
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

    Map<ElementKey, Element> declared() {
        return declared;
    }
}
