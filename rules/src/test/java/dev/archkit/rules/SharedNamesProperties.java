package dev.archkit.rules;

import dev.archkit.lang.ModelBuilder;
import dev.archkit.model.Element;
import dev.archkit.model.Parallelism;
import dev.archkit.model.schema.Schema;
import dev.archkit.rules.catalog.Catalog;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Names are unique per namespace, not across kinds: renaming the network, subnets, NAT gateways,
 * endpoints, security groups, clusters, roles and alarms of a clean example after its services
 * and data stores must leave the model valid and every finding where it was (rule, severity,
 * line; only the names in subjects and messages change). A lookup that mixed up two elements of
 * one name would move, add or lose a finding.
 */
class SharedNamesProperties {

    /** The examples read from one file (no imports), whose text can be renamed in place. */
    static List<Path> examples() {
        try (Stream<Path> s = Files.walk(Path.of("..", "examples"))) {
            return s.filter(p -> p.toString().endsWith(".arch")).filter(p -> {
                String text = read(p);
                return !text.contains("import \"") && text.contains("architecture ");
            }).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Provide
    Arbitrary<Path> example() {
        return Arbitraries.of(examples());
    }

    @Property(tries = 100)
    void sharingNamesAcrossKindsChangesNoFinding(@ForAll("example") Path file, @ForAll long seed) {
        String text = read(file);
        var before = ModelBuilder.buildText(file.toString(), text);
        assertThat(diags(before)).noneMatch(d -> d.startsWith("ERROR"));
        Map<String, String> renames = renames(before.architecture().allElements(), new Random(seed));
        assertThat(renames).as("something to rename in " + file).isNotEmpty();
        String renamed = rename(text, renames);
        var after = ModelBuilder.buildText(file.toString(), renamed);
        assertThat(diags(after)).as(renames + "\n" + renamed).isEqualTo(diags(before));
        assertThat(after.architecture().allElements()).hasSameSizeAs(before.architecture().allElements());
        assertThat(where(after.architecture())).as(renames.toString()).isEqualTo(where(before.architecture()));
    }

    private static List<String> diags(ModelBuilder.Result r) {
        return r.diagnostics().stream().map(d -> d.severity() + " " + d.code() + " " + d.location().line() + " " + d.message()).sorted().toList();
    }

    /** Each finding's rule, severity and line (columns move with the names), sorted. */
    private static List<String> where(dev.archkit.model.Architecture a) {
        List<String> out = new ArrayList<>();
        RuleEngine engine = new RuleEngine(Catalog.RULES, Parallelism.serial());
        List<dev.archkit.model.Architecture> views = new ArrayList<>();
        if (a.environments().isEmpty()) views.add(a);
        for (var env : a.environments()) views.add(a.forEnvironment(env.name()));
        for (var v : views) {
            for (Finding f : engine.run(v).findings()) {
                out.add(v.environment() + " " + f.ruleId() + " " + f.severity() + " " + f.location().line());
            }
        }
        out.sort(null);
        return out;
    }

    /**
     * Every element that is not a node renamed after a node, distinct within its own kind (a
     * kind with more elements than there are nodes keeps the rest of its names).
     */
    static Map<String, String> renames(List<Element> elements, Random random) {
        List<String> nodes = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (Element e : elements) {
            used.add(e.name());
            if (Schema.isNode(e.kind())) nodes.add(e.name());
        }
        Map<String, List<String>> free = new HashMap<>();
        Map<String, Set<String>> taken = new HashMap<>();   // per kind, as AWS would spell the names ('Users' and 'users' are one)
        Map<String, String> out = new LinkedHashMap<>();
        Set<String> words = vocabulary();
        for (Element e : elements) {
            if (Schema.isNode(e.kind()) || out.containsKey(e.name()) || words.contains(e.name())) continue;   // 'swarm' is a cluster's name and a type
            List<String> left = free.computeIfAbsent(e.kind(), k -> new ArrayList<>(nodes));
            Set<String> spelt = taken.computeIfAbsent(e.kind(), k -> new HashSet<>());
            left.removeIf(n -> spelt.contains(aws(n)));
            String to = left.isEmpty() ? e.name() : left.remove(random.nextInt(left.size()));
            spelt.add(aws(to));
            if (!to.equals(e.name())) out.put(e.name(), to);
        }
        return out;
    }

    /** Every word of the language (kinds, property keys, the words of word-set values): a name spelt like one is left as it is. */
    private static Set<String> vocabulary() {
        Set<String> out = new HashSet<>();
        for (var k : Schema.kinds().values()) {
            out.add(k.kind());
            for (var p : k.properties().values()) {
                out.add(p.key());
                for (var slot : p.signature().slots()) {
                    out.add(slot.name());
                    if (slot.type() != null && slot.type().words() != null) out.addAll(slot.type().words());
                }
            }
        }
        return out;
    }

    private static String aws(String name) {
        return name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]", "-");
    }

    /** Replaces each name where it stands as a whole word of the language (not inside a path, an ARN or a longer name). */
    static String rename(String text, Map<String, String> renames) {
        Pattern word = Pattern.compile("(?<![A-Za-z0-9_./:\\-])[A-Za-z0-9][A-Za-z0-9_.\\-]*(?![A-Za-z0-9_/:\\-])");
        StringBuilder sb = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            int hash = line.indexOf('#');
            String code = hash >= 0 ? line.substring(0, hash) : line, comment = hash >= 0 ? line.substring(hash) : "";
            Matcher m = word.matcher(code);
            StringBuilder l = new StringBuilder();
            int quotes = 0, last = 0;
            while (m.find()) {
                for (int i = last; i < m.start(); i++) if (code.charAt(i) == '"') quotes++;
                last = m.start();
                String w = m.group();
                String to = quotes % 2 == 0 ? renames.get(w.endsWith(".") ? w.substring(0, w.length() - 1) : w) : null;
                if (to != null && w.endsWith(".")) to = to + ".";
                m.appendReplacement(l, Matcher.quoteReplacement(to != null ? to : w));
            }
            m.appendTail(l);
            sb.append(l).append(comment).append('\n');
        }
        return sb.substring(0, sb.length() - 1);
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
