package dev.archkit.lang;

import dev.archkit.lang.ast.Tok;
import dev.archkit.model.Suggest;
import dev.archkit.model.Value;
import dev.archkit.model.diag.Diagnostics;
import dev.archkit.model.schema.InstanceClasses;
import dev.archkit.model.schema.Type;
import dev.archkit.model.schema.ValueType;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * One value (or a comma list) of a given type, read from the tokens of a statement: words, enums,
 * numbers, percentages, ports, regions, zones, references, and through {@link Quantities} and
 * {@link Cidrs} the values with units and the CIDR blocks. A mismatch is reported with the
 * token's location and the expected form; references are handed on for the resolve stage.
 */
final class ValueParser {

    private final Diagnostics diags;
    private final Consumer<PendingRef> refs;
    private final Quantities quantities;

    ValueParser(Diagnostics diags, Consumer<PendingRef> refs) {
        this.diags = diags;
        this.refs = refs;
        this.quantities = new Quantities(diags);
    }

    /** Whether a token could start a value of this type (for optional positionals). */
    static boolean fits(Type type, Tok t) {
        if (t.type() == Tok.Type.COMMA || t.type() == Tok.Type.ARROW || t.type() == Tok.Type.ASYNC) return false;
        String s = t.text();
        return switch (type.base()) {
            case ENUM -> type.words().stream().anyMatch(w -> w.equalsIgnoreCase(s));
            case BOOL -> BOOLS.containsKey(s.toLowerCase(Locale.ROOT));
            case INT -> isInt(s);
            case NUMBER, PERCENT -> isNum(s.endsWith("%") ? s.substring(0, s.length() - 1) : s);
            case PORTS -> s.equals("all") || s.equals("any") || portRange(s) != null;
            case CIDR -> s.contains("/") && (Character.isDigit(s.charAt(0)) || s.contains(":"));
            default -> true;
        };
    }

    /**
     * A port or a range, "8080" or "3000-3999" (ASCII digits): its two numbers as text, else null.
     * Read by hand, not by a regular expression: there is one on every security group rule and
     * dependency, and a matcher is several objects each time.
     */
    static String[] portRange(String s) {
        int dash = s.indexOf('-');
        String from = dash < 0 ? s : s.substring(0, dash), to = dash < 0 ? from : s.substring(dash + 1);
        return digits(from) && digits(to) ? new String[] {from, to} : null;
    }

