package dev.archkit.model;

import java.util.List;
import java.util.Locale;

/**
 * One environment's overrides: properties of the architecture (budget, zones), partial
 * elements whose properties replace the base element's, elements only this environment has,
 * dependencies it adds, and elements it leaves out.
 */
public record Environment(String name, Location location, List<Property> properties,
                          List<Element> elements, List<Dependency> dependencies) {

    public Environment {
        properties = List.copyOf(properties);
        elements = List.copyOf(elements);
        dependencies = List.copyOf(dependencies);
    }

    public Property property(String key) {
        for (Property p : properties) if (p.key().equals(key)) return p;
        return null;
    }

    /** production, staging, development or test; from 'stage', else guessed from the name. */
    public String stage() {
        Property p = property("stage");
        if (p != null) return p.value().text();
        return stageOf(name);
    }

    /** The stage an environment of this name is for when it does not say: prod is production, stg staging, dev development. */
    public static String stageOf(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.startsWith("prod") || n.equals("prd") || n.equals("live")) return "production";
        if (n.startsWith("st") || n.startsWith("pre") || n.equals("uat") || n.equals("qa")) return "staging";
        if (n.startsWith("test")) return "test";
        return "development";
    }

    public boolean isProduction() {
        return stage().equals("production");
    }
}
