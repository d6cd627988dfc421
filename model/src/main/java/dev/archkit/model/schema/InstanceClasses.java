package dev.archkit.model.schema;

import dev.archkit.model.Suggest;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which instance types, DB instance classes, cache node types and search instance types AWS
 * could possibly have: {@code [prefix]family.size[suffix]}, with the family and the size taken
 * from the lists below. It answers "is this a possible AWS name?", never "is it priced?" (the
 * price table in the cost module answers that, per region).
 *
 * <p>A false error on a real class is worse than a missed typo, so the check is lenient where AWS
 * varies: any family of the lists with any size (not every pair exists), any {@code Nxlarge},
 * {@code metal} and {@code metal-Nxl}. It is strict where a typo is plain: a family that is not
 * listed, a size word that is not a size, or a missing or wrong prefix.
 *
 * <p>Where the lists come from: the families of the embedded price table (a test in the cost
 * module fails when a class of that table is not accepted here), plus the current and previous
 * generation families of AWS's pages "Amazon EC2 instance types", "DB instance classes" (RDS and
 * Aurora), "Supported node types" (ElastiCache) and "Supported instance types" (OpenSearch
 * Service), as of 2025. To accept a new family, add it to its service's list below (and, to price
 * it, to the price table); docs/language.md says the same.
 */
public enum InstanceClasses {

    EC2(ValueType.INSTANCE_TYPE, "EC2 instance type", "", "", List.of(
            // general purpose
            "t3", "t3a", "t4g", "m5", "m5a", "m5ad", "m5d", "m5dn", "m5n", "m5zn", "m6a", "m6g", "m6gd", "m6i", "m6id", "m6idn",
            "m6in", "m7a", "m7g", "m7gd", "m7i", "m7i-flex", "m8g", "m8gd", "mac1", "mac2", "mac2-m1ultra", "mac2-m2", "mac2-m2pro",
            // compute optimised
            "c5", "c5a", "c5ad", "c5d", "c5n", "c6a", "c6g", "c6gd", "c6gn", "c6i", "c6id", "c6in", "c7a", "c7g", "c7gd", "c7gn",
            "c7i", "c7i-flex", "c8g", "c8gd",
            // memory optimised
            "r5", "r5a", "r5ad", "r5b", "r5d", "r5dn", "r5n", "r6a", "r6g", "r6gd", "r6i", "r6id", "r6idn", "r6in", "r7a", "r7g",
            "r7gd", "r7i", "r7iz", "r8g", "r8gd", "x1", "x1e", "x2gd", "x2idn", "x2iedn", "x2iezn", "x8g", "z1d", "u-3tb1", "u-6tb1",
            "u-9tb1", "u-12tb1", "u-18tb1", "u-24tb1", "u7i-6tb", "u7i-8tb", "u7i-12tb", "u7in-16tb", "u7in-24tb", "u7in-32tb",
            // accelerated
            "p3", "p3dn", "p4d", "p4de", "p5", "p5e", "p5en", "g4ad", "g4dn", "g5", "g5g", "g6", "g6e", "gr6", "inf1", "inf2",
            "trn1", "trn1n", "trn2", "dl1", "dl2q", "f1", "f2", "vt1",
            // storage optimised, HPC
            "d3", "d3en", "h1", "i3", "i3en", "i4g", "i4i", "i7ie", "i8g", "im4gn", "is4gen", "hpc6a", "hpc6id", "hpc7a", "hpc7g"),
            List.of("t1", "t2", "m1", "m2", "m3", "m4", "c1", "c3", "c4", "r3", "r4", "x1", "d2", "i2", "g3", "g3s", "p2", "a1", "cc2", "hs1")),