    private static boolean digits(String s) {
        if (s.isEmpty()) return false;
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) < '0' || s.charAt(i) > '9') return false;
        return true;
    }
    private static final Pattern ZONE = Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d+(-[a-z]+-\\d+)?[a-z]");
    private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d+");
    private static final Map<String, Boolean> BOOLS = Map.of("on", true, "off", false, "true", true, "false", false,
            "yes", true, "no", false, "enabled", true, "disabled", false);

    /** Parses one value (or a comma list, for list types) starting at pos[0]; advances pos. */
    Value parse(Type type, List<Tok> toks, int[] pos) {
        if (!type.list()) return one(type, toks, pos);
        List<Value> items = null;   // most lists have one item: then no list is built to be copied
        Value first = null;
        Tok start = toks.get(pos[0]);
        while (true) {
            Value v = one(type, toks, pos);
            if (v == null) return null;
            if (first == null) {
                first = v;
            } else {
                if (items == null) {
                    items = new ArrayList<>();
                    items.add(first);
                }
                items.add(v);
            }
            if (pos[0] < toks.size() && toks.get(pos[0]).type() == Tok.Type.COMMA) {
                pos[0]++;
                if (pos[0] >= toks.size()) {
                    diags.error("missing-value", toks.get(pos[0] - 1).location(), "a list may not end with ','", "remove the trailing comma");
                    return null;
                }
                continue;
            }
            break;
        }
        return new Value.ListValue(items == null ? List.of(first) : items, start.sourceFile(), start.sourcePosition());
    }

    private Value one(Type type, List<Tok> toks, int[] pos) {
        Tok t = toks.get(pos[0]);
        String file = t.sourceFile();   // a value keeps its place as its token does (file and packed number): no location object per value
        long at = t.sourcePosition();
        if (t.type() == Tok.Type.COMMA || t.type() == Tok.Type.ARROW || t.type() == Tok.Type.ASYNC) {
            return bad(t, type, null);
        }
        String s = t.text();
        pos[0]++;
        if (tooLong(s) && type.base() != ValueType.STRING && type.base() != ValueType.WORD
                && type.base() != ValueType.PATH && type.base() != ValueType.REF && type.base() != ValueType.ENUM
                && InstanceClasses.of(type.base()).isEmpty()) {
            return bad(t, type, "the number is too large");
        }
        switch (type.base()) {
            case STRING:
                return new Value.StringValue(s, file, at);
            case WORD:
                return new Value.WordValue(s, file, at);
            case PATH:
                if (!s.startsWith("/")) return bad(t, type, "a path starts with '/', e.g. /api/v1/users/*");
                return new Value.StringValue(s, file, at);
            case ENUM: {
                List<String> words = type.words();
                for (int i = 0; i < words.size(); i++) {   // indexed: read for every word value of a model
                    if (words.get(i).equalsIgnoreCase(s)) return new Value.WordValue(words.get(i), file, at);
                }
                String m = Suggest.closest(s, type.words());
                return bad(t, type, m == null ? null : "did you mean '" + m + "'?");
            }
            case BOOL: {
                Boolean b = BOOLS.get(s.toLowerCase(Locale.ROOT));
                return b == null ? bad(t, type, null) : new Value.BoolValue(b, file, at);
            }
            case INT:
                if (!isInt(s)) return bad(t, type, null);
                try {
                    return new Value.IntValue(Long.parseLong(s), file, at);
                } catch (NumberFormatException e) {
                    return bad(t, type, "the number is too large");
                }
            case NUMBER: {
                boolean pct = s.endsWith("%");
                String n = pct ? s.substring(0, s.length() - 1) : s;
                if (!isNum(n)) return bad(t, type, null);
                double d = Double.parseDouble(n);
                return pct ? new Value.Percent(d, file, at) : new Value.NumberValue(d, file, at);
            }
            case PERCENT: {
                String n = s.endsWith("%") ? s.substring(0, s.length() - 1) : null;
                if (n == null || !isNum(n)) return bad(t, type, isNum(s) ? "write it with %: " + s + "%" : null);
                double d = Double.parseDouble(n);
                if (d < 0) return bad(t, type, "a percentage is not negative");
                return new Value.Percent(d, file, at);
            }
            case DURATION:
                return quantities.duration(t, toks, pos, type);
            case SIZE:
            case MEMORY:
                return quantities.size(t, toks, pos, type);
            case CPU:
                return quantities.cpu(t, toks, pos, type);
            case MONEY:
                return quantities.money(t, toks, pos, type);
            case CIDR:
                return Cidrs.cidr(t, type, diags);
            case SOURCE:
                if (s.equals("self")) return new Value.WordValue("self", file, at);
                if (s.equals(PREFIX_LIST)) return prefixList(t, toks, pos);
                if (Character.isDigit(s.charAt(0)) || s.contains(":")) return Cidrs.cidr(t, type, diags);
                return ref(new Type(ValueType.REF, null, java.util.Set.of("securitygroup"), false), s, file, at);
            case PORTS: {
                if (s.equals("all") || s.equals("any")) return new Value.Ports(0, 65535, file, at);
                String[] range = portRange(s);
                if (range == null) return bad(t, type, null);
                int from, to;
                try {
                    from = Integer.parseInt(range[0]);
                    to = Integer.parseInt(range[1]);
                } catch (NumberFormatException e) {
                    return bad(t, type, "ports lie between 0 and 65535");
                }
                if (from > 65535 || to > 65535) return bad(t, type, "ports lie between 0 and 65535");
                if (from > to) return bad(t, type, "a range goes from the lower port to the higher: " + to + "-" + from);
                return new Value.Ports(from, to, file, at);
            }
            case REGION:
                if (!REGION.matcher(s).matches()) return bad(t, type, null);
                return new Value.WordValue(s, file, at);
            case ZONE:
                if (!ZONE.matcher(s).matches()) {
                    return bad(t, type, REGION.matcher(s).matches() ? "that is a region; a zone ends with a letter, e.g. " + s + "a" : null);
                }
                return new Value.WordValue(s, file, at);
            case REF:
                return ref(type, s, file, at);
            case INSTANCE_TYPE:
            case DB_CLASS:
            case CACHE_NODE:
            case SEARCH_NODE:
                return instanceClass(t, type);
            default:
                return bad(t, type, null);
        }
    }

    /** The word that opens a prefix-list peer: {@code prefix-list NAME}. */
    static final String PREFIX_LIST = "prefix-list";

    /**
     * The name after {@code prefix-list}: one of the region's AWS-managed lists ({@code aws:s3},
     * {@code aws:dynamodb}), checked here, or a declared {@code prefixlist}, resolved later.
     */
    private Value prefixList(Tok kw, List<Tok> toks, int[] pos) {
        Tok n = pos[0] < toks.size() ? toks.get(pos[0]) : null;
        if (n == null || n.type() != Tok.Type.WORD) {
            diags.error("missing-value", n == null ? kw.location() : n.location(), "'prefix-list' needs the name of a list",
                    "name a declared prefixlist, or one of the region's AWS-managed lists: aws:s3, aws:dynamodb");
            return null;
        }
        pos[0]++;
        String name = n.text();
        if (name.startsWith(Value.PrefixList.AWS_PREFIX)) {
            String service = name.substring(Value.PrefixList.AWS_PREFIX.length());
            if (!Value.PrefixList.AWS_MANAGED.contains(service)) {
                String m = Suggest.closest(service, Value.PrefixList.AWS_MANAGED);
                diags.error("unresolved-reference", n.location(), "unknown AWS-managed prefix list '" + name + "'",
                        m != null ? "did you mean 'aws:" + m + "'?" : "the AWS-managed lists archkit knows: aws:s3, aws:dynamodb");
                return null;
            }
            return new Value.PrefixList(name, n.sourceFile(), n.sourcePosition());
        }
        refs.accept(new PendingRef(new Value.Ref(name, n.sourceFile(), n.sourcePosition()), PREFIX_LIST_REF));
        return new Value.PrefixList(name, n.sourceFile(), n.sourcePosition());
    }

    private static final Type PREFIX_LIST_REF = new Type(ValueType.REF, null, java.util.Set.of("prefixlist"), false);

    /** An instance type or class that AWS could have (see {@link InstanceClasses}); whether it is priced is the cost module's business. */
    private Value instanceClass(Tok t, Type type) {
        InstanceClasses catalog = InstanceClasses.of(type.base()).orElseThrow();
        var problem = catalog.check(t.text());
        if (problem.isEmpty()) return new Value.WordValue(t.text(), t.sourceFile(), t.sourcePosition());
        diags.error("instance-class", t.location(), problem.get().message(), problem.get().hint());
        return null;
    }

    private Value ref(Type type, String name, String file, long at) {
        Value.Ref r = new Value.Ref(name, file, at);
        refs.accept(new PendingRef(r, type));
        return r;
    }

    private Value bad(Tok t, Type type, String hint) {
        return bad(diags, t, type, hint);
    }

    /** Reports a value that does not fit its type ("expected ..., found ..."), with a hint or the type's example; null. */
    static Value bad(Diagnostics diags, Tok t, Type type, String hint) {
        String h = hint;
        if (h == null && !type.base().example().isEmpty()) h = "e.g. " + type.base().example();
        diags.error("type", t.location(), "expected " + type.describe() + ", found '" + t.source() + "'", h);
        return null;
    }

    /** Length of the leading unsigned decimal number of s (digits, optionally '.' and digits), or 0. */
    static int numberLength(String s) {
        int i = 0, n = s.length();
        while (i < n && Character.isDigit(s.charAt(i))) i++;
        if (i == 0) return 0;
        if (i + 1 < n && s.charAt(i) == '.' && Character.isDigit(s.charAt(i + 1))) {
            i++;
            while (i < n && Character.isDigit(s.charAt(i))) i++;
        }
        return i;
    }

    static boolean isInt(String s) {
        int start = s.startsWith("-") ? 1 : 0;
        if (s.length() == start) return false;
        for (int i = start; i < s.length(); i++) if (!Character.isDigit(s.charAt(i))) return false;
        return true;
    }

    static boolean isNum(String s) {
        String u = s.startsWith("-") ? s.substring(1) : s;
        return !u.isEmpty() && numberLength(u) == u.length();
    }

    /** 13 digits or more at the start (after an optional sign or '$'): no value we take is that large. */
    private static boolean tooLong(String s) {
        int i = !s.isEmpty() && (s.charAt(0) == '-' || s.charAt(0) == '$') ? 1 : 0;
        int d = 0;
        while (i < s.length() && Character.isDigit(s.charAt(i))) { i++; d++; }
        return d >= 13;
    }

}
