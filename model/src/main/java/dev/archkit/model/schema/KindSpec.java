package dev.archkit.model.schema;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An element kind: what may follow its name on the same line, which properties and
 * child kinds its block takes, and whether it is a node of the dependency graph. Built only by
 * {@link Schema} while it loads (the builder methods are package-private); read-only after that.
 */
public final class KindSpec {
    private final String kind;
    private final String doc;
    private final String example;
    private Signature inline = new Signature();
    private final Map<String, PropertySpec> props = new LinkedHashMap<>();
    private final List<String> children = new ArrayList<>();
    private final List<String> childrenView = Collections.unmodifiableList(children);   // asked for every statement
    private boolean node;
    private boolean nested;

    KindSpec(String kind, String doc, String example) {
        this.kind = kind;
        this.doc = doc;
        this.example = example;
    }

    KindSpec inline(Signature sig) { this.inline = sig; return this; }

    KindSpec prop(String key, Signature sig, String doc, String example) {
        props.put(key, new PropertySpec(key, sig, false, doc, example));
        return this;
    }

    KindSpec many(String key, Signature sig, String doc, String example) {
        props.put(key, new PropertySpec(key, sig, true, doc, example));
        return this;
    }

    KindSpec child(String childKind) { children.add(childKind); return this; }

    KindSpec node() { this.node = true; return this; }

    KindSpec nested() { this.nested = true; return this; }

    public String kind() { return kind; }
    public String doc() { return doc; }
    public String example() { return example; }
    public Signature inline() { return inline; }
    public Map<String, PropertySpec> properties() { return Collections.unmodifiableMap(props); }
    public List<String> children() { return childrenView; }
    /** A node of the dependency graph: may stand on either side of {@code ->}. */
    public boolean isNode() { return node; }
    /** Only declared inside another element's block (e.g. subnet inside network). */
    public boolean isNested() { return nested; }
    public PropertySpec property(String key) { return props.get(key); }
}