    RDS(ValueType.DB_CLASS, "RDS or Aurora instance class", "db.", "", List.of(
            "t3", "t4g", "m5", "m5d", "m6g", "m6gd", "m6i", "m6id", "m6idn", "m6in", "m7g", "m7i", "m8g", "r5", "r5b", "r5d", "r6g",
            "r6gd", "r6i", "r6id", "r6idn", "r6in", "r7g", "r7i", "r8g", "x1", "x1e", "x2g", "x2idn", "x2iedn", "x2iezn", "z1d"),
            List.of("t2", "m1", "m2", "m3", "m4", "r3", "r4")),

    ELASTICACHE(ValueType.CACHE_NODE, "ElastiCache node type", "cache.", "", List.of(
            "t3", "t4g", "m5", "m6g", "m7g", "r5", "r6g", "r6gd", "r7g", "c7gn"),
            List.of("t1", "t2", "m1", "m2", "m3", "m4", "c1", "r3", "r4")),

    OPENSEARCH(ValueType.SEARCH_NODE, "OpenSearch instance type", "", ".search", List.of(
            "t3", "m5", "m6g", "m7g", "m7i", "c5", "c6g", "c7g", "c7i", "r5", "r6g", "r6gd", "r7g", "r7gd", "r7i", "r8g", "i3",
            "im4gn", "or1", "or2", "om2", "oi2", "ultrawarm1"),
            List.of("t2", "m3", "m4", "c4", "r3", "r4", "i2"));

    /** The size words; besides these, any {@code Nxlarge}, {@code metal} and {@code metal-Nxl}. */
    public static final List<String> SIZES = List.of("nano", "micro", "small", "medium", "large", "xlarge", "2xlarge", "3xlarge",
            "4xlarge", "6xlarge", "8xlarge", "9xlarge", "10xlarge", "12xlarge", "16xlarge", "18xlarge", "24xlarge", "32xlarge",
            "48xlarge", "56xlarge", "96xlarge", "112xlarge", "224xlarge", "480xlarge", "metal");

    private static final Pattern SIZE = Pattern.compile("[1-9][0-9]{0,2}xlarge|metal(-[1-9][0-9]{0,2}xl)?");
    /** RDS for Oracle's memory-optimised classes: db.r5.2xlarge.tpc2.mem4x. */
    private static final Pattern RDS_OPTIONS = Pattern.compile("\\.tpc[1-9]\\.mem[1-9][0-9]?x");

    private final ValueType type;
    private final String what;
    private final String prefix;
    private final String suffix;
    private final List<String> current;
    private final Set<String> families;

    InstanceClasses(ValueType type, String what, String prefix, String suffix, List<String> current, List<String> previous) {
        this.type = type;
        this.what = what;
        this.prefix = prefix;
        this.suffix = suffix;
        this.current = current;
        Set<String> all = new LinkedHashSet<>(current);
        all.addAll(previous);
        this.families = java.util.Collections.unmodifiableSet(all);   // in order: current generation first
    }

    /** The value type whose values this list checks. */
    public ValueType type() { return type; }

    /** What a value is called in messages: "EC2 instance type". */
    public String what() { return what; }

    /** Every family, current generation first. */
    public Set<String> families() { return families; }

    /** The catalog for a value type, if it is one of the class-like types. */
    public static Optional<InstanceClasses> of(ValueType t) {
        for (InstanceClasses c : values()) if (c.type == t) return Optional.of(c);
        return Optional.empty();
    }

    /** Why a name cannot be one of this service's classes, and what it probably meant. */
    public record Problem(String message, String hint) { }

