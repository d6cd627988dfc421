package dev.archkit.lang;

import dev.archkit.model.Suggest;
import dev.archkit.lang.ast.Tok;
import dev.archkit.model.Location;
import dev.archkit.model.Value;
import dev.archkit.model.diag.Diagnostics;
import dev.archkit.model.schema.Signature;
import dev.archkit.model.schema.Slot;
import dev.archkit.model.schema.Type;
import dev.archkit.model.schema.ValueType;

import java.math.BigInteger;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Matches the tokens of a statement against a property signature and turns them into typed
 * values with units. Reports every mismatch with the token's location and the expected form.
 */
final class ValueParser {

    /** A reference found while parsing, resolved once every file has been read. */
    record PendingRef(Value.Ref ref, Type type) { }

    private final Diagnostics diags;
    private final Consumer<PendingRef> refs;

    ValueParser(Diagnostics diags, Consumer<PendingRef> refs) {
        this.diags = diags;
        this.refs = refs;
    }

    /**
     * What the values belong to, for messages: a property ("property 'replicas'", written
     * 'replicas ...') or the declaration line of an element ("the subnet 'app-a'", written
     * 'subnet app-a ...'). The texts are made only when a message needs them.
     */
    record Subject(String kind, String name, Location key) {
        static Subject property(String key, Location at) { return new Subject(null, key, at); }

        static Subject element(String kind, String name, Location at) { return new Subject(kind, name, at); }

        String what() { return kind == null ? "property '" + name + "'" : "the " + kind + " '" + name + "'"; }

        String usage(Signature sig) { return (kind == null ? name : kind + " " + name) + " " + sig.usage(); }

        /** Just after the key: where a value that is missing altogether is pointed at. */
        Location after() { return end(key); }
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

        Value.Struct struct(Location at) {
            return new Value.Struct(java.util.Arrays.copyOf(names, size), java.util.Arrays.copyOf(values, size), at);
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
                    out.put(named.name(), new Value.BoolValue(true, t.location()));
                    continue;
                }
                if (pos[0] >= toks.size()) {
                    diags.error("missing-value", t.location(), "'" + t.text() + "' needs a value: " + named.type().describe(),
                            "write it as: " + subject.usage(sig));
                    return null;
                }
                Value v = parse(named.type(), toks, pos);
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
            if (s.kind() == Slot.Kind.OPTIONAL && !fits(s.type(), t)) {
                String near = s.type().base() == ValueType.ENUM && t.isWord() ? Suggest.closest(t.text(), s.type().words()) : null;
                if (near != null) {
                    diags.error("type", t.location(), "unknown " + s.name() + " '" + t.text() + "'", "did you mean '" + near + "'?");
                    return null;
                }
                pi++;
                continue;
            }
            Value v = parse(s.type(), toks, pos);
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

