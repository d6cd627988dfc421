package dev.archkit.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The resolved, immutable architecture: its properties, every element (nested ones such as
 * subnets are children of their network and also reachable by name), the dependencies and the
 * environments. Built by the grammar module's ModelBuilder; read by rules and generators.
 */
public final class Architecture {
    private final String name;
    private final Location location;
    private final List<Property> properties;
    private final List<Element> elements;
    private final List<Dependency> dependencies;
    private final List<Environment> environments;
    private final List<String> files;
    private final String environment;
    private final Map<ElementKey, Element> byKey;
    /** The first element of each name; the names several namespaces share, with all their elements (rare: kept apart). */
    private final Map<String, Element> byName;
    private final Map<String, List<Element>> shared;
    private final List<Element> all;

    public Architecture(String name, Location location, List<Property> properties, List<Element> elements,
                        List<Dependency> dependencies, List<Environment> environments, List<String> files,
                        String environment) {
        this.name = name;
        this.location = location;
        this.properties = List.copyOf(properties);
        this.elements = List.copyOf(elements);
        this.dependencies = List.copyOf(dependencies);
        this.environments = List.copyOf(environments);
        this.files = List.copyOf(files);
        this.environment = environment;
        Map<ElementKey, Element> index = new LinkedHashMap<>();
        for (Element e : this.elements) index(e, index);
        this.byKey = Collections.unmodifiableMap(index);
        this.all = List.copyOf(index.values());
        Map<String, Element> names = new HashMap<>(all.size() * 4 / 3 + 1);
        Map<String, List<Element>> sharedNames = new HashMap<>();
        for (Element e : all) {
            Element first = names.putIfAbsent(e.name(), e);
            if (first != null) sharedNames.computeIfAbsent(e.name(), k -> new ArrayList<>(List.of(first))).add(e);
        }
        this.byName = names;
        this.shared = sharedNames;
        // every rule asks for the elements of a kind or two: grouped once, in one pass
        Map<String, List<Element>> kinds = new HashMap<>();
        for (Element e : all) kinds.computeIfAbsent(e.kind(), k -> new ArrayList<>()).add(e);
        kinds.replaceAll((k, v) -> Collections.unmodifiableList(v));
        this.byKind = kinds;
    }

    private static void index(Element e, Map<ElementKey, Element> index) {
        index.putIfAbsent(ElementKey.of(e), e);
        for (Element c : e.children()) index(c, index);
    }

    public String name() { return name; }
    public Location location() { return location; }
    public List<Property> properties() { return properties; }
    /** Top-level elements in declaration order (children nested). */
    public List<Element> elements() { return elements; }
    public List<Dependency> dependencies() { return dependencies; }
    public List<Environment> environments() { return environments; }
    /** The files the architecture was read from, the root first. */
    public List<String> files() { return files; }
    /** The environment this view is for, or null for the base architecture. */
    public String environment() { return environment; }

    public Property property(String key) {
        for (Property p : properties) if (p.key().equals(key)) return p;
        return null;
    }

    public Value value(String key) {
        Property p = property(key);
        return p == null ? null : p.value();
    }

    /**
     * The element a name means where the kind is not said: the node of that name (a dependency's
     * end, a finding's subject), else the only element of that name, else null. A name shared by
     * elements of several other kinds (a cluster and a role) means none of them here: look those
     * up by kind with {@link #element(String, String)}. See {@link ElementKey} for the namespaces.
     */
    public Element element(String name) {
        if (!shared.containsKey(name)) return byName.get(name);
        return byKey.get(new ElementKey(ElementKey.NODES, name));
    }

    /** The element of this kind and name, or null (also when the name belongs to another kind of its namespace). */
    public Element element(String kind, String name) {
        if (!shared.containsKey(name)) {   // the only element of that name (the common case: no key to build and hash)
            Element only = byName.get(name);
            return only != null && only.kind().equals(kind) ? only : null;
        }
        Element e = byKey.get(ElementKey.of(kind, name));
        return e != null && e.kind().equals(kind) ? e : null;
    }

    /** The element with this key (a node of any kind, or an element of the namespace's kind), or null. */
    public Element element(ElementKey key) { return byKey.get(key); }

