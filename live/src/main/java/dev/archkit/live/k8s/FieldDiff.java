package dev.archkit.live.k8s;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.Quantity;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The fields of one object that differ between what archkit writes and what the cluster holds,
 * field by field. Only the fields archkit sets are compared: whatever the API server or a
 * controller adds (a defaulted strategy, clusterIP, protocol, status, annotations of other tools)
 * is not drift. Three exceptions, where an addition changes behaviour and no server adds one:
 * <ul>
 *   <li>selectors and resources ({@code matchLabels}, a Service's {@code selector},
 *       {@code requests}, {@code limits}, {@code nodeSelector}): keys the model does not set are reported;</li>
 *   <li>lists (containers, ports, env, rules, peers...): an entry archkit does not write is
 *       reported; entries are matched by {@code name} (else {@code containerPort}) when they have
 *       one, else by position;</li>
 *   <li>lists archkit owns even when it writes none: a container's {@code env}, {@code ports} and
 *       {@code volumeMounts}, the pod's {@code volumes}, a NetworkPolicy's {@code ingress}.</li>
 * </ul>
 * Quantities compare by amount ({@code 0.5} is {@code 500m}, {@code 1Gi} is {@code 1024Mi}).
 */
final class FieldDiff {

    /** One field: its path ({@code spec.template.spec.containers[api].image}), the model's value and the live one ("absent" when there is none). */
    record Difference(String path, String model, String live) { }

    static final String ABSENT = "absent";

    private static final ObjectMapper JSON = new ObjectMapper().setSerializationInclusion(JsonInclude.Include.NON_NULL);
    private static final Set<String> EXACT_MAPS = Set.of("matchLabels", "selector", "requests", "limits", "nodeSelector");
    private static final Set<String> QUANTITIES = Set.of("requests", "limits");
    /** Owned lists, by their path with list entries written [*]. */
    private static final Set<String> OWNED = Set.of(
            "spec.template.spec.containers[*].env", "spec.template.spec.containers[*].ports", "spec.template.spec.containers[*].volumeMounts",
            "spec.template.spec.volumes", "spec.ingress");

    private FieldDiff() { }

    /** The differences in {@code metadata} and {@code spec} (the kind and API version are those of the list read; status is the cluster's). */
    static List<Difference> between(Object model, Object live) {
        List<Difference> out = new ArrayList<>();
        JsonNode m = JSON.valueToTree(model), l = JSON.valueToTree(live);
        for (String part : List.of("metadata", "spec")) {
            if (m.has(part)) walk(part, m.get(part), l.get(part), part, out);
        }
        return out;
    }

    private static void walk(String path, JsonNode model, JsonNode live, String field, List<Difference> out) {
        if (model.isObject()) object(path, model, live, field, out);
        else if (model.isArray()) array(path, model, live, out);
        else scalar(path, model, live, field, out);
    }

    private static void object(String path, JsonNode model, JsonNode live, String field, List<Difference> out) {
        if (live == null || live.isMissingNode() || live.isNull()) {
            if (!model.isEmpty()) out.add(new Difference(path, compact(model), ABSENT));
            return;
        }
        if (!live.isObject()) {
            out.add(new Difference(path, compact(model), compact(live)));
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = model.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            walk(child(path, f.getKey()), f.getValue(), live.get(f.getKey()), f.getKey(), out);
        }
        boolean exact = field != null && EXACT_MAPS.contains(field);
        for (Iterator<Map.Entry<String, JsonNode>> it = live.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            if (model.has(f.getKey())) continue;
            String p = child(path, f.getKey());
            if (exact || (OWNED.contains(pattern(p)) && !f.getValue().isEmpty())) out.add(new Difference(p, ABSENT, compact(f.getValue())));
        }
    }

    private static void array(String path, JsonNode model, JsonNode live, List<Difference> out) {
        if (live == null || live.isMissingNode() || live.isNull()) {
            if (!model.isEmpty()) out.add(new Difference(path, compact(model), ABSENT));
            return;
        }
        if (!live.isArray()) {
            out.add(new Difference(path, compact(model), compact(live)));
            return;
        }
        boolean scalars = true;
        for (JsonNode n : model) scalars &= n.isValueNode();
        for (JsonNode n : live) scalars &= n.isValueNode();
        if (scalars) {
            if (!model.equals(live)) out.add(new Difference(path, compact(model), compact(live)));
            return;
        }
        Map<String, JsonNode> models = entries(model), lives = entries(live);
        models.forEach((key, m) -> {
            JsonNode l = lives.get(key);
            if (l == null) out.add(new Difference(path + "[" + key + "]", compact(m), ABSENT));
            else walk(path + "[" + key + "]", m, l, null, out);
        });
        lives.forEach((key, l) -> {
            if (!models.containsKey(key)) out.add(new Difference(path + "[" + key + "]", ABSENT, compact(l)));
        });
    }

    private static void scalar(String path, JsonNode model, JsonNode live, String field, List<Difference> out) {
        if (live == null || live.isMissingNode() || live.isNull()) {
            out.add(new Difference(path, model.asText(), ABSENT));
            return;
        }
        if (model.asText().equals(live.asText()) && live.isValueNode()) return;
        if (isQuantity(path) && live.isValueNode() && sameAmount(model.asText(), live.asText())) return;
        out.add(new Difference(path, model.asText(), live.isValueNode() ? live.asText() : compact(live)));
    }

    /** A list's entries by key: {@code name}, else {@code containerPort}, else the position. */
    private static Map<String, JsonNode> entries(JsonNode array) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        int i = 0;
        for (JsonNode n : array) {
            String key = n.path("name").isTextual() ? n.path("name").asText()
                    : n.path("containerPort").isNumber() ? n.path("containerPort").asText() : String.valueOf(i);
            out.putIfAbsent(key, n);
            i++;
        }
        return out;
    }

    private static boolean isQuantity(String path) {
        int dot = path.lastIndexOf('.');
        String parent = dot < 0 ? "" : path.substring(0, dot);
        int pdot = parent.lastIndexOf('.');
        return QUANTITIES.contains(parent.substring(pdot + 1));
    }

    private static boolean sameAmount(String a, String b) {
        try {
            return Quantity.getAmountInBytes(new Quantity(a)).compareTo(Quantity.getAmountInBytes(new Quantity(b))) == 0;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static String child(String path, String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    /** The path with list entries written [*]. */
    private static String pattern(String path) {
        return path.replaceAll("\\[[^\\]]*]", "[*]");
    }

    private static String compact(JsonNode n) {
        return n.isValueNode() ? n.asText() : n.toString();
    }
}
