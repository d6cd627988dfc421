package dev.archkit.rules;

import java.util.List;

/** The metadata part of a rule, so each rule class holds only its check. */
public abstract class AbstractRule implements Rule {
    private final RuleMeta meta;

    protected AbstractRule(String id, Severity severity, String summary, String rationale, String fix, String... references) {
        this.meta = new RuleMeta(id, summary, severity, rationale, fix, List.of(references));
    }

    @Override
    public final RuleMeta meta() {
        return meta;
    }
}
