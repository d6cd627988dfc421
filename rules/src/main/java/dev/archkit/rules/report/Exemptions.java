package dev.archkit.rules.report;

import dev.archkit.rules.Finding;
import dev.archkit.rules.RuleEngine;

import java.util.List;

/**
 * What a run did not hold against the input, besides the suppressions: the rules turned off
 * (with where and why), and, when a baseline file was given, the findings it accepted and its
 * entries that no longer match a finding (fixed: the baseline can shrink). Every format lists
 * them, so that a green report always says what it left out.
 *
 * @param baseline the baseline file's name as given, or {@code null} when the run had none
 */
public record Exemptions(List<RuleEngine.Disabled> disabled, String baseline, List<Finding> baselined, List<Baseline.Entry> fixed) {
    public static final Exemptions NONE = new Exemptions(List.of(), null, List.of(), List.of());

    public Exemptions {
        disabled = List.copyOf(disabled);
        baselined = List.copyOf(baselined);
        fixed = List.copyOf(fixed);
    }

    public boolean isEmpty() {
        return disabled.isEmpty() && baseline == null;
    }
}