    /** Whether a token could start a value of this type (for optional positionals). */
    private static boolean fits(Type type, Tok t) {
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
    private static final Pattern MONEY = Pattern.compile("\\$?(\\d+(?:\\.\\d{1,2})?)(?:/(\\w+))?");
    private static final Pattern ZONE = Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d+(-[a-z]+-\\d+)?[a-z]");
    private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d+");
    private static final Map<String, Boolean> BOOLS = Map.of("on", true, "off", false, "true", true, "false", false,
            "yes", true, "no", false, "enabled", true, "disabled", false);

    /** Parses one value (or a comma list, for list types) starting at pos[0]; advances pos. */
    Value parse(Type type, List<Tok> toks, int[] pos) {
        if (!type.list()) return one(type, toks, pos);
        List<Value> items = new ArrayList<>();
        Location start = toks.get(pos[0]).location();
        while (true) {
            Value v = one(type, toks, pos);
            if (v == null) return null;
            items.add(v);
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
        return new Value.ListValue(items, start);
    }

    private Value one(Type type, List<Tok> toks, int[] pos) {
        Tok t = toks.get(pos[0]);
        Location at = t.location();
        if (t.type() == Tok.Type.COMMA || t.type() == Tok.Type.ARROW || t.type() == Tok.Type.ASYNC) {
            return bad(t, type, null);
        }
        String s = t.text();
        pos[0]++;
        if (tooLong(s) && type.base() != ValueType.STRING && type.base() != ValueType.WORD
                && type.base() != ValueType.PATH && type.base() != ValueType.REF && type.base() != ValueType.ENUM) {
            return bad(t, type, "the number is too large");
        }
        switch (type.base()) {
            case STRING:
                return new Value.StringValue(s, at);
            case WORD:
                return new Value.WordValue(s, at);
            case PATH:
                if (!s.startsWith("/")) return bad(t, type, "a path starts with '/', e.g. /api/v1/users/*");
                return new Value.StringValue(s, at);
            case ENUM: {
                for (String w : type.words()) if (w.equalsIgnoreCase(s)) return new Value.WordValue(w, at);
                String m = Suggest.closest(s, type.words());
                return bad(t, type, m == null ? null : "did you mean '" + m + "'?");
            }
            case BOOL: {
                Boolean b = BOOLS.get(s.toLowerCase(Locale.ROOT));
                return b == null ? bad(t, type, null) : new Value.BoolValue(b, at);
            }
            case INT:
                if (!isInt(s)) return bad(t, type, null);
                try {
                    return new Value.IntValue(Long.parseLong(s), at);
                } catch (NumberFormatException e) {
                    return bad(t, type, "the number is too large");
                }
            case NUMBER: {
                boolean pct = s.endsWith("%");
                String n = pct ? s.substring(0, s.length() - 1) : s;
                if (!isNum(n)) return bad(t, type, null);
                double d = Double.parseDouble(n);
                return pct ? new Value.Percent(d, at) : new Value.NumberValue(d, at);
            }
            case PERCENT: {
                String n = s.endsWith("%") ? s.substring(0, s.length() - 1) : null;
                if (n == null || !isNum(n)) return bad(t, type, isNum(s) ? "write it with %: " + s + "%" : null);
                double d = Double.parseDouble(n);
                if (d < 0) return bad(t, type, "a percentage is not negative");
                return new Value.Percent(d, at);
            }
            case DURATION:
                return duration(t, toks, pos, type);
            case SIZE:
            case MEMORY:
                return size(t, toks, pos, type);
            case CPU:
                return cpu(t, toks, pos, type);
            case MONEY:
                return money(t, toks, pos, type);
            case CIDR:
                return cidr(t, type);
            case SOURCE:
                if (s.equals("self")) return new Value.WordValue("self", at);
                if (Character.isDigit(s.charAt(0)) || s.contains(":")) return cidr(t, type);
                return ref(new Type(ValueType.REF, null, java.util.Set.of("securitygroup"), false), s, at);
            case PORTS: {
                if (s.equals("all") || s.equals("any")) return new Value.Ports(0, 65535, at);
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
                return new Value.Ports(from, to, at);
            }
            case REGION:
                if (!REGION.matcher(s).matches()) return bad(t, type, null);
                return new Value.WordValue(s, at);
            case ZONE:
                if (!ZONE.matcher(s).matches()) {
                    return bad(t, type, REGION.matcher(s).matches() ? "that is a region; a zone ends with a letter, e.g. " + s + "a" : null);
                }
                return new Value.WordValue(s, at);
            case REF:
                return ref(type, s, at);
            default:
                return bad(t, type, null);
        }
    }

    private Value ref(Type type, String name, Location at) {
        Value.Ref r = new Value.Ref(name, at);
        refs.accept(new PendingRef(r, type));
        return r;
    }

    private Value bad(Tok t, Type type, String hint) {
        String h = hint;
        if (h == null && !type.base().example().isEmpty()) h = "e.g. " + type.base().example();
        diags.error("type", t.location(), "expected " + type.describe() + ", found '" + t.source() + "'", h);
        return null;
    }

    /** Reads a unit either glued to the number (2s) or as the next word (2 s). */
    private String[] numberAndUnit(Tok t, List<Tok> toks, int[] pos) {
        String s = t.text();
        int split = numberLength(s);
        if (split <= 0) return null;
        if (split < s.length()) {
            String unit = s.substring(split);
            return isLetters(unit) ? new String[]{s.substring(0, split), unit} : null;
        }
        if (pos[0] < toks.size() && toks.get(pos[0]).isWord() && isLetters(toks.get(pos[0]).text())) {
            return new String[]{s, toks.get(pos[0]).text(), "next"};
        }
        return new String[]{s, null};
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

    private static boolean isLetters(String s) {
        if (s.isEmpty()) return false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) return false;
        }
        return true;
    }

    /** 13 digits or more at the start (after an optional sign or '$'): no value we take is that large. */
    private static boolean tooLong(String s) {
        int i = !s.isEmpty() && (s.charAt(0) == '-' || s.charAt(0) == '$') ? 1 : 0;
        int d = 0;
        while (i < s.length() && Character.isDigit(s.charAt(i))) { i++; d++; }
        return d >= 13;
    }

    private static final Map<String, Long> DURATION_UNITS = Map.ofEntries(
            Map.entry("ms", 1L), Map.entry("s", 1000L), Map.entry("sec", 1000L), Map.entry("second", 1000L), Map.entry("seconds", 1000L),
            Map.entry("m", 60_000L), Map.entry("min", 60_000L), Map.entry("minute", 60_000L), Map.entry("minutes", 60_000L),
            Map.entry("h", 3_600_000L), Map.entry("hour", 3_600_000L), Map.entry("hours", 3_600_000L),
            Map.entry("d", 86_400_000L), Map.entry("day", 86_400_000L), Map.entry("days", 86_400_000L));

    private Value duration(Tok t, List<Tok> toks, int[] pos, Type type) {
        String[] nu = numberAndUnit(t, toks, pos);
        if (nu == null) return bad(t, type, null);
        if (nu[1] == null) return bad(t, type, "add a unit: " + t.text() + "s or " + t.text() + "ms");
        Long f = DURATION_UNITS.get(nu[1].toLowerCase(Locale.ROOT));
        if (f == null) {
            if (nu.length > 2) return bad(t, type, "add a unit: " + t.text() + "s or " + t.text() + "ms");
            return bad(t, type, "units are ms, s, m, h and d");
        }
        if (nu.length > 2) pos[0]++;
        return new Value.Duration(Math.round(Double.parseDouble(nu[0]) * f), t.location());
    }

    private static final Map<String, Double> SIZE_UNITS = Map.ofEntries(
            Map.entry("mib", 1.0), Map.entry("mb", 1.0), Map.entry("mi", 1.0), Map.entry("m", 1.0),
            Map.entry("gib", 1024.0), Map.entry("gb", 1024.0), Map.entry("gi", 1024.0), Map.entry("g", 1024.0),
            Map.entry("tib", 1024.0 * 1024), Map.entry("tb", 1024.0 * 1024), Map.entry("ti", 1024.0 * 1024));

    private Value size(Tok t, List<Tok> toks, int[] pos, Type type) {
        String[] nu = numberAndUnit(t, toks, pos);
        if (nu == null) return bad(t, type, null);
        if (nu[1] == null || (nu.length > 2 && !SIZE_UNITS.containsKey(nu[1].toLowerCase(Locale.ROOT)))) {
            if (type.base() == ValueType.MEMORY && isInt(nu[0])) {
                return new Value.Size(Long.parseLong(nu[0]), t.location());
            }
            return bad(t, type, "add a unit, e.g. " + nu[0] + " GB");
        }
        Double f = SIZE_UNITS.get(nu[1].toLowerCase(Locale.ROOT));
        if (f == null) return bad(t, type, "units are MiB, GB and TB (or Mi, Gi)");
        if (nu.length > 2) pos[0]++;
        return new Value.Size(Math.round(Double.parseDouble(nu[0]) * f), t.location());
    }

    private Value cpu(Tok t, List<Tok> toks, int[] pos, Type type) {
        String[] nu = numberAndUnit(t, toks, pos);
        if (nu == null) return bad(t, type, null);
        double n = Double.parseDouble(nu[0]);
        if (nu[1] == null || (nu.length > 2 && !nu[1].equalsIgnoreCase("vcpu") && !nu[1].equalsIgnoreCase("vcpus"))) {
            if (!isInt(nu[0])) return bad(t, type, "CPU units are whole numbers; for cores write " + nu[0] + " vcpu");
            return new Value.Cpu(Math.round(n * 1000.0 / 1024.0), t.location());
        }
        String u = nu[1].toLowerCase(Locale.ROOT);
        long milli;
        if (u.equals("m")) milli = Math.round(n);
        else if (u.equals("vcpu") || u.equals("vcpus")) milli = Math.round(n * 1000);
        else return bad(t, type, "write CPU as units (1024), vCPUs (1 vcpu) or millicores (250m)");
        if (nu.length > 2) pos[0]++;
        return new Value.Cpu(milli, t.location());
    }

    private Value money(Tok t, List<Tok> toks, int[] pos, Type type) {
        String s = t.text();
        Matcher m = MONEY.matcher(s);
        if (!m.matches()) return bad(t, type, "e.g. $5000/month or 5000 USD per month");
        double amount = Double.parseDouble(m.group(1));
        String period = m.group(2);
        boolean dollar = s.startsWith("$");
        if (!dollar && pos[0] < toks.size() && toks.get(pos[0]).text().matches("(?i)USD(/\\w+)?")) {
            String cur = toks.get(pos[0]++).text();
            if (cur.contains("/")) period = cur.substring(cur.indexOf('/') + 1);
            dollar = true;
        }
        if (!dollar) return bad(t, type, "say the currency: $" + s + "/month or " + s + " USD per month");
        if (period == null && pos[0] + 1 < toks.size() && toks.get(pos[0]).text().equals("per")) {
            pos[0]++;
            period = toks.get(pos[0]++).text();
        }
        long cents = Math.round(amount * 100);
        if (period == null) period = "month";
        switch (period.toLowerCase(Locale.ROOT)) {
            case "month", "mo", "monthly" -> { }
            case "year", "yr", "yearly", "annum" -> cents = Math.round(cents / 12.0);
            default -> {
                diags.error("type", t.location(), "unknown period '" + period + "' for money", "budgets are per month or per year");
                return null;
            }
        }
        return new Value.Money(cents, t.location());
    }

    private Value cidr(Tok t, Type type) {
        String s = t.text();
        int slash = s.indexOf('/');
        if (slash < 0) return bad(t, type, "add the prefix length, e.g. " + s + "/32");
        String addr = s.substring(0, slash);
        int prefix;
        try {
            prefix = Integer.parseInt(s.substring(slash + 1));
        } catch (NumberFormatException e) {
            return bad(t, type, "the part after '/' is the prefix length, a number");
        }
        boolean v6 = addr.contains(":");
        BigInteger value;
        if (v6) {
            for (int i = 0; i < addr.length(); i++) {
                char c = addr.charAt(i);
                if (Character.digit(c, 16) < 0 && c != ':' && c != '.') return bad(t, type, null);
            }
            try {
                byte[] b = InetAddress.getByName(addr).getAddress();
                if (b.length != 16) return bad(t, type, null);
                value = new BigInteger(1, b);
            } catch (Exception e) {
                return bad(t, type, "not an IPv6 address");
            }
        } else {
            String[] parts = addr.split("\\.", -1);
            if (parts.length != 4) return bad(t, type, "an IPv4 address has four numbers, e.g. 10.0.0.0/16");
            long v = 0;
            for (String p : parts) {
                if (p.isEmpty() || p.length() > 3 || !isInt(p) || p.startsWith("-") || Integer.parseInt(p) > 255) {
                    return bad(t, type, "each part of an IPv4 address lies between 0 and 255");
                }
                v = v * 256 + Integer.parseInt(p);
            }
            value = BigInteger.valueOf(v);
        }
        int bits = v6 ? 128 : 32;
        if (prefix < 0 || prefix > bits) {
            diags.error("cidr", t.location(), "prefix length /" + prefix + " is out of range for " + (v6 ? "IPv6" : "IPv4"),
                    "it lies between /0 and /" + bits);
            return null;
        }
        BigInteger mask = BigInteger.ONE.shiftLeft(bits - prefix).subtract(BigInteger.ONE);
        if (!value.and(mask).equals(BigInteger.ZERO)) {
            BigInteger net = value.andNot(mask);
            String fixed = v6 ? net.toString(16) : ipv4(net.longValue());
            diags.error("cidr", t.location(), "'" + s + "' has host bits set", v6
                    ? "use the network address of the /" + prefix
                    : "the network is " + fixed + "/" + prefix);
            return null;
        }
        return new Value.Cidr(v6 ? addr.toLowerCase(Locale.ROOT) : addr, prefix, v6, value, t.location());
    }

    static String ipv4(long v) {
        return ((v >> 24) & 255) + "." + ((v >> 16) & 255) + "." + ((v >> 8) & 255) + "." + (v & 255);
    }
}
