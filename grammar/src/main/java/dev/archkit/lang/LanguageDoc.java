package dev.archkit.lang;

import dev.archkit.model.schema.InstanceClasses;
import dev.archkit.model.schema.KindSpec;
import dev.archkit.model.schema.PropertySpec;
import dev.archkit.model.schema.Schema;
import dev.archkit.model.schema.ValueType;

import java.util.Set;

/**
 * Writes the kinds-and-properties part of docs/language.md from the schema, so the reference
 * cannot drift from what the checker accepts (a test compares the file with this output).
 */
public final class LanguageDoc {
    private LanguageDoc() { }

    public static final String BEGIN = "<!-- generated from the schema: do not edit below this line -->";

    private static final Set<String> COMMON = Set.of("description", "aws-name", "tag", "suppress");

    public static String reference() {
        StringBuilder sb = new StringBuilder();
        sb.append(BEGIN).append("\n\n## Value types\n\n| type | written as | example |\n| --- | --- | --- |\n");
        for (ValueType t : ValueType.values()) {
            if (t == ValueType.ENUM || t == ValueType.REF) continue;
            sb.append("| ").append(t.name()).append(" | ").append(t.description()).append(" | `").append(t.example()).append("` |\n");
        }
        sb.append("\nWords in `A|B|C` are the allowed values; `NAME` is the name of a declared element; ")
          .append("`[...]` is optional; `X, ...` is a comma-separated list.\n");
        instanceClasses(sb);
        sb.append("\n## Properties every element takes\n\n");
        KindSpec any = Schema.kind("service");
        for (String k : new String[]{"description", "aws-name", "tag", "suppress"}) row(sb, any.property(k));
        for (KindSpec k : Schema.kinds().values()) {
            sb.append("\n## ").append(k.kind()).append("\n\n").append(k.doc()).append('\n');
            if (!k.inline().slots().isEmpty()) {
                sb.append("\nOn the declaration line: `").append(k.kind()).append(" NAME ").append(k.inline().usage()).append("`\n");
            }
            if (k.isNested()) sb.append("\nDeclared inside a ").append(parent(k.kind())).append(".\n");
            if (k.isNode()) sb.append("\nMay stand on either side of a dependency (`->`, `~>`).\n");
            if (!k.children().isEmpty()) sb.append("\nContains: ").append(String.join(", ", k.children())).append(".\n");
            sb.append("\n```\n").append(k.example()).append("\n```\n\n");
            sb.append("| property | values | meaning |\n| --- | --- | --- |\n");
            for (PropertySpec p : k.properties().values()) {
                if (COMMON.contains(p.key()) || p.doc().startsWith("Same as on the declaration line")) continue;
                row(sb, p);
            }
        }
        return sb.toString();
    }

    /** The families and sizes the class-like value types accept, from {@link InstanceClasses}. */
    private static void instanceClasses(StringBuilder sb) {
        sb.append("\n## Instance classes\n\n")
          .append("EC2 instance types (`instance` of a node group), RDS and Aurora classes and ElastiCache node types (`class` of a ")
          .append("database or cache) and OpenSearch instance types (`class` of a search domain) are checked when the file is read: ")
          .append("a name AWS cannot have (an unknown family or size, a missing or wrong prefix) is an error with a suggestion. ")
          .append("Any listed family with any size is accepted, whether or not that pair exists; whether it is priced is for ")
          .append("`archkit cost` to say (a real class the price table lacks is left out of a total marked partial, not an error).\n\n")
          .append("The families are those of the embedded price table (a test keeps it so) and the current and previous generations of ")
          .append("AWS's pages on EC2 instance types, RDS DB instance classes, ElastiCache node types and OpenSearch instance types. ")
          .append("To accept a new family, add it to `model/src/main/java/dev/archkit/model/schema/InstanceClasses.java`.\n\n")
          .append("Sizes: ").append(String.join(", ", InstanceClasses.SIZES)).append(", any `Nxlarge` and `metal-Nxl`.\n\n")
          .append("| value type | written as | families |\n| --- | --- | --- |\n");
        for (InstanceClasses c : InstanceClasses.values()) {
            sb.append("| ").append(c.type().name()).append(" | `").append(c.type().example()).append("` | ")
              .append(String.join(", ", c.families())).append(" |\n");
        }
    }

    private static void row(StringBuilder sb, PropertySpec p) {
        sb.append("| `").append(p.key()).append("` | `").append(p.signature().usage().replace("|", "\\|")).append("` | ")
          .append(p.doc()).append(p.repeatable() ? " May be repeated." : "");
        if (p.example() != null) sb.append(" Example: `").append(p.example().replace("|", "\\|")).append('`');
        sb.append(" |\n");
    }

    private static String parent(String kind) {
        for (KindSpec k : Schema.kinds().values()) if (k.children().contains(kind)) return k.kind();
        return "block";
    }
}