    /** Empty when {@code name} is a possible class of this service; else what is wrong with it. */
    public Optional<Problem> check(String name) {
        if (this == RDS && name.equals("db.serverless")) return Optional.empty();   // Aurora Serverless v2
        String core = strip(name);
        if (core == null) return Optional.of(wrongShape(name));
        if (this == RDS) core = RDS_OPTIONS.matcher(core).replaceFirst("");
        int dot = core.indexOf('.');
        if (dot <= 0 || dot == core.length() - 1 || core.indexOf('.', dot + 1) >= 0) return Optional.of(wrongShape(name));
        String family = core.substring(0, dot), size = core.substring(dot + 1);
        boolean familyOk = families.contains(family), sizeOk = isSize(size);
        if (familyOk && sizeOk) return Optional.empty();
        List<String> wrong = new ArrayList<>();
        if (!familyOk) wrong.add("no " + shortWhat() + " family '" + family + "'");
        if (!sizeOk) wrong.add("no size '" + size + "'");
        String f = familyOk ? family : closestFamily(family);
        String s = sizeOk ? size : Suggest.closest(size, SIZES);
        String hint;
        if (f != null && s != null) hint = "did you mean '" + prefix + f + "." + s + suffix + "'?";
        else if (f != null) hint = (familyOk ? "" : "did you mean '" + prefix + f + ".SIZE" + suffix + "'? ")
                + "sizes are " + String.join(", ", SIZES.subList(0, 6)) + ", 2xlarge ... 48xlarge, metal; e.g. " + example(f);
        else if (s != null) hint = "families include " + String.join(", ", current.subList(0, Math.min(8, current.size()))) + " ...; e.g. "
                + example(current.get(0)).replace(".medium", "." + s) + " (all: docs/language.md, 'Instance classes')";
        else hint = "write " + prefix + "FAMILY.SIZE" + suffix + ", e.g. " + example(current.get(0)) + " (the families: docs/language.md, 'Instance classes')";
        return Optional.of(new Problem("'" + name + "' is not an " + what + ": " + String.join(", ", wrong), hint));
    }

    private String shortWhat() {
        return switch (this) {
            case EC2 -> "EC2";
            case RDS -> "DB instance";
            case ELASTICACHE -> "cache node";
            case OPENSEARCH -> "OpenSearch";
        };
    }

    /** The name without this service's prefix and suffix, or null when it lacks them. */
    private String strip(String name) {
        if (!name.startsWith(prefix) || !name.endsWith(suffix) || name.length() <= prefix.length() + suffix.length()) return null;
        return name.substring(prefix.length(), name.length() - suffix.length());
    }

    /** A name that is not prefix.family.size.suffix: the usual mistake is another service's prefix or none. */
    private Problem wrongShape(String name) {
        String bare = name.toLowerCase(Locale.ROOT);
        for (InstanceClasses other : values()) {
            String s = other.strip(bare);
            if (s != null && (!other.prefix.isEmpty() || !other.suffix.isEmpty())) { bare = s; break; }
        }
        String form = prefix + "FAMILY.SIZE" + suffix;
        String candidate = prefix + bare + suffix;
        boolean fixes = !candidate.equals(name) && check(candidate).isEmpty();
        String hint = fixes ? "did you mean '" + candidate + "'?" : "e.g. " + example(current.get(0));
        String message = "'" + name + "' is not an " + what + ": " + (prefix.isEmpty() && suffix.isEmpty()
                ? "it is written FAMILY.SIZE" : "it is written " + form);
        return new Problem(message, hint);
    }

    /**
     * The family nearest by edit distance, preferring one of the same class letter (t5: t3 rather
     * than m5), then a current generation; null when none is near.
     */
    private String closestFamily(String family) {
        String f = family.toLowerCase(Locale.ROOT);
        int limit = Math.max(1, Math.min(2, f.length() / 2));
        String best = null;
        int bestScore = Integer.MAX_VALUE;
        for (String c : families) {
            int d = Suggest.distance(f, c, limit);
            if (d > limit) continue;
            int score = d * 4 + (c.charAt(0) == f.charAt(0) ? 0 : 2) + (current.contains(c) ? 0 : 1);
            if (score < bestScore) {
                bestScore = score;
                best = c;
            }
        }
        return best;
    }

    private boolean isSize(String size) {
        return SIZES.contains(size) || SIZE.matcher(size).matches();
    }

    private String example(String family) {
        return prefix + family + ".medium" + suffix;
    }
}
