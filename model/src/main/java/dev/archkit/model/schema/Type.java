package dev.archkit.model.schema;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A value type: a base type, the allowed words for an ENUM, the element kinds a REF
 * may point to, and whether a comma-separated list is taken.
 */
public record Type(ValueType base, List<String> words, Set<String> refKinds, boolean list) {

    public Type {
        words = words == null ? List.of() : List.copyOf(words);
        refKinds = refKinds == null ? Set.of() : Set.copyOf(refKinds);
    }

    public static Type of(ValueType base) { return new Type(base, null, null, false); }

    public static Type oneOf(String... words) { return new Type(ValueType.ENUM, List.of(words), null, false); }

    public static Type ref(String... kinds) { return new Type(ValueType.REF, null, Set.of(kinds), false); }

    public Type listOf() { return new Type(base, words, refKinds, true); }

    public String describe() {
        String d = switch (base) {
            case ENUM -> "one of " + String.join(", ", words);
            case REF -> "the name of a " + String.join(" or ", new TreeSet<>(refKinds));
            default -> base.description();
        };
        return list ? "a comma-separated list of " + d.replaceFirst("^(a|an|the) ", "") : d;
    }

    public static final Type INT = of(ValueType.INT);
    public static final Type NUMBER = of(ValueType.NUMBER);
    public static final Type STRING = of(ValueType.STRING);
    public static final Type WORD = of(ValueType.WORD);
    public static final Type BOOL = of(ValueType.BOOL);
    public static final Type DURATION = of(ValueType.DURATION);
    public static final Type SIZE = of(ValueType.SIZE);
    public static final Type MEMORY = of(ValueType.MEMORY);
    public static final Type CPU = of(ValueType.CPU);
    public static final Type PERCENT = of(ValueType.PERCENT);
    public static final Type MONEY = of(ValueType.MONEY);
    public static final Type CIDR = of(ValueType.CIDR);
    public static final Type PORTS = of(ValueType.PORTS);
    public static final Type PATH = of(ValueType.PATH);
    public static final Type REGION = of(ValueType.REGION);
    public static final Type ZONE = of(ValueType.ZONE);
    public static final Type SOURCE = of(ValueType.SOURCE);
    public static final Type INSTANCE_TYPE = of(ValueType.INSTANCE_TYPE);
    public static final Type DB_CLASS = of(ValueType.DB_CLASS);
    public static final Type CACHE_NODE = of(ValueType.CACHE_NODE);
    public static final Type SEARCH_NODE = of(ValueType.SEARCH_NODE);
}
