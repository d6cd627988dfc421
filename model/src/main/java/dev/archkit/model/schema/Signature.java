package dev.archkit.model.schema;

import java.util.ArrayList;
import java.util.List;

/** The shape of a property's values: positional parts, then keywords and flags in any order. */
public final class Signature {
    private final List<Slot> slots = new ArrayList<>();
    private final List<Slot> view = java.util.Collections.unmodifiableList(slots);

    public static Signature of(Type type) {
        return new Signature().pos("value", type);
    }

    public static Signature flag() {
        return new Signature().opt("value", Type.BOOL);
    }

    public Signature pos(String name, Type type) {
        slots.add(new Slot(name, Slot.Kind.POSITIONAL, type, null));
        return this;
    }

    public Signature opt(String name, Type type) {
        slots.add(new Slot(name, Slot.Kind.OPTIONAL, type, null));
        return this;
    }

    public Signature kw(String keyword, Type type) {
        slots.add(new Slot(keyword, Slot.Kind.KEYWORD, type, null));
        return this;
    }

    public Signature req(String keyword, Type type) {
        slots.add(new Slot(keyword, Slot.Kind.REQUIRED, type, null));
        return this;
    }

    public Signature lit(String token) {
        slots.add(new Slot(token, Slot.Kind.LITERAL, null, null));
        return this;
    }

    public Signature flag(String word) {
        slots.add(new Slot(word, Slot.Kind.FLAG, Type.BOOL, null));
        return this;
    }

    public List<Slot> slots() {
        return view;
    }

    /** True when the property holds one plain value (no keywords, no flags, one positional). */
    public boolean isSingle() {
        return slots.size() == 1 && slots.get(0).name().equals("value");
    }

    /** A one-line usage, e.g. {@code INT [min INT] [max INT]}. */
    public String usage() {
        StringBuilder sb = new StringBuilder();
        for (Slot s : slots) {
            if (sb.length() > 0) sb.append(' ');
            String t = placeholder(s);
            switch (s.kind()) {
                case POSITIONAL -> sb.append(t);
                case OPTIONAL -> sb.append('[').append(t).append(']');
                case KEYWORD -> sb.append('[').append(s.name()).append(' ').append(t).append(']');
                case REQUIRED -> sb.append(s.name()).append(' ').append(t);
                case FLAG -> sb.append('[').append(s.name()).append(']');
                case LITERAL -> sb.append(s.name());
            }
        }
        return sb.toString();
    }

    private static String placeholder(Slot s) {
        Type t = s.type();
        if (t == null) return s.name();
        String base = switch (t.base()) {
            case ENUM -> String.join("|", t.words());
            case REF -> s.name().equals("value") ? "NAME" : s.name().toUpperCase(java.util.Locale.ROOT);
            default -> t.base().name();
        };
        return t.list() ? base + ", ..." : base;
    }
}
