package dev.archkit.gen.terraform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Terraform AWS provider's own schema for the resource types archkit writes, one major version
 * per extract (src/test/resources/provider-schema/aws-N.x.json, written by
 * tools/provider-schema/extract.mjs from the provider's published CDKTF bindings). Checks a parsed
 * Terraform document against it: known resource and data source types, argument and nested block
 * names, required arguments and blocks, the provider's own configuration, and the shape of literal values (a block is not a string, a
 * string is not a list).
 */
final class ProviderSchema {
    static final Path DIR = Path.of("src", "test", "resources", "provider-schema");
    /** Terraform's meta-arguments, allowed on every resource and data source. */
    static final Set<String> META = Set.of("count", "depends_on", "lifecycle", "for_each", "provider");

    final String version;
    private final JsonNode resources;
    private final JsonNode data;
    private final JsonNode configuration;

    private ProviderSchema(JsonNode root) {
        this.version = root.path("version").asText();
        this.resources = root.path("resources");
        this.data = root.path("data");
        this.configuration = root.path("configuration");
    }

    static ProviderSchema major(int major) {
        Path file = DIR.resolve("aws-" + major + ".x.json");
        try {
            return new ProviderSchema(new ObjectMapper().readTree(Files.readString(file)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + " (regenerate: cd tools/provider-schema && npm ci && node extract.mjs)", e);
        }
    }

    /** What is wrong with a document parsed by hcl4j, each problem as "where: what". */
    @SuppressWarnings("unchecked")
    List<String> check(String where, Map<String, Object> doc) {
        List<String> problems = new ArrayList<>();
        Object provider = ((Map<String, Object>) doc.getOrDefault("provider", Map.of())).get("aws");
        if (provider != null) {
            for (Object body : instances(provider)) block(where, "provider aws", configuration, body, false, problems);
        }
        for (String section : List.of("resource", "data")) {
            JsonNode types = section.equals("resource") ? resources : data;
            Map<String, Object> blocks = (Map<String, Object>) doc.getOrDefault(section, Map.of());
            for (Map.Entry<String, Object> type : blocks.entrySet()) {
                JsonNode schema = types.get(type.getKey());
                if (schema == null) {
                    problems.add(where + ": " + section + " type " + type.getKey() + " is not in provider " + version
                            + " (or its prefix is missing from tools/provider-schema/prefixes.txt)");
                    continue;
                }
                for (Map.Entry<String, Object> named : ((Map<String, Object>) type.getValue()).entrySet()) {
                    String path = type.getKey() + "." + named.getKey();
                    for (Object body : instances(named.getValue())) block(where, path, schema, body, true, problems);
                }
            }
        }
        return problems;
    }

    private static List<Object> instances(Object v) {
        return v instanceof List<?> l ? new ArrayList<>(l) : List.of(v);
    }

    @SuppressWarnings("unchecked")
    private void block(String where, String path, JsonNode schema, Object body, boolean top, List<String> problems) {
        if (!(body instanceof Map<?, ?>)) {
            problems.add(where + ": " + path + " must be a block, found " + shape(body));
            return;
        }
        Map<String, Object> m = (Map<String, Object>) body;
        for (Map.Entry<String, Object> e : m.entrySet()) {
            if (top && META.contains(e.getKey())) continue;
            JsonNode arg = schema.get(e.getKey());
            if (arg == null) {
                problems.add(where + ": " + path + " has no argument or block '" + e.getKey() + "' in provider " + version);
                continue;
            }
            value(where, path + "." + e.getKey(), arg, e.getValue(), problems);
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = schema.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            if (f.getValue().path("required").asBoolean() && !m.containsKey(f.getKey())) {
                problems.add(where + ": " + path + " lacks the required " + (f.getValue().has("block") ? "block" : "argument")
                        + " '" + f.getKey() + "' (provider " + version + ")");
            }
        }
    }

    private void value(String where, String path, JsonNode arg, Object v, List<String> problems) {
        if (arg.has("block")) {
            if (v instanceof List<?> l && !arg.path("many").asBoolean() && l.size() > 1) {
                problems.add(where + ": " + path + " is a single block, found " + l.size());
            }
            for (Object one : instances(v)) block(where, path, arg.get("block"), one, false, problems);
            return;
        }
        String type = arg.path("type").asText("any");
        boolean collection = v instanceof Map<?, ?> || v instanceof List<?>;
        if (type.startsWith("map(") && v instanceof List<?>) problems.add(where + ": " + path + " is a map, found a list");
        else if ((type.startsWith("list(") || type.startsWith("set(")) && v instanceof Map<?, ?>) problems.add(where + ": " + path + " is a list, found " + shape(v));
        else if (Set.of("string", "number", "bool").contains(type) && collection) problems.add(where + ": " + path + " is a " + type + ", found " + shape(v));
        else if (type.equals("number") && v instanceof Boolean) problems.add(where + ": " + path + " is a number, found a bool");
        else if (type.equals("bool") && v instanceof Number) problems.add(where + ": " + path + " is a bool, found a number");
    }

    private static String shape(Object v) {
        if (v instanceof Map<?, ?>) return "a block or object";
        if (v instanceof List<?>) return "a list";
        if (v instanceof String) return "a string";
        if (v instanceof Number) return "a number";
        if (v instanceof Boolean) return "a bool";
        return v == null ? "nothing" : "an expression";
    }
}
