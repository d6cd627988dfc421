package dev.archkit.rules.resilience;

import dev.archkit.model.Dependency;
import dev.archkit.model.Element;
import dev.archkit.model.Value;
import dev.archkit.facts.graph.ArchGraph;
import dev.archkit.rules.RuleContext;

import java.util.Set;

/** Facts about synchronous calls shared by the resilience rules. */
final class Calls {
    private Calls() { }

    /** Callers whose calls the application code makes (and so can time out, retry and break). */
    static final Set<String> CODE = Set.of("service", "function");

    static boolean fromCode(RuleContext ctx, Dependency d) {
        Element from = ctx.arch().element(d.from());
        return from != null && CODE.contains(from.kind());
    }

    static long attempts(ArchGraph.DepEdge e) {
        if (e.dependency() == null) return 1;
        return 1 + retries(e.dependency());
    }

    static long retries(Dependency d) {
        Value r = d.value("retries");
        if (r instanceof Value.Struct s && s.get("count") instanceof Value.IntValue i) return i.value();
        return 0;
    }

    static long timeoutMillis(Dependency d) {
        return d != null && d.value("timeout") instanceof Value.Duration t ? t.millis() : -1;
    }
}
