package dev.archkit.lang;

import dev.archkit.lang.ast.Stmt;
import dev.archkit.lang.ast.Tok;
import dev.archkit.model.Property;
import dev.archkit.model.Suggest;
import dev.archkit.model.Value;
import dev.archkit.model.diag.Diagnostic;
import dev.archkit.model.diag.Diagnostics;
import dev.archkit.model.schema.KindSpec;
import dev.archkit.model.schema.PropertySpec;
import dev.archkit.model.schema.Schema;
import dev.archkit.model.schema.Signature;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Properties of one element, dependency or architecture: the values after a key matched against
 * the key's signature ({@link SignatureMatcher}), a property set twice, an unknown key with its
 * "did you mean".
 */
final class PropertyReader {

    private final Diagnostics diags;
    private final SignatureMatcher matcher;
    private final Map<KindSpec, Predicate<Tok>> startsProperty = new HashMap<>();

    PropertyReader(Diagnostics diags, SignatureMatcher matcher) {
        this.diags = diags;
        this.matcher = matcher;
    }

    /**
     * Adds one property, or several written on one line ('{ protocol http port 80 }'): a word
     * the property has no place for and that names another property of the kind starts the next.
     */
    void add(PropertySpec spec, Tok key, List<Tok> toks, KindSpec ks, List<Property> props, Map<String, Property> seen) {
        int[] stop = {-1};
        while (true) {
            SignatureMatcher.Fields fields = matcher.match(spec.signature(), toks, SignatureMatcher.Subject.property(spec.key(), key),
                    startsProperty(ks), stop);
            if (fields != null) add(spec, key, toValue(spec.signature(), fields, key), props, seen);
            if (stop[0] < 0) return;
            key = toks.get(stop[0]);
            spec = ks.property(key.text());
            toks = toks.subList(stop[0] + 1, toks.size());
        }
    }

    /** Whether a token names another property of the kind (where a line of several properties splits). */
    private Predicate<Tok> startsProperty(KindSpec ks) {
        return startsProperty.computeIfAbsent(ks, k -> t -> t.isWord() && k.property(t.text()) != null);
    }

    private void add(PropertySpec spec, Tok key, Value v, List<Property> props, Map<String, Property> seen) {
        Property p = new Property(spec.key(), v, key.sourceFile(), key.sourcePosition());
        if (!spec.repeatable()) {
            Property first = seen.get(spec.key());
            if (first != null) {
                diags.add(Diagnostic.error("duplicate", key.location(), "'" + spec.key() + "' is set twice")
                        .withRelated(first.location(), "first set here")
                        .withHint("keep one; environments override values with 'environment NAME { ... }'"));
                return;
            }
            seen.put(spec.key(), p);
        }
        props.add(p);
    }

    /** A key the kind has no property for: misplaced when it names a kind declared elsewhere, else unknown. */
    void unknownKey(Stmt.Entry e, KindSpec ks) {
        String key = e.key().text();
        Set<String> candidates = new TreeSet<>(ks.properties().keySet());
        if (ks.kind().equals(Schema.ARCHITECTURE) || ks.kind().equals(Schema.ENVIRONMENT)) candidates.addAll(Schema.topLevelKinds());
        else candidates.addAll(ks.children());
        String m = Suggest.closest(key, candidates);
        String where = ks.kind().equals(Schema.ARCHITECTURE) ? "an architecture" : ks.kind().equals(Schema.DEPENDENCY) ? "a dependency" : "a " + ks.kind();
        if (Schema.kind(key) != null && m == null) {
            KindSpec k = Schema.kind(key);
            String hint = k.isNested() ? "a " + key + " is declared inside a " + parentOf(key) : "declare it at the top level of the architecture";
            diags.error("misplaced", e.key().location(), "a " + key + " cannot be declared in " + where, hint);
            return;
        }
        diags.error("unknown-property", e.key().location(), "unknown property '" + key + "' for " + where,
                m != null ? "did you mean '" + m + "'?" : "see 'docs/language.md' for what " + where + " takes");
    }

    private static String parentOf(String kind) {
        for (KindSpec k : Schema.kinds().values()) if (k.children().contains(kind)) return k.kind();
        return "block";
    }

    /** 'a -> b timeout 2s retries 2': the words after the targets are properties, one after another. */
    void edgeAttributes(List<Tok> attrs, KindSpec dep, List<Property> props, Map<String, Property> seen) {
        Tok k = attrs.get(0);
        PropertySpec spec = k.isWord() ? dep.property(k.text()) : null;
        if (spec == null) {
            String m = Suggest.closest(k.text(), dep.properties().keySet());
            diags.error("unknown-property", k.location(), "unknown dependency property '" + k.source() + "'",
                    m != null ? "did you mean '" + m + "'?" : "dependency properties are " + String.join(", ", new TreeSet<>(dep.properties().keySet())));
            return;
        }
        add(spec, k, attrs.subList(1, attrs.size()), dep, props, seen);
    }

    /** The property's value: its one value, a flag's {@code true}, or its fields as a struct; written at the key. */
    static Value toValue(Signature sig, SignatureMatcher.Fields fields, Tok key) {
        if (sig.isSingle()) {
            Value v = fields.get("value");
            return v != null ? v : new Value.BoolValue(true, key.sourceFile(), key.sourcePosition());
        }
        return fields.struct(key);
    }
}