    /** Every element bearing this name, of any kind, in declaration order (more than one when kinds share it). */
    public List<Element> elementsNamed(String name) {
        List<Element> es = shared.get(name);
        if (es != null) return Collections.unmodifiableList(es);
        Element e = byName.get(name);
        return e == null ? List.of() : List.of(e);
    }

    /**
     * A string that stands for one element wherever a name stands for an element of any kind (a
     * graph's vertices, a diagram's nodes and marks): its name, or {@code kind:name} for an
     * element that is not a node and whose name an element of another kind bears too. Only then:
     * where no names are shared, every such string is the plain name, as it always was.
     */
    public String uniqueName(Element e) {
        return sharesName(e) && !ElementKey.NODES.equals(ElementKey.namespaceOf(e.kind())) ? e.kind() + ":" + e.name() : e.name();
    }

    /**
     * The {@link #uniqueName} of the element a subject names: of that kind when the kind is known,
     * else the subject itself (a node's name, a dependency's id).
     */
    public String uniqueName(String kind, String subject) {
        Element e = kind == null ? null : element(kind, subject);
        return e == null ? subject : uniqueName(e);
    }

    /** True when an element of another namespace bears {@code e}'s name too. */
    public boolean sharesName(Element e) {
        return shared.containsKey(e.name());
    }

    /** Every element, nested ones included, in declaration order. */
    public List<Element> allElements() { return all; }

    private final Map<String, List<Element>> byKind;

    /** The elements of one kind, in declaration order (unmodifiable). */
    public List<Element> elementsOfKind(String kind) {
        return byKind.getOrDefault(kind, List.of());
    }

    public String region() {
        Value v = value("region");
        return v == null ? null : v.text();
    }

    public Environment environmentNamed(String env) {
        for (Environment e : environments) if (e.name().equals(env)) return e;
        return null;
    }

    /** True when this is the view of a production environment. */
    public boolean isProduction() {
        Environment e = environment == null ? null : environmentNamed(environment);
        return e != null && e.isProduction();
    }

    /**
     * The effective architecture of one environment: the base with the environment's property
     * and element overrides applied, its own elements and dependencies added, excluded
     * elements (and the dependencies touching them) removed.
     */
    public Architecture forEnvironment(String env) {
        Environment e = environmentNamed(env);
        if (e == null) throw new IllegalArgumentException("no environment named " + env);
        Set<String> excluded = new HashSet<>();
        Property ex = e.property("exclude");
        if (ex != null && ex.value() instanceof Value.ListValue l) {
            for (Value v : l.items()) excluded.add(v.text());
        }
        Map<ElementKey, Element> overrides = new HashMap<>();
        List<Element> added = new ArrayList<>();
        for (Element o : e.elements()) {
            ElementKey k = ElementKey.of(o);
            if (byKey.containsKey(k)) overrides.put(k, o);
            else added.add(o);
        }
        List<Element> out = new ArrayList<>();
        for (Element base : elements) {
            if (excluded.contains(base.name()) && ElementKey.NODES.equals(ElementKey.namespaceOf(base.kind()))) continue;   // 'exclude' names nodes
            out.add(apply(base, overrides));
        }
        out.addAll(added);
        List<Dependency> deps = new ArrayList<>();
        for (Dependency d : dependencies) {
            if (!excluded.contains(d.from()) && !excluded.contains(d.to())) deps.add(d);
        }
        deps.addAll(e.dependencies());
        List<Property> props = new ArrayList<>();
        Set<String> envKeys = new HashSet<>();
        for (Property p : e.properties()) envKeys.add(p.key());
        for (Property p : properties) if (!envKeys.contains(p.key())) props.add(p);
        for (Property p : e.properties()) {
            if (!p.key().equals("exclude") && !p.key().equals("stage")) props.add(p);
        }
        return new Architecture(name, location, props, out, deps, environments, files, env);
    }

    private static Element apply(Element base, Map<ElementKey, Element> overrides) {
        Element o = overrides.get(ElementKey.of(base));
        Element result = o == null ? base : base.withOverrides(o.properties());
        if (result.children().isEmpty()) return result;
        List<Element> kids = new ArrayList<>();
        for (Element c : result.children()) kids.add(apply(c, overrides));
        return new Element(result.kind(), result.name(), result.parent(), result.location(), result.properties(), kids);
    }
}
