package dev.archkit.model.diff;

import dev.archkit.model.Architecture;
import dev.archkit.model.Dependency;
import dev.archkit.model.Element;
import dev.archkit.model.Environment;
import dev.archkit.model.Location;
import dev.archkit.model.Property;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * What changed between two versions of an architecture: elements, dependencies and
 * environments added or removed, and for those in both, each property that changed.
 * Locations are ignored (moving a line is not a change); order of repeated properties is kept.
 */
public final class ArchitectureDiff {

    public enum Kind { ADDED, REMOVED, CHANGED }

    /** One property's change: its values before and after (null when absent). */
    public record PropertyChange(String key, String before, String after) { }

    /** One changed thing: an element, a dependency, an environment or the architecture itself. */
    public record Change(Kind kind, String what, String name, Location location, List<PropertyChange> properties) {
        public Change {
            properties = List.copyOf(properties);
        }
    }

    private ArchitectureDiff() { }

    public static List<Change> compare(Architecture before, Architecture after) {
        List<Change> out = new ArrayList<>();
        List<PropertyChange> top = properties(before.properties(), after.properties());
        if (!top.isEmpty()) out.add(new Change(Kind.CHANGED, "architecture", after.name(), after.location(), top));
        elements(index(before.allElements()), index(after.allElements()), out);
        Map<String, Dependency> db = new LinkedHashMap<>(), da = new LinkedHashMap<>();
        for (Dependency d : before.dependencies()) db.put(d.id(), d);
        for (Dependency d : after.dependencies()) da.put(d.id(), d);
        for (String id : new TreeSet<>(union(db.keySet(), da.keySet()))) {
            Dependency b = db.get(id), a = da.get(id);
            if (b == null) out.add(new Change(Kind.ADDED, "dependency", id, a.location(), properties(List.of(), a.properties())));
            else if (a == null) out.add(new Change(Kind.REMOVED, "dependency", id, b.location(), List.of()));
            else {
                List<PropertyChange> pc = properties(b.properties(), a.properties());
                if (!pc.isEmpty()) out.add(new Change(Kind.CHANGED, "dependency", id, a.location(), pc));
            }
        }
        Map<String, Environment> eb = new LinkedHashMap<>(), ea = new LinkedHashMap<>();
        for (Environment e : before.environments()) eb.put(e.name(), e);
        for (Environment e : after.environments()) ea.put(e.name(), e);
        for (String name : new TreeSet<>(union(eb.keySet(), ea.keySet()))) {
            Environment b = eb.get(name), a = ea.get(name);
            if (b == null) out.add(new Change(Kind.ADDED, "environment", name, a.location(), properties(List.of(), a.properties())));
            else if (a == null) out.add(new Change(Kind.REMOVED, "environment", name, b.location(), List.of()));
            else {
                List<PropertyChange> pc = new ArrayList<>(properties(b.properties(), a.properties()));
                Map<String, Element> ob = index(b.elements()), oa = index(a.elements());
                for (String n : new TreeSet<>(union(ob.keySet(), oa.keySet()))) {
                    for (PropertyChange x : properties(ob.containsKey(n) ? ob.get(n).properties() : List.of(),
                            oa.containsKey(n) ? oa.get(n).properties() : List.of())) {
                        pc.add(new PropertyChange(n + "." + x.key(), x.before(), x.after()));
                    }
                }
                if (!pc.isEmpty()) out.add(new Change(Kind.CHANGED, "environment", name, a.location(), pc));
            }
        }
        return out;
    }

    private static void elements(Map<String, Element> before, Map<String, Element> after, List<Change> out) {
        for (String name : new TreeSet<>(union(before.keySet(), after.keySet()))) {
            Element b = before.get(name), a = after.get(name);
            if (b == null) {
                out.add(new Change(Kind.ADDED, a.kind(), name, a.location(), properties(List.of(), a.properties())));
            } else if (a == null) {
                out.add(new Change(Kind.REMOVED, b.kind(), name, b.location(), List.of()));
            } else if (!a.kind().equals(b.kind())) {
                out.add(new Change(Kind.CHANGED, a.kind(), name, a.location(), List.of(new PropertyChange("kind", b.kind(), a.kind()))));
            } else {
                List<PropertyChange> pc = properties(b.properties(), a.properties());
                if (!pc.isEmpty()) out.add(new Change(Kind.CHANGED, a.kind(), name, a.location(), pc));
            }
        }
    }

    private static Map<String, Element> index(List<Element> elements) {
        Map<String, Element> m = new LinkedHashMap<>();
        for (Element e : elements) m.putIfAbsent(e.name(), e);
        return m;
    }

    /** Property changes by key; a key written several times compares as the list of its values. */
    static List<PropertyChange> properties(List<Property> before, List<Property> after) {
        Map<String, String> b = texts(before), a = texts(after);
        List<PropertyChange> out = new ArrayList<>();
        for (String k : union(b.keySet(), a.keySet())) {
            if (!Objects.equals(b.get(k), a.get(k))) out.add(new PropertyChange(k, b.get(k), a.get(k)));
        }
        return out;
    }

    private static Map<String, String> texts(List<Property> props) {
        Map<String, String> m = new LinkedHashMap<>();
        for (Property p : props) m.merge(p.key(), p.value().text(), (x, y) -> x + "; " + y);
        return m;
    }

    private static <T> List<T> union(java.util.Set<T> a, java.util.Set<T> b) {
        java.util.LinkedHashSet<T> u = new java.util.LinkedHashSet<>(a);
        u.addAll(b);
        return new ArrayList<>(u);
    }
}
