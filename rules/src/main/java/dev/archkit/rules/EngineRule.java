package dev.archkit.rules;

/** A rule whose findings the engine itself makes (about suppressions and settings). */
public interface EngineRule extends Rule {
    @Override
    default void check(RuleContext ctx) {
        // reported by the RuleEngine, which sees the suppressions and settings of all views
    }
}
