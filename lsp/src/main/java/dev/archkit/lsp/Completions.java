package dev.archkit.lsp;

import dev.archkit.cost.Price;
import dev.archkit.cost.PriceTable;
import dev.archkit.lang.Vocabulary;
import dev.archkit.model.Architecture;
import dev.archkit.model.Element;
import dev.archkit.model.Value;
import dev.archkit.model.schema.KindSpec;
import dev.archkit.model.schema.PropertySpec;
import dev.archkit.model.schema.Schema;
import dev.archkit.model.schema.Signature;
import dev.archkit.model.schema.Slot;
import dev.archkit.model.schema.ValueType;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemKind;
import org.eclipse.lsp4j.Position;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Completion from the schema and the model: at the start of a statement, the words valid in the
 * enclosing block (the kinds and properties the schema allows there, element names to start a
 * dependency); after a property's key, what its signature takes (its keywords, the names of
 * elements of the kinds it may refer to, its fixed words such as engines, regions, zones and
 * instance classes from the price table); after an arrow, the elements a dependency may reach.
 */
final class Completions {
    private Completions() { }

    static List<CompletionItem> at(String text, Position p, Analysis a, String file) {
        Context c = Context.of(text.substring(0, Positions.offset(text, p)));
        if (c.inString || c.inComment) return List.of();
        Architecture arch = a.modelOf(file).map(Analysis.Root::architecture).orElse(null);
        Map<String, CompletionItem> out = new LinkedHashMap<>();
        String block = c.blocks.isEmpty() ? null : c.blocks.get(c.blocks.size() - 1);
        if (c.words.isEmpty()) {
            statementStart(block, arch, out);
        } else if (c.words.contains("->") || c.words.contains("~>")) {
            names(arch, Schema.nodeKinds(), out);
        } else {
            String first = c.words.get(0);
            KindSpec where = spec(block);
            PropertySpec prop = where == null ? null : where.property(first);
            if (prop != null) {
                slots(first, prop.signature(), where.kind(), arch, out);
            } else if (Schema.kind(first) != null && c.words.size() >= 2 && Schema.kind(first).inline() != null) {
                slots(first, Schema.kind(first).inline(), first, arch, out);
            }
        }
        return new ArrayList<>(out.values());
    }

    /** The schema of the block a statement is in: the architecture's at the top, a kind's inside its element, the dependency's in an edge. */
    private static KindSpec spec(String block) {
        if (block == null) return Schema.kind(Schema.ARCHITECTURE);
        if (block.equals("->")) return Schema.kind(Schema.DEPENDENCY);
        return Schema.kind(block);
    }

    private static void statementStart(String block, Architecture arch, Map<String, CompletionItem> out) {
        if (block == null) {
            add(out, "architecture", CompletionItemKind.Keyword, "the architecture block");
            add(out, "import", CompletionItemKind.Keyword, "import \"file.arch\"");
        }
        KindSpec spec = spec(block);
        if (block == null || block.equals(Schema.ARCHITECTURE) || block.equals(Schema.ENVIRONMENT)) {
            for (String k : Schema.topLevelKinds()) add(out, k, CompletionItemKind.Class, Schema.kind(k).doc());
            if (!Schema.ENVIRONMENT.equals(block)) add(out, Schema.ENVIRONMENT, CompletionItemKind.Module, Schema.kind(Schema.ENVIRONMENT).doc());
            if (block != null) properties(spec, out);
            names(arch, Schema.nodeKinds(), out);   // the source of a dependency
            return;
        }
        if (spec == null) return;
        properties(spec, out);
        for (String child : spec.children()) add(out, child, CompletionItemKind.Class, Schema.kind(child).doc());
        if (spec.isNode()) add(out, "->", CompletionItemKind.Operator, "a dependency of this element");
    }

    private static void properties(KindSpec spec, Map<String, CompletionItem> out) {
        if (spec == null) return;
        for (PropertySpec ps : spec.properties().values()) {
            CompletionItem i = add(out, ps.key(), CompletionItemKind.Property, ps.signature().usage());
            i.setDocumentation(ps.doc() + (ps.example() == null ? "" : "\n\n" + ps.example()));
        }
    }

    private static void slots(String key, Signature sig, String kind, Architecture arch, Map<String, CompletionItem> out) {
        for (Slot s : sig.slots()) {
            switch (s.kind()) {
                case KEYWORD, REQUIRED, FLAG, LITERAL -> add(out, s.name(), CompletionItemKind.Keyword, s.doc());
                default -> { }
            }
            if (s.type() == null) continue;
            if (s.type().base() == ValueType.REF) names(arch, List.copyOf(s.type().refKinds()), out);
            if (s.type().base() == ValueType.ENUM && s.type().words() != null) {
                for (String w : s.type().words()) add(out, w, CompletionItemKind.EnumMember, null);
            }
            if (s.type().base() == ValueType.REGION) {
                for (String r : Vocabulary.regions()) add(out, r, CompletionItemKind.Value, "AWS region");
            }
            if (s.type().base() == ValueType.ZONE) zones(arch, out);
        }
        if (key.equals("class") || key.equals("instance")) sizes(key, kind, arch, out);
    }

