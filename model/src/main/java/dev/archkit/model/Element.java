package dev.archkit.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A declared element: {@code kind name ... { properties; children }}.
 *
 * @param parent the name of the enclosing element (a subnet's network), or null
 */
public record Element(String kind, String name, String parent, Location location,
                      List<Property> properties, List<Element> children) {

    public Element {
        properties = PropertyList.of(properties);
        children = List.copyOf(children);
    }

    /** The first property with this key, or null. */
    public Property property(String key) {
        return ((PropertyList) properties).find(key);
    }

    public Value value(String key) {
        Property p = property(key);
        return p == null ? null : p.value();
    }

    /** Every property with this key, in the order written. */
    public List<Property> all(String key) {
        return ((PropertyList) properties).findAll(key);
    }

    public boolean has(String key) {
        return property(key) != null;
    }

    /** A boolean property: absent is false, present without value is true. */
    public boolean flag(String key) {
        Value v = value(key);
        return v instanceof Value.BoolValue b && b.value();
    }

    public String string(String key) {
        Value v = value(key);
        return v == null ? null : v.text();
    }

    /** The names referenced by a list-of-references property (subnets, securitygroups). */
    public List<String> refs(String key) {
        Value v = value(key);
        List<String> out = new ArrayList<>();
        if (v instanceof Value.ListValue l) {
            List<Value> items = l.items();
            for (int i = 0, n = items.size(); i < n; i++) if (items.get(i) instanceof Value.Ref r) out.add(r.name());
        } else if (v instanceof Value.Ref r) {
            out.add(r.name());
        }
        return out;
    }

    /** This element with some properties replaced (environment overrides). */
    public Element withOverrides(List<Property> overrides) {
        List<Property> merged = new ArrayList<>();
        java.util.Set<String> keys = new java.util.HashSet<>();
        for (Property p : overrides) keys.add(p.key());
        for (Property p : properties) if (!keys.contains(p.key())) merged.add(p);
        merged.addAll(overrides);
        return new Element(kind, name, parent, location, merged, children);
    }
}
