package dev.archkit.cli;

import dev.archkit.model.Suggest;
import dev.archkit.rules.catalog.Catalog;
import dev.archkit.rules.Rule;
import dev.archkit.rules.RuleDoc;
import dev.archkit.rules.RuleMeta;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;


@Command(name = "rules",
        description = {
            "List the rules, or print the documentation of one.",
            "",
            "Each rule has a stable id 'family/name', a default severity, a rationale and a fix. Change a rule's severity in the architecture with 'rule ID error|warning|info|off'; excuse one finding on its element with 'suppress ID \"reason\"'.",
        },
        mixinStandardHelpOptions = true,
        footer = {"", "Examples:", "  archkit rules", "  archkit rules least-privilege/unneeded-ingress"})
final class RulesCommand extends ArchkitCommand {

    @Parameters(paramLabel = "ID", arity = "0..1", description = "a rule id, e.g. availability/single-zone")
    String id;

    @Override
    public ExitCode call() {
        var out = console.out();
        if (id == null) {
            int width = Catalog.RULES.stream().mapToInt(r -> r.meta().id().length()).max().orElse(10);
            for (Rule r : Catalog.RULES) {
                RuleMeta m = r.meta();
                out.printf("%-" + width + "s  %-7s  %s%n", m.id(), m.severity().label(), m.summary());
            }
            out.println();
            out.println(Catalog.RULES.size() + " rules. 'archkit rules ID' prints one rule's documentation.");
            return ExitCode.OK;
        }
        var rule = Catalog.find(id);
        if (rule.isEmpty()) {
            String m = Suggest.closest(id, Catalog.RULES.stream().map(r -> r.meta().id()).toList());
            console.err().println("archkit rules: no rule '" + id + "'" + (m != null ? "; did you mean '" + m + "'?" : "")
                    + " ('archkit rules' lists them)");
            return ExitCode.INVALID;
        }
        out.print(RuleDoc.markdown(rule.get().meta()));
        return ExitCode.OK;
    }
}
