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
        return dev.archkit.facts.Naming.terraformLabel(name);
    }

    /**
     * A tag value archkit derives (not one the model declares): only the characters AWS accepts
     * in tags (letters, digits, spaces and {@code _ . : / = + - @}), others as '_', at most 256.
     * A route path such as {@code /api/*} would otherwise fail at apply.
     */
    static String tagValue(String s) {
        return dev.archkit.facts.AwsValues.tagValueSafe(s);
    }

    /** AWS's length limit of a security group rule description. */
    static final int DESCRIPTION = 255;

    /**
     * A rule description listing its reasons: as many whole items as fit in AWS's 255 characters,
     * then "and N more", rather than a list cut in the middle of a name.
     */
    static String listing(String prefix, java.util.Collection<String> items) {
        StringBuilder sb = new StringBuilder(prefix);
        int i = 0;
        for (String item : items) {
            String sep = i == 0 ? "" : ", ";
            String rest = " and " + (items.size() - i) + " more";
            boolean last = i == items.size() - 1;
            // description() keeps the length (it replaces characters one for one, '->' by 'to')
            int length = sb.length() + sep.length() + item.length();
            if (length + (last ? 0 : (" and " + (items.size() - i - 1) + " more").length()) > DESCRIPTION) return sb + rest;
            sb.append(sep).append(item);
            i++;
        }
        return sb.toString();
    }

    /** Only the characters AWS accepts in a security group rule description. */
    static String description(String s) {
        String t = s.replace("->", "to").replaceAll("[^a-zA-Z0-9. _\\-:/()#,@\\[\\]+=&;{}!$*]", "_");
        return t.length() > DESCRIPTION ? t.substring(0, DESCRIPTION) : t;
    }
}
