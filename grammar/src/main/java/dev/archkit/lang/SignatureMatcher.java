package dev.archkit.lang;

import dev.archkit.lang.ast.Tok;
import dev.archkit.model.Location;
import dev.archkit.model.Suggest;
import dev.archkit.model.Value;
import dev.archkit.model.diag.Diagnostics;
import dev.archkit.model.schema.Signature;
import dev.archkit.model.schema.Slot;
import dev.archkit.model.schema.ValueType;

import java.util.ArrayList;
import java.util.List;

/**
 * Matches the tokens of a statement against a signature (positional, optional, keyword, flag and
 * literal slots, see {@link Slot}) and hands each value to {@link ValueParser}. Reports every
 * mismatch with the token's location and the expected form.
 */
final class SignatureMatcher {

    private final Diagnostics diags;
    private final ValueParser values;

    SignatureMatcher(Diagnostics diags, ValueParser values) {
        this.diags = diags;
        this.values = values;
    }

    /**
     * What the values belong to, for messages: a property ("property 'replicas'", written
     * 'replicas ...') or the declaration line of an element ("the subnet 'app-a'", written
     * 'subnet app-a ...'). The texts are made only when a message needs them.
     */
    record Subject(String kind, String name, Tok key) {
        static Subject property(String key, Tok at) { return new Subject(null, key, at); }

        static Subject element(String kind, String name, Tok at) { return new Subject(kind, name, at); }

        String what() { return kind == null ? "property '" + name + "'" : "the " + kind + " '" + name + "'"; }

        String usage(Signature sig) { return (kind == null ? name : kind + " " + name) + " " + sig.usage(); }

        /** Just after the key: where a value that is missing altogether is pointed at. */
        Location after() { return end(key.location()); }
    }

    /** The matched values by slot name, in the order written; a handful at most. */
    static final class Fields {
        private final String[] names;
        private final Value[] values;
        private int size;

        Fields(int capacity) {
            names = new String[capacity];
            values = new Value[capacity];
        }

        void put(String name, Value v) {
            names[size] = name;
            values[size++] = v;
        }

        boolean has(String name) {
            for (int i = 0; i < size; i++) if (names[i].equals(name)) return true;
            return false;
        }

        Value get(String name) {
            for (int i = 0; i < size; i++) if (names[i].equals(name)) return values[i];
            return null;
        }

        int size() { return size; }
        String name(int i) { return names[i]; }
        Value value(int i) { return values[i]; }

        /** The fields as one value, written where {@code at} is. */
        Value.Struct struct(Tok at) {
            return new Value.Struct(java.util.Arrays.copyOf(names, size), java.util.Arrays.copyOf(values, size), at.sourceFile(), at.sourcePosition());
        }
    }

    /**
     * Parses {@code toks} (the values after the key) against {@code sig}.
     *
     * @return the fields by slot name (a bare flag property has none); null on error
     */
    Fields match(Signature sig, List<Tok> toks, Subject subject) {
        return match(sig, toks, subject, null, null);
    }

