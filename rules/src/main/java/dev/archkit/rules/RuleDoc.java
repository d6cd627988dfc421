package dev.archkit.rules;

/** A rule's documentation page, generated from its metadata (docs/rules/FAMILY/NAME.md). */
public final class RuleDoc {
    private RuleDoc() { }

    public static String markdown(RuleMeta m) {
        StringBuilder sb = new StringBuilder();
        sb.append("# ").append(m.id()).append("\n\n");
        sb.append(m.summary()).append(".\n\n");
        sb.append("Default severity: **").append(m.severity().label()).append("**\n\n");
        sb.append("## Why\n\n").append(m.rationale()).append("\n\n");
        sb.append("## Fix\n\n").append(m.fix()).append("\n\n");
        sb.append("## Known false positives\n\n");
        if (m.falsePositives().isEmpty()) sb.append("None known.\n\n");
        for (String f : m.falsePositives()) sb.append("- ").append(f).append('\n');
        if (!m.falsePositives().isEmpty()) sb.append('\n');
        sb.append("Where a finding is wrong for your design, suppress it on its element or dependency with the reason,\n")
          .append("so that the next reader knows why: `suppress ").append(m.id()).append(" \"why it does not apply here\"`; add\n")
          .append("`cause \"...\"` to excuse only the finding about that cause (its fingerprint: rule, subject and cause).\n\n");
        if (!m.references().isEmpty()) {
            sb.append("## References\n\n");
            for (String r : m.references()) sb.append("- ").append(r).append('\n');
            sb.append('\n');
        }
        sb.append("## Configure\n\n")
          .append("```\n")
          .append("rule ").append(m.id()).append(" error|warning|info|off     # in the architecture\n")
          .append("suppress ").append(m.id()).append(" \"why it is acceptable here\"   # on the element or dependency\n")
          .append("```\n");
        return sb.toString();
    }

    /** The index page: docs/rules/README.md. */
    public static String index(java.util.List<RuleMeta> rules) {
        StringBuilder sb = new StringBuilder("# Rules\n\n")
                .append("Generated from the rule metadata (`archkit rules` prints the same). Each page says why the rule\n")
                .append("exists, how to fix what it finds, when it fires although nothing is wrong, and the ids of the same check\n")
                .append("in other tools.\n\n")
                .append("| rule | severity | summary |\n| --- | --- | --- |\n");
        for (RuleMeta m : rules) {
            sb.append("| [").append(m.id()).append("](").append(m.id()).append(".md) | ").append(m.severity().label())
              .append(" | ").append(m.summary()).append(" |\n");
        }
        return sb.toString();
    }
}
