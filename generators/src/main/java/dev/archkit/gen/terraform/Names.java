package dev.archkit.gen.terraform;


/**
 * Names derived from the model, stable across runs. Terraform labels are the element names made
 * into identifiers; AWS names follow {@link dev.archkit.facts.Naming}.
 */
final class Names {
    private Names() { }

    /** A Terraform resource label: letters, digits, underscores and dashes, starting with a letter or underscore. */
    static String label(String name) {
        String s = name.replaceAll("[^A-Za-z0-9_-]", "_");
        if (!Character.isLetter(s.charAt(0)) && s.charAt(0) != '_') s = "_" + s;
        return s;
    }

    /** A name within AWS's length limit (the naming drift matches). */
    static String limit(String name, int max) {
        return dev.archkit.facts.Naming.limit(name, max);
    }

    /** Only the characters AWS accepts in a security group rule description. */
    static String description(String s) {
        String t = s.replace("->", "to").replaceAll("[^a-zA-Z0-9. _\\-:/()#,@\\[\\]+=&;{}!$*]", "_");
        return t.length() > 255 ? t.substring(0, 255) : t;
    }
}