    private static void zones(Architecture arch, Map<String, CompletionItem> out) {
        if (arch == null) return;
        Value z = arch.value("zones");
        if (z instanceof Value.ListValue l) {
            for (Value v : l.items()) add(out, v.text(), CompletionItemKind.Value, "a zone of the architecture");
        } else if (z != null) {
            add(out, z.text(), CompletionItemKind.Value, "a zone of the architecture");
        }
    }

    /** Instance classes the embedded price table knows in the architecture's region (every region's when it has none). */
    private static void sizes(String key, String kind, Architecture arch, Map<String, CompletionItem> out) {
        List<Price.Sizes> tables = switch (kind) {
            case "database" -> List.of(Price.Sizes.RDS, Price.Sizes.AURORA);
            case "cache" -> List.of(Price.Sizes.ELASTICACHE);
            case "nodegroup" -> List.of(Price.Sizes.EC2);
            default -> List.of();
        };
        if (tables.isEmpty()) return;
        PriceTable prices = PriceTable.embedded();
        List<String> regions = arch != null && arch.region() != null && prices.region(arch.region()) != null ? List.of(arch.region()) : prices.regions();
        TreeSet<String> all = new TreeSet<>();
        for (String r : regions) {
            for (Price.Sizes t : tables) {
                Map<String, Double> m = prices.region(r).sizes().get(t);
                if (m != null) all.addAll(m.keySet());
            }
        }
        for (String s : all) add(out, s, CompletionItemKind.Value, "priced in the embedded table (" + prices.date() + ")");
    }

    private static void names(Architecture arch, List<String> kinds, Map<String, CompletionItem> out) {
        if (arch == null) return;
        for (Element e : arch.allElements()) {
            if (kinds.contains(e.kind())) add(out, e.name(), CompletionItemKind.Reference, e.kind());
        }
    }

    private static CompletionItem add(Map<String, CompletionItem> out, String label, CompletionItemKind kind, String detail) {
        return out.computeIfAbsent(label, l -> {
            CompletionItem i = new CompletionItem(l);
            i.setKind(kind);
            if (detail != null) i.setDetail(detail);
            return i;
        });
    }

    /**
     * Where the cursor is, read from the text before it: the blocks it is in (each named by the
     * first word of the statement that opened it; '->' for a dependency's), and the words of the
     * statement so far (not the one being typed).
     */
    static final class Context {
        final List<String> blocks = new ArrayList<>();
        final List<String> words = new ArrayList<>();
        boolean inString, inComment;

        static Context of(String before) {
            Context c = new Context();
            StringBuilder word = new StringBuilder();
            boolean edge = false;
            int i = 0, n = before.length();
            while (i < n) {
                char ch = before.charAt(i);
                if (c.inComment) {
                    if (ch == '\n') c.inComment = false; else { i++; continue; }
                }
                if (c.inString) {
                    if (ch == '\\') { i += 2; continue; }
                    if (ch == '"') c.inString = false;
                    i++;
                    continue;
                }
                if (Positions.wordChar(ch) && !(ch == '-' && i + 1 < n && before.charAt(i + 1) == '>') && !(ch == '/' && i + 1 < n && before.charAt(i + 1) == '/' && word.length() == 0)) {
                    word.append(ch);
                    i++;
                    continue;
                }
                if (word.length() > 0) { c.words.add(word.toString()); word.setLength(0); }
                if (ch == '#') { c.inComment = true; }
                else if (ch == '/' && i + 1 < n && before.charAt(i + 1) == '/') { c.inComment = true; }
                else if (ch == '"') { c.inString = true; c.words.add("\"\""); }
                else if ((ch == '-' || ch == '~') && i + 1 < n && before.charAt(i + 1) == '>') { c.words.add(ch + ">"); edge = true; i++; }
                else if (ch == '{') {
                    c.blocks.add(edge ? "->" : c.words.isEmpty() ? "?" : c.words.get(0));
                    c.words.clear();
                    edge = false;
                } else if (ch == '}') {
                    if (!c.blocks.isEmpty()) c.blocks.remove(c.blocks.size() - 1);
                    c.words.clear();
                    edge = false;
                } else if (ch == '\n') {
                    if (c.words.isEmpty() || !c.words.get(c.words.size() - 1).equals(",")) { c.words.clear(); edge = false; }
                } else if (ch == ',') {
                    c.words.add(",");
                }
                i++;
            }
            if (word.length() > 0 && c.inString) word.setLength(0);
            return c;
        }
    }
}
