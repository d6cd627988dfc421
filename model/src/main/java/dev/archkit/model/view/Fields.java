package dev.archkit.model.view;

import dev.archkit.model.Element;
import dev.archkit.model.Location;
import dev.archkit.model.Property;
import dev.archkit.model.Value;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads typed values out of an element's properties: the one place the views touch property keys. */
final class Fields {
    private Fields() { }

    static Optional<String> text(Element e, String key) {
        Value v = e.value(key);
        return v == null ? Optional.empty() : Optional.of(v.text());
    }

    static <E extends Enum<E> & Word> E word(Element e, String key, Class<E> type) {
        Value v = e.value(key);
        return v == null ? null : Word.parse(type, v.text());
    }

    static <E extends Enum<E> & Word> E word(Property p, String field, Class<E> type) {
        Value v = p.field(field);
        return v == null ? null : Word.parse(type, v.text());
    }

    /** The names a reference property holds, read into one immutable list (rules ask for every element's). */
    static Refs refs(Element e, String key) {
        Property p = e.property(key);
        if (p == null) return Refs.NONE;
        Value v = p.value();
        if (v instanceof Value.Ref r) return new Refs(List.of(r.name()), p.location());
        if (!(v instanceof Value.ListValue l)) return new Refs(List.of(), p.location());
        List<Value> items = l.items();
        String[] names = new String[items.size()];
        int n = 0;
        for (int i = 0; i < names.length; i++) if (items.get(i) instanceof Value.Ref r) names[n++] = r.name();
        return new Refs(List.of(n == names.length ? names : java.util.Arrays.copyOf(names, n)), p.location());
    }

    static Optional<String> ref(Element e, String key) {
        return e.value(key) instanceof Value.Ref r ? Optional.of(r.name()) : Optional.empty();
    }

    static <V extends Value> Optional<V> value(Element e, String key, Class<V> type) {
        Value v = e.value(key);
        return type.isInstance(v) ? Optional.of(type.cast(v)) : Optional.empty();
    }

    static <V extends Value> Optional<V> field(Property p, String field, Class<V> type) {
        Value v = p == null ? null : p.field(field);
        return type.isInstance(v) ? Optional.of(type.cast(v)) : Optional.empty();
    }

    /** A whole-number value or field; null when absent. */
    static Long integer(Value v) {
        return v instanceof Value.IntValue i ? i.value() : null;
    }

    static Long integer(Element e, String key) {
        return integer(e.value(key));
    }

    static Long integer(Property p, String field) {
        return p == null ? null : integer(p.field(field));
    }

    static Optional<String> fieldText(Property p, String field) {
        Value v = p == null ? null : p.field(field);
        return v == null ? Optional.empty() : Optional.of(v.text());
    }

    /** A flag field of a struct ({@code circuit-breaker} in {@code deploy rolling circuit-breaker}). */
    static boolean flag(Property p, String field) {
        return p != null && p.field(field) instanceof Value.BoolValue b && b.value();
    }

    /** The whole numbers of an int or list-of-int property, in order. */
    static List<Integer> ints(Element e, String key) {
        Value v = e.value(key);
        List<Integer> out = new ArrayList<>();
        if (v instanceof Value.IntValue i) out.add((int) i.value());
        else if (v instanceof Value.ListValue l) for (Value x : l.items()) if (x instanceof Value.IntValue i) out.add((int) i.value());
        return out;
    }

    /** The texts of a list property (or of a single value), in order. */
    static List<String> texts(Value v) {
        List<String> out = new ArrayList<>();
        if (v instanceof Value.ListValue l) for (Value x : l.items()) out.add(x.text());
        else if (v != null) out.add(v.text());
        return out;
    }

    static Location at(Property p) {
        return p == null ? Location.UNKNOWN : p.location();
    }
}
