package dev.archkit.rules;

/**
 * A rule: metadata and a check over one view of the architecture (the base, or one
 * environment). One small class per rule; the {@link Catalog} lists them.
 */
public interface Rule {

    RuleMeta meta();

    void check(RuleContext ctx);
}
