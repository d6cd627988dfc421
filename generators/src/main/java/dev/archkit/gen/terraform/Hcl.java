package dev.archkit.gen.terraform;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small HCL writer that produces what {@code terraform fmt} would: two-space indents, and the
 * equals signs of consecutive one-line attributes aligned (a multi-line value, a nested block
 * or a blank line ends an alignment run, as in hclwrite's formatter). The one place that knows
 * HCL syntax: the emitters say what to write, this class how.
 */
final class Hcl {

    /** An expression: a one-line literal or reference, or a structure written over several lines. */
    sealed interface Expr permits Raw, Str, Tuple, Obj, Call { }

    /** A reference, number, boolean or any expression written as is. */
    record Raw(String text) implements Expr { }

    /** A quoted string; interpolations are written with {@link #interp}. */
    record Str(String value, boolean template) implements Expr { }

    record Tuple(List<Expr> items) implements Expr { }

    record Obj(Map<String, Expr> entries) implements Expr { }

    /** A function call with one argument, e.g. jsonencode({...}). */
    record Call(String function, Expr argument) implements Expr { }

    static Expr raw(String s) { return new Raw(s); }
    static Expr str(String s) { return new Str(s, false); }
    /** A string template: ${...} in it is an interpolation, not literal text. */
    static Expr interp(String s) { return new Str(s, true); }
    static Expr num(long n) { return new Raw(Long.toString(n)); }
    static Expr num(double d) {
        return new Raw(d == Math.rint(d) ? Long.toString((long) d) : java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString());
    }
    static Expr bool(boolean b) { return new Raw(Boolean.toString(b)); }
    static Expr tuple(List<Expr> items) { return new Tuple(List.copyOf(items)); }
    static Expr strings(List<String> items) { return tuple(items.stream().map(Hcl::str).toList()); }
    static Expr refs(List<String> items) { return tuple(items.stream().map(Hcl::raw).toList()); }
    static Expr jsonencode(Expr e) { return new Call("jsonencode", e); }

    /** An object in insertion order. */
    static final class ObjBuilder {
        private final Map<String, Expr> m = new LinkedHashMap<>();
        ObjBuilder put(String k, Expr v) { if (v != null) m.put(k, v); return this; }
        ObjBuilder put(String k, String v) { if (v != null) m.put(k, str(v)); return this; }
        ObjBuilder put(String k, long v) { m.put(k, num(v)); return this; }
        ObjBuilder put(String k, boolean v) { m.put(k, bool(v)); return this; }
        Obj build() { return new Obj(new LinkedHashMap<>(m)); }
    }

    static ObjBuilder obj() { return new ObjBuilder(); }

    static String quote(String s, boolean template) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '$' -> {
                    // a literal ${ or %{ must be doubled, or Terraform reads a template sequence
                    if (!template && i + 1 < s.length() && s.charAt(i + 1) == '{') sb.append("$$");
                    else sb.append('$');
                }
                case '%' -> {
                    if (i + 1 < s.length() && s.charAt(i + 1) == '{') sb.append("%%");
                    else sb.append('%');
                }
                default -> sb.append(c);
            }
        }
        return sb.append('"').toString();
    }

    static boolean identifier(String k) {
        return k.matches("[A-Za-z_][A-Za-z0-9_-]*");
    }

    /** The expression on one line, or null when it must span several. */
    static String inline(Expr e) {
        if (e instanceof Raw r) return r.text();
        if (e instanceof Str s) return quote(s.value(), s.template());
        if (e instanceof Obj o) return o.entries().isEmpty() ? "{}" : null;
        if (e instanceof Call c) {
            String in = inline(c.argument());
            return in == null ? null : c.function() + "(" + in + ")";
        }
        Tuple t = (Tuple) e;
        StringBuilder sb = new StringBuilder("[");
        for (Expr x : t.items()) {
            String in = inline(x);
            if (in == null || x instanceof Obj) return null;
            if (sb.length() > 1) sb.append(", ");
            sb.append(in);
        }
        sb.append(']');
        return sb.length() > 100 ? null : sb.toString();
    }

    // ---- the document --------------------------------------------------------------------

    /** One output line: an attribute-like line (key and the rest, alignable) or any other text. */
    private record Line(int indent, String key, String rest, String text) { }

    static final class Doc {
        private final List<Line> lines = new ArrayList<>();
        private int indent;

        Doc blank() {
            if (!lines.isEmpty() && lines.get(lines.size() - 1).text() != null && lines.get(lines.size() - 1).text().isEmpty()) return this;
            lines.add(new Line(0, null, null, ""));
            return this;
        }

        /** A comment line ({@code # text}); it ends an alignment run. */
        Doc comment(String text) {
            lines.add(new Line(indent, null, null, "# " + text));
            return this;
        }

        Doc open(String type, String... labels) {
            StringBuilder sb = new StringBuilder(type);
            for (String l : labels) sb.append(' ').append(quote(l, false));
            lines.add(new Line(indent, null, null, sb.append(" {").toString()));
            indent++;
            return this;
        }

        Doc close() {
            indent--;
            lines.add(new Line(indent, null, null, "}"));
            return this;
        }

        /** An attribute: on one line when it fits, else its value spread over lines (which ends an alignment run). */
        Doc attr(String key, Expr value) {
            if (value == null) return this;
            String in = inline(value);
            String k = identifier(key) ? key : quote(key, false);
            if (in != null) {
                lines.add(new Line(indent, k, "= " + in, null));
            } else {
                expr(value, k + " = ", "");
            }
            return this;
        }

        Doc attr(String key, String value) { return value == null ? this : attr(key, str(value)); }
        Doc attr(String key, long value) { return attr(key, num(value)); }
        Doc attr(String key, boolean value) { return attr(key, bool(value)); }

        /** Writes a multi-line expression: prefix and the opening bracket, the items, the closing bracket and suffix. */
        private void expr(Expr e, String prefix, String suffix) {
            if (e instanceof Obj o) {
                lines.add(new Line(indent, null, null, prefix + "{"));
                indent++;
                for (Map.Entry<String, Expr> en : o.entries().entrySet()) {
                    String k = identifier(en.getKey()) ? en.getKey() : quote(en.getKey(), false);
                    String in = inline(en.getValue());
                    if (in != null) lines.add(new Line(indent, k, "= " + in, null));
                    else expr(en.getValue(), k + " = ", "");
                }
                indent--;
                lines.add(new Line(indent, null, null, "}" + suffix));
            } else if (e instanceof Tuple t) {
                lines.add(new Line(indent, null, null, prefix + "["));
                indent++;
                for (Expr x : t.items()) {
                    String in = inline(x);
                    if (in != null && !(x instanceof Obj)) lines.add(new Line(indent, null, null, in + ","));
                    else expr(x, "", ",");
                }
                indent--;
                lines.add(new Line(indent, null, null, "]" + suffix));
            } else if (e instanceof Call c) {
                // jsonencode({ ... }) keeps the bracket on the call's line
                expr(c.argument(), prefix + c.function() + "(", ")" + suffix);
            } else {
                lines.add(new Line(indent, null, null, prefix + inline(e) + suffix));
            }
        }

        String render() {
            StringBuilder sb = new StringBuilder();
            int i = 0;
            while (i < lines.size()) {
                Line l = lines.get(i);
                if (l.key() == null) {
                    if (l.text().isEmpty()) sb.append('\n');
                    else sb.append("  ".repeat(l.indent())).append(l.text()).append('\n');
                    i++;
                    continue;
                }
                // the run's equals signs line up one space after its longest lead (indent and name)
                int j = i, width = 0;
                while (j < lines.size() && lines.get(j).key() != null) {
                    width = Math.max(width, 2 * lines.get(j).indent() + lines.get(j).key().length());
                    j++;
                }
                for (int k = i; k < j; k++) {
                    Line a = lines.get(k);
                    int lead = 2 * a.indent() + a.key().length();
                    sb.append("  ".repeat(a.indent())).append(a.key()).append(" ".repeat(width - lead + 1)).append(a.rest()).append('\n');
                }
                i = j;
            }
            String out = sb.toString();
            while (out.endsWith("\n\n")) out = out.substring(0, out.length() - 1);
            return out;
        }
    }
}
