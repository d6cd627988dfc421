package dev.archkit.rules;

/**
 * A rule: metadata and a check over one view of the architecture (the base, or one
 * environment). One small class per rule, annotated with its {@link RuleInfo}; the catalog
 * ({@code dev.archkit.rules.catalog.Catalog}) lists them.
 *
 * <h2>Contract</h2>
 * <ul>
 *   <li><b>Stateless.</b> A rule has no mutable fields: one instance serves every run, every
 *       view and every thread. What it computes lives in local variables of {@link #check}.</li>
 *   <li><b>Thread-safe.</b> The {@link RuleEngine} may run the rules of one view side by side
 *       (when its {@code Parallelism} allows), each with its own {@link RuleContext}; a rule
 *       must not share anything writable with other rules or with other calls of itself.</li>
 *   <li><b>Reads only its context.</b> The view ({@link RuleContext#arch()}) through the typed
 *       views of {@code dev.archkit.model.view}, the facts derived from it once
 *       ({@link RuleContext#facts()}: graphs, services, calls with ports, chains, names), the
 *       architecture as written ({@link RuleContext#base()}), whether the view is production, the
 *       version before a change, the inputs the engine was given ({@link RuleContext#input}), and
 *       values shared by the rules of the view ({@link RuleContext#once}). A rule does not derive
 *       again what the facts layer says (ports, runtimes, scaling, zones, callers). All of these
 *       are immutable, or safe to share. No files, no network, no clock, no system properties,
 *       no randomness.</li>
 *   <li><b>Reports through the context.</b> Each finding is started with
 *       {@code ctx.about(element | dependency, location, message)} (or {@code ctx.about(location,
 *       message)} for the architecture as a whole), given related locations, and ended with
 *       {@code report()}; the context stamps the rule's id, severity and fix. The subject (element
 *       or dependency) is what a {@code suppress} statement on it excuses.</li>
 *   <li><b>Deterministic.</b> The same view gives the same findings, with the same messages, in
 *       the same order: iterate the model's lists and the graphs' vertex and edge sets (both in
 *       declaration order) or sorted collections, never a {@code HashMap}'s or {@code HashSet}'s
 *       order. The engine sorts the findings of all rules by place and id, but the order within
 *       one rule still decides which duplicate is kept and must not depend on scheduling.</li>
 *   <li><b>Quiet on what it cannot judge.</b> When the model does not say (no port, no groups,
 *       no zones), the rule says nothing rather than guessing; the cases where it fires although
 *       nothing is wrong are listed in {@link RuleInfo#falsePositives()}.</li>
 *   <li><b>Fails loudly.</b> An exception is a bug: the engine stops the run and names the rule
 *       and the file, rather than dropping the rule's findings.</li>
 * </ul>
 */
public interface Rule {

    /** The rule's metadata, read once from its {@link RuleInfo} annotation. */
    default RuleMeta meta() {
        return RuleMeta.of(getClass());
    }

    /** Checks one view and reports what it finds through {@code ctx}; see the contract above. */
    void check(RuleContext ctx);
}
