package dev.archkit.cost;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Monthly list prices per region: the embedded, dated table ({@code prices.json} beside this
 * class) or a file in the same format given with {@code --prices}. Every price is checked when
 * the table is read, so a bad file fails with its path and the key at fault, never later.
 */
public final class PriceTable {

    /** A price file that cannot be used; the message names the file and what is wrong. */
    public static final class Invalid extends Exception {
        public Invalid(String m) { super(m); }
    }

    /** The grouped prices by group, groups in the order they are checked (by name), keys in declaration order. */
    private static final Map<String, List<Price>> GROUPS = new TreeMap<>();
    static {
        for (Price p : Price.values()) if (p.group() != null) GROUPS.computeIfAbsent(p.group(), g -> new ArrayList<>()).add(p);
    }

    /** The prices of one region; every accessor returns US dollars (or a fraction, for a factor). */
    public record Region(String name, Map<Price, Double> prices, Map<Price.Sizes, Map<String, Double>> sizes) {
        public Region {
            prices = Map.copyOf(prices);
            sizes = Map.copyOf(sizes);
        }

        /** A price or factor; every region has them all (checked when the table is read). */
        public double get(Price price) {
            Double d = prices.get(price);
            if (d == null) throw new IllegalArgumentException("no price " + price.key() + " in " + name);
            return d;
        }

        /** The price of a size (instance type, class, storage type), or null when the table has none. */
        public Double size(Price.Sizes table, String size) {
            Map<String, Double> t = sizes.get(table);
            return t == null ? null : t.get(size);
        }
    }

    private final String date;
    private final String source;
    private final String origin;
    private final double hoursPerMonth;
    private final Map<String, Region> regions;

    private PriceTable(String date, String source, String origin, double hours, Map<String, Region> regions) {
        this.date = date;
        this.source = source;
        this.origin = origin;
        this.hoursPerMonth = hours;
        this.regions = regions;
    }

    private static volatile PriceTable embedded;

    /** The table shipped inside archkit. */
    public static PriceTable embedded() {
        PriceTable t = embedded;
        if (t != null) return t;
        try (InputStream in = PriceTable.class.getResourceAsStream("prices.json")) {
            if (in == null) throw new IllegalStateException("the embedded price table is missing from the jar");
            t = parse(JsonTree.read(in), "embedded price table");
        } catch (IOException | Invalid e) {
            throw new IllegalStateException("the embedded price table is broken: " + e.getMessage(), e);
        }
        embedded = t;
        return t;
    }

    /** Jackson's message without its source notice: "(start marker at [Source: REDACTED (...); line: 1, column: 50])" reads "(start marker at line 1, column 50)". */
    static String plain(String message) {
        return message == null ? "" : message.replaceAll("\\[Source: [^;]*; line: (\\d+), column: (\\d+)]", "line $1, column $2");
    }

    /** A price file in the embedded table's format. */
    public static PriceTable read(Path file) throws Invalid {
        JsonNode root;
        try {
            root = JsonTree.read(Files.readString(file));
        } catch (NoSuchFileException e) {
            throw new Invalid(file + ": no such price file");
        } catch (JsonProcessingException e) {
            throw new Invalid(file + ":" + e.getLocation().getLineNr() + ":" + e.getLocation().getColumnNr()
                    + ": not valid JSON: " + plain(e.getOriginalMessage()));
        } catch (IOException e) {
            throw new Invalid(file + ": cannot read: " + e.getMessage());
        }
        return parse(root, file.toString());
    }

