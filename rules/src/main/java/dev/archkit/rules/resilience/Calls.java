package dev.archkit.rules.resilience;

import dev.archkit.model.Dependency;
import dev.archkit.rules.RuleContext;

/** What the resilience rules ask of a declared call beyond its typed view. */
final class Calls {
    private Calls() { }

    /** True when the caller's own code makes the call (a service or function), and so can time out, retry and break. */
    static boolean fromCode(RuleContext ctx, Dependency d) {
        return ctx.facts().fromCode(d.from());
    }
}
