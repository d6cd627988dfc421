package dev.archkit.lang;

import dev.archkit.lang.ast.Tok;
import dev.archkit.model.Value;
import dev.archkit.model.diag.Diagnostics;
import dev.archkit.model.schema.Type;
import dev.archkit.model.schema.ValueType;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Values with units: durations (2s, 500 ms), sizes and memory (100 GB, 2048), CPU (1024 units,
 * 1 vcpu, 250m) and money ($5000/month, 5000 USD per year). A unit is glued to the number or is
 * the next word.
 */
final class Quantities {

    private static final Pattern MONEY = Pattern.compile("\\$?(\\d+(?:\\.\\d{1,2})?)(?:/(\\w+))?");

    private final Diagnostics diags;

    Quantities(Diagnostics diags) {
        this.diags = diags;
    }

    private Value bad(Tok t, Type type, String hint) {
        return ValueParser.bad(diags, t, type, hint);
    }

    /** Reads a unit either glued to the number (2s) or as the next word (2 s). */
    private String[] numberAndUnit(Tok t, List<Tok> toks, int[] pos) {
        String s = t.text();
        int split = ValueParser.numberLength(s);
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

    private static boolean isLetters(String s) {
        if (s.isEmpty()) return false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) return false;
        }
        return true;
    }

    private static final Map<String, Long> DURATION_UNITS = Map.ofEntries(
            Map.entry("ms", 1L), Map.entry("s", 1000L), Map.entry("sec", 1000L), Map.entry("second", 1000L), Map.entry("seconds", 1000L),
            Map.entry("m", 60_000L), Map.entry("min", 60_000L), Map.entry("minute", 60_000L), Map.entry("minutes", 60_000L),
            Map.entry("h", 3_600_000L), Map.entry("hour", 3_600_000L), Map.entry("hours", 3_600_000L),
            Map.entry("d", 86_400_000L), Map.entry("day", 86_400_000L), Map.entry("days", 86_400_000L));

    Value duration(Tok t, List<Tok> toks, int[] pos, Type type) {
        String[] nu = numberAndUnit(t, toks, pos);
        if (nu == null) return bad(t, type, null);
        if (nu[1] == null) return bad(t, type, "add a unit: " + t.text() + "s or " + t.text() + "ms");
        Long f = DURATION_UNITS.get(nu[1].toLowerCase(Locale.ROOT));
        if (f == null) {
            if (nu.length > 2) return bad(t, type, "add a unit: " + t.text() + "s or " + t.text() + "ms");
            return bad(t, type, "units are ms, s, m, h and d");
        }
        if (nu.length > 2) pos[0]++;
        return new Value.Duration(Math.round(Double.parseDouble(nu[0]) * f), t.sourceFile(), t.sourcePosition());
    }

    private static final Map<String, Double> SIZE_UNITS = Map.ofEntries(
            Map.entry("mib", 1.0), Map.entry("mb", 1.0), Map.entry("mi", 1.0), Map.entry("m", 1.0),
            Map.entry("gib", 1024.0), Map.entry("gb", 1024.0), Map.entry("gi", 1024.0), Map.entry("g", 1024.0),
            Map.entry("tib", 1024.0 * 1024), Map.entry("tb", 1024.0 * 1024), Map.entry("ti", 1024.0 * 1024));

    Value size(Tok t, List<Tok> toks, int[] pos, Type type) {
        String[] nu = numberAndUnit(t, toks, pos);
        if (nu == null) return bad(t, type, null);
        if (nu[1] == null || (nu.length > 2 && !SIZE_UNITS.containsKey(nu[1].toLowerCase(Locale.ROOT)))) {
            if (type.base() == ValueType.MEMORY && ValueParser.isInt(nu[0])) {
                return new Value.Size(Long.parseLong(nu[0]), t.sourceFile(), t.sourcePosition());
            }
            return bad(t, type, "add a unit, e.g. " + nu[0] + " GB");
        }
        Double f = SIZE_UNITS.get(nu[1].toLowerCase(Locale.ROOT));
        if (f == null) return bad(t, type, "units are MiB, GB and TB (or Mi, Gi)");
        if (nu.length > 2) pos[0]++;
        return new Value.Size(Math.round(Double.parseDouble(nu[0]) * f), t.sourceFile(), t.sourcePosition());
    }

    Value cpu(Tok t, List<Tok> toks, int[] pos, Type type) {
        String[] nu = numberAndUnit(t, toks, pos);
        if (nu == null) return bad(t, type, null);
        double n = Double.parseDouble(nu[0]);
        if (nu[1] == null || (nu.length > 2 && !nu[1].equalsIgnoreCase("vcpu") && !nu[1].equalsIgnoreCase("vcpus"))) {
            if (!ValueParser.isInt(nu[0])) return bad(t, type, "CPU units are whole numbers; for cores write " + nu[0] + " vcpu");
            return new Value.Cpu(Math.round(n * 1000.0 / 1024.0), t.sourceFile(), t.sourcePosition());
        }
        String u = nu[1].toLowerCase(Locale.ROOT);
        long milli;
        if (u.equals("m")) milli = Math.round(n);
        else if (u.equals("vcpu") || u.equals("vcpus")) milli = Math.round(n * 1000);
        else return bad(t, type, "write CPU as units (1024), vCPUs (1 vcpu) or millicores (250m)");
        if (nu.length > 2) pos[0]++;
        return new Value.Cpu(milli, t.sourceFile(), t.sourcePosition());
    }

    Value money(Tok t, List<Tok> toks, int[] pos, Type type) {
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
        return new Value.Money(cents, t.sourceFile(), t.sourcePosition());
    }

}
