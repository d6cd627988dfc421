package dev.archkit.report;

import java.util.List;

/**
 * The findings of one architecture as table rows, and the values its filters offer: the
 * severities, the rule families and the elements the findings are about, each sorted.
 */
public record FindingTable(List<Row> rows, List<String> severities, List<String> families, List<String> elements,
                           long errors, long warnings, long infos, int suppressed, List<RuleOff> rulesOff) {

    public FindingTable {
        rulesOff = List.copyOf(rulesOff);
        rows = List.copyOf(rows);
        severities = List.copyOf(severities);
        families = List.copyOf(families);
        elements = List.copyOf(elements);
    }

    /**
     * A rule turned off for this design (by the architecture's {@code rule ID off "why"} or the
     * project's {@code .archkit.yaml}), listed so that no rule goes quiet without a trace.
     */
    public record RuleOff(String ruleId, String reason, String location) { }

    /**
     * One finding: {@code element} is its subject when that is a model element (empty otherwise),
     * {@code description} that element's description, {@code snippet} the source lines around
     * its location.
     */
    public record Row(String id, String severity, String ruleId, String family, String message, String location,
                      String element, String description, String fix, List<String> environments, List<SourceLine> snippet) {
        public Row {
            environments = List.copyOf(environments);
            snippet = List.copyOf(snippet);
        }
    }

    /** A numbered line of an .arch file; {@code focus} marks the finding's own line. */
    public record SourceLine(int number, String text, boolean focus) { }
}
