package dev.archkit.gen.terraform;

/**
 * Terraform-side names derived from the model, stable across runs: resource labels (the element
 * names made into identifiers) and rule descriptions. AWS names are facts, read from
 * {@link dev.archkit.facts.Names}.
 */
final class Labels {
    private Labels() { }

    /** A Terraform resource label: letters, digits, underscores and dashes, starting with a letter or underscore. */
    static String label(String name) {
        String s = name.replaceAll("[^A-Za-z0-9_-]", "_");
        if (!Character.isLetter(s.charAt(0)) && s.charAt(0) != '_') s = "_" + s;
        return s;
    }

    /**
     * A tag value archkit derives (not one the model declares): only the characters AWS accepts
     * in tags (letters, digits, spaces and {@code _ . : / = + - @}), others as '_', at most 256.
     * A route path such as {@code /api/*} would otherwise fail at apply.
     */
    static String tagValue(String s) {
        return dev.archkit.facts.AwsValues.tagValueSafe(s);
    }

    /** Only the characters AWS accepts in a security group rule description. */
    static String description(String s) {
        String t = s.replace("->", "to").replaceAll("[^a-zA-Z0-9. _\\-:/()#,@\\[\\]+=&;{}!$*]", "_");
        return t.length() > 255 ? t.substring(0, 255) : t;
    }
}