    /**
     * As above; in addition, a word this signature has no place for and that {@code next}
     * accepts ends the match there (its index is put in {@code stop[0]}, else -1), so that
     * 'timeout 2s retries 2' reads as two properties in one pass.
     */
    Fields match(Signature sig, List<Tok> toks, Subject subject, java.util.function.Predicate<Tok> next, int[] stop) {
        if (stop != null) stop[0] = -1;
        List<Slot> slots = sig.slots();
        int n = slots.size();
        Fields out = new Fields(n);
        int[] pos = {0};
        int pi = 0;
        String literal = null;
        while (pos[0] < toks.size()) {
            Tok t = toks.get(pos[0]);
            Slot named = t.isWord() ? named(slots, t.text()) : null;
            if (named != null && !out.has(named.name())) {
                pos[0]++;
                if (named.kind() == Slot.Kind.FLAG) {
                    out.put(named.name(), new Value.BoolValue(true, t.sourceFile(), t.sourcePosition()));
                    continue;
                }
                if (pos[0] >= toks.size()) {
                    diags.error("missing-value", t.location(), "'" + t.text() + "' needs a value: " + named.type().describe(),
                            "write it as: " + subject.usage(sig));
                    return null;
                }
                Value v = values.parse(named.type(), toks, pos);
                if (v == null) return null;
                out.put(named.name(), v);
                continue;
            }
            if (named != null) {
                diags.error("duplicate-value", t.location(), "'" + t.text() + "' is given twice in " + subject.what(), null);
                return null;
            }
            while (pi < n && !inOrder(slots.get(pi))) pi++;
            if (pi >= n) {
                if (next != null && next.test(t)) {
                    stop[0] = pos[0];
                    break;
                }
                String hint = "write it as: " + subject.usage(sig);
                if (t.type() == Tok.Type.COMMA) {
                    diags.error("unexpected-value", t.location(), subject.what() + " takes one value here, not a list", hint);
                } else {
                    diags.error("unexpected-value", t.location(), "unexpected '" + t.source() + "' in " + subject.what(),
                            hint + suggestKeyword(slots, t));
                }
                return null;
            }
            Slot s = slots.get(pi);
            if (s.kind() == Slot.Kind.LITERAL) {
                if (t.source().equals(s.name())) {
                    literal = s.name();
                    pos[0]++;
                    pi++;
                    continue;
                }
                diags.error("syntax", t.location(), "expected '" + s.name() + "' but found '" + t.source() + "'",
                        "write it as: " + subject.usage(sig));
                return null;
            }
            if (s.kind() == Slot.Kind.OPTIONAL && !ValueParser.fits(s.type(), t)) {
                String near = s.type().base() == ValueType.ENUM && t.isWord() ? Suggest.closest(t.text(), s.type().words()) : null;
                if (near != null) {
                    diags.error("type", t.location(), "unknown " + s.name() + " '" + t.text() + "'", "did you mean '" + near + "'?");
                    return null;
                }
                pi++;
                continue;
            }
            Value v = values.parse(s.type(), toks, pos);
            if (v == null) return null;
            out.put(s.name(), v);
            pi++;
        }
        for (int i = 0; i < n; i++) {
            Slot s = slots.get(i);
            if (out.has(s.name()) || s.name().equals(literal)) continue;
            if (s.kind() == Slot.Kind.POSITIONAL || s.kind() == Slot.Kind.LITERAL) {
                int used = stop != null && stop[0] >= 0 ? stop[0] : toks.size();
                Location at = used == 0 ? subject.after() : end(toks.get(used - 1).location());
                String needs = s.kind() == Slot.Kind.LITERAL ? "'" + s.name() + "'" : s.type().describe();
                diags.error("missing-value", at, subject.what() + " is missing " + (s.name().equals("value") ? "its value" : "its " + s.name())
                        + " (" + needs + ")", "write it as: " + subject.usage(sig)
                        + (s.type() != null && !s.type().base().example().isEmpty() ? ", e.g. " + s.type().base().example() : ""));
                return null;
            }
            if (s.kind() == Slot.Kind.REQUIRED) {
                Location at = toks.isEmpty() ? subject.after() : toks.get(0).location();
                diags.error("missing-value", at, subject.what() + " needs '" + s.name() + " ...'", "write it as: " + subject.usage(sig));
                return null;
            }
        }
        return out;
    }

    private static String suggestKeyword(List<Slot> slots, Tok t) {
        List<String> words = new ArrayList<>();
        for (Slot s : slots) if (s.kind() != Slot.Kind.POSITIONAL && s.kind() != Slot.Kind.OPTIONAL && s.kind() != Slot.Kind.LITERAL) words.add(s.name());
        String m = Suggest.closest(t.text(), words);
        return m == null ? "" : "; did you mean '" + m + "'?";
    }

    static Location end(Location l) {
        return new Location(l.file(), l.line(), l.column() + Math.max(1, l.length()), 1);
    }

    private static boolean inOrder(Slot s) {
        return s.kind() == Slot.Kind.POSITIONAL || s.kind() == Slot.Kind.OPTIONAL || s.kind() == Slot.Kind.LITERAL;
    }

    private static Slot named(List<Slot> slots, String word) {
        for (int i = 0; i < slots.size(); i++) {
            Slot s = slots.get(i);
            if ((s.kind() == Slot.Kind.KEYWORD || s.kind() == Slot.Kind.REQUIRED || s.kind() == Slot.Kind.FLAG)
                    && s.name().equals(word)) return s;
        }
        return null;
    }

}
