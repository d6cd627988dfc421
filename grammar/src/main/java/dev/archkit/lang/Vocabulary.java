package dev.archkit.lang;

import java.util.List;

/** Word lists of the language that editors offer while typing (the same lists the checks accept). */
public final class Vocabulary {
    private Vocabulary() { }

    /** The AWS regions a 'region' may name. */
    public static List<String> regions() {
        return Semantics.REGIONS;
    }
}
