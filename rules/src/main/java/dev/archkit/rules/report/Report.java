package dev.archkit.rules.report;

import dev.archkit.rules.Finding;
import dev.archkit.rules.RuleEngine;
import dev.archkit.rules.RuleMeta;
import dev.archkit.rules.Severity;

import java.util.List;
import java.util.Map;

/**
 * Everything a reporter writes: the findings in stable order, what was suppressed, the rules
 * that ran (for SARIF's rule metadata), the files checked and their text (for snippets).
 */
public record Report(List<Finding> findings, List<RuleEngine.Suppressed> suppressed, List<RuleMeta> rules,
                     List<String> files, Map<String, String> sources, Severity failOn) {

    public Report {
        findings = List.copyOf(findings);
        suppressed = List.copyOf(suppressed);
        rules = List.copyOf(rules);
        files = List.copyOf(files);
        sources = Map.copyOf(sources);
    }

    public long count(Severity s) {
        return findings.stream().filter(f -> f.severity() == s).count();
    }

    /** "3 errors, 1 warning, 0 info (2 suppressed)" */
    public String summary() {
        return plural(count(Severity.ERROR), "error") + ", " + plural(count(Severity.WARNING), "warning") + ", "
                + count(Severity.INFO) + " info" + (suppressed.isEmpty() ? "" : " (" + suppressed.size() + " suppressed)");
    }

    static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
