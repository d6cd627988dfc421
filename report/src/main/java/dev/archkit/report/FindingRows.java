package dev.archkit.report;

import dev.archkit.model.Architecture;
import dev.archkit.model.Element;
import dev.archkit.model.view.View;
import dev.archkit.rules.Finding;
import dev.archkit.rules.RuleEngine;
import dev.archkit.rules.Severity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** The rule engine's findings about one architecture as the rows of the report's table. */
final class FindingRows {
    private FindingRows() { }

    /** Lines shown before and after a finding's own line. */
    static final int CONTEXT = 2;

    static FindingTable of(Architecture a, RuleEngine.Result result, Map<String, String> sources, String sectionId) {
        List<FindingTable.Row> rows = new ArrayList<>();
        TreeSet<String> families = new TreeSet<>();
        TreeSet<String> elements = new TreeSet<>();
        List<String> severities = new ArrayList<>();
        for (Severity s : Severity.values()) if (result.count(s) > 0) severities.add(s.label());
        int i = 0;
        for (Finding f : result.findings()) {
            String family = family(f.ruleId());
            families.add(family);
            Element e = f.subjectIn(a);
            String element = e == null ? "" : e.name();
            if (e != null) elements.add(element);
            View view = () -> e;
            String description = e == null ? "" : view.description().orElse("");
            rows.add(new FindingTable.Row(sectionId + "-f" + (++i), f.severity().label(), f.ruleId(), family, f.message(),
                    f.location().isKnown() ? f.location().toString() : "", element, description, f.fix() == null ? "" : f.fix(),
                    f.environments(), Snippets.around(sources, f.location(), CONTEXT)));
        }
        List<FindingTable.RuleOff> off = new ArrayList<>();
        for (var d : new TreeSet<>(result.disabled())) {
            off.add(new FindingTable.RuleOff(d.ruleId(), d.reason() == null ? "no reason given" : d.reason(), d.at().isKnown() ? d.at().toString() : ""));
        }
        return new FindingTable(rows, severities, new ArrayList<>(families), new ArrayList<>(elements),
                result.count(Severity.ERROR), result.count(Severity.WARNING), result.count(Severity.INFO), result.suppressed().size(), off);
    }

    /** The family of a rule id ({@code family/name}). */
    static String family(String ruleId) {
        int slash = ruleId.indexOf('/');
        return slash < 0 ? ruleId : ruleId.substring(0, slash);
    }
}