    static PriceTable parse(JsonNode root, String origin) throws Invalid {
        if (root == null || !root.isObject()) throw new Invalid(origin + ": a price file is a JSON object with date, source, hoursPerMonth and regions");
        String date = text(root, "date", origin);
        if (!date.matches("\\d{4}-\\d{2}-\\d{2}")) throw new Invalid(origin + ": date must be YYYY-MM-DD, not '" + date + "'");
        String source = text(root, "source", origin);
        JsonNode hours = root.get("hoursPerMonth");
        double h = hours == null ? 730 : positive(hours, origin, "hoursPerMonth");
        JsonNode regs = root.get("regions");
        if (regs == null || !regs.isObject() || regs.isEmpty()) throw new Invalid(origin + ": 'regions' must map region names to prices");
        Map<String, Region> regions = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = regs.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            regions.put(e.getKey(), region(e.getKey(), e.getValue(), origin));
        }
        return new PriceTable(date, source, origin, h, Collections.unmodifiableMap(regions));
    }

    private static Region region(String name, JsonNode n, String origin) throws Invalid {
        String where = origin + ": regions." + name;
        if (!n.isObject()) throw new Invalid(where + " must be an object");
        Map<Price, Double> prices = new EnumMap<>(Price.class);
        for (Map.Entry<String, List<Price>> g : GROUPS.entrySet()) {
            JsonNode group = n.get(g.getKey());
            if (group == null || !group.isObject()) throw new Invalid(where + "." + g.getKey() + " is missing");
            for (Price p : g.getValue()) {
                JsonNode v = group.get(p.key());
                if (v == null) throw new Invalid(where + "." + g.getKey() + "." + p.key() + " is missing");
                prices.put(p, nonNegative(v, origin, "regions", name, g.getKey(), p.key()));
            }
        }
        for (Price f : Price.values()) {
            if (f.group() != null) continue;
            JsonNode v = n.get(f.key());
            if (v == null) throw new Invalid(where + "." + f.key() + " is missing");
            prices.put(f, nonNegative(v, origin, "regions", name, f.key()));
        }
        if (prices.get(Price.FARGATE_SPOT_DISCOUNT) >= 1 || prices.get(Price.EC2_SPOT_DISCOUNT) >= 1) {
            throw new Invalid(where + ": a Spot discount is a fraction below 1 (0.7 = 70% off)");
        }
        Map<Price.Sizes, Map<String, Double>> sizes = new EnumMap<>(Price.Sizes.class);
        for (Price.Sizes t : Price.Sizes.values()) {
            JsonNode table = n.get(t.key());
            if (table == null || !table.isObject()) throw new Invalid(where + "." + t.key() + " is missing (a map of size to hourly or monthly price)");
            Map<String, Double> m = new TreeMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = table.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                m.put(e.getKey(), nonNegative(e.getValue(), origin, "regions", name, t.key(), e.getKey()));
            }
            sizes.put(t, Collections.unmodifiableMap(m));
        }
        return new Region(name, prices, sizes);
    }

    private static String text(JsonNode root, String key, String origin) throws Invalid {
        JsonNode v = root.get(key);
        if (v == null || !v.isTextual() || v.asText().isBlank()) throw new Invalid(origin + ": '" + key + "' is missing (a string)");
        return v.asText();
    }

    /** The number at {@code path} (its parts joined with '.' only for the error: a table holds hundreds of prices, read at every run that prices). */
    private static double nonNegative(JsonNode v, String origin, String... path) throws Invalid {
        if (!v.isNumber() || v.asDouble() < 0 || !Double.isFinite(v.asDouble())) {
            throw new Invalid(origin + ": " + String.join(".", path) + " must be a non-negative number, not " + v);
        }
        return v.asDouble();
    }

    private static double positive(JsonNode v, String origin, String key) throws Invalid {
        double d = nonNegative(v, origin, key);
        if (d == 0) throw new Invalid(origin + ": " + key + " must be above zero");
        return d;
    }

    public String date() { return date; }
    public String source() { return source; }
    /** Where the table came from: "embedded price table" or the file's path. */
    public String origin() { return origin; }
    public double hoursPerMonth() { return hoursPerMonth; }
    public Region region(String name) { return regions.get(name); }
    public List<String> regions() { return new ArrayList<>(regions.keySet()); }
}
