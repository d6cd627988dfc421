package dev.archkit.gen.k8s;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The kustomize layout: {@code base/UNIT/} holds the objects of the base view, one directory
 * per unit with its own kustomization; {@code overlays/ENV/kustomization.yaml} lists the units
 * that environment runs: a base unit where the environment's objects are the same, else the
 * environment's own copy of the unit under {@code overlays/ENV/UNIT/}. A unit the environment
 * excludes is simply not listed. {@code kustomize build overlays/ENV} gives exactly the
 * environment's objects.
 */
final class Kustomize {
    private Kustomize() { }

    /** Every file of the layout, by path, in path order. */
    static Map<String, String> layout(String header, Map<String, Map<String, String>> base, Map<String, Map<String, Map<String, String>>> overlays) {
        Map<String, String> out = new TreeMap<>();
        base.forEach((unit, files) -> unit(out, header, "base/" + unit + "/", files));
        out.put("base/kustomization.yaml", header + kustomization(base.keySet().stream().toList()));
        overlays.forEach((env, units) -> {
            List<String> resources = new ArrayList<>();
            units.forEach((unit, files) -> {
                if (files.equals(base.get(unit))) {
                    resources.add("../../base/" + unit);
                } else {
                    resources.add(unit);
                    unit(out, header, "overlays/" + env + "/" + unit + "/", files);
                }
            });
            out.put("overlays/" + env + "/kustomization.yaml", header + kustomization(resources));
        });
        return out;
    }

    private static void unit(Map<String, String> out, String header, String dir, Map<String, String> files) {
        files.forEach((name, yaml) -> out.put(dir + name, header + yaml));
        out.put(dir + "kustomization.yaml", header + kustomization(files.keySet().stream().toList()));
    }

    private static String kustomization(List<String> resources) {
        Map<String, Object> k = new LinkedHashMap<>();
        k.put("apiVersion", "kustomize.config.k8s.io/v1beta1");
        k.put("kind", "Kustomization");
        k.put("resources", resources);
        return Yaml.write(k);
    }
}
