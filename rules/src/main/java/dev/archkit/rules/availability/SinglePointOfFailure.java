package dev.archkit.rules.availability;

import dev.archkit.facts.Facts;
import dev.archkit.facts.graph.ArchGraph;
import dev.archkit.facts.graph.GraphAlgorithms;
import dev.archkit.model.Element;
import dev.archkit.model.view.Kind;
import dev.archkit.rules.Rule;
import dev.archkit.rules.RuleContext;
import dev.archkit.rules.RuleInfo;
import dev.archkit.rules.Severity;
import org.jgrapht.Graph;

import java.util.Set;
import java.util.TreeSet;

/**
 * availability/single-point-of-failure: articulation points of the synchronous call graph that
 * run as a single copy, in an architecture whose callers span several zones.
 */
@RuleInfo(
        id = "availability/single-point-of-failure",
        severity = Severity.WARNING,
        summary = "A single-copy component sits on the synchronous path between other components",
        rationale = "Spreading callers over zones buys nothing when every request still passes through one task, one database instance or one cache node: its failure disconnects the call graph.",
        fix = "Run it as two copies or more (replicas, multi-az, nodes), or make the calls through it asynchronous or optional.",
        references = {"WA REL10-BP01", "WA REL05-BP01"},
        falsePositives = {
                "The model does not say which calls a caller can do without: a single-copy component reached only by optional calls (with a fallback or a cached answer) is reported although its failure does not fail the request.",
                "A single-copy service in production is reported by availability/min-replicas (an error) and a data store run from its own image by availability/self-managed-data-store, not again here; this rule reports single-copy services outside production and single-copy databases, caches and search domains.",
                "An Aurora cluster without readers counts as a single copy, although its storage survives a zone outage (see availability/database-multi-az)."
        })
public final class SinglePointOfFailure implements Rule {

    @Override
    public void check(RuleContext ctx) {
        Facts facts = ctx.facts();
        Graph<String, ArchGraph.DepEdge> sync = facts.graph().synchronous();
        if (sync.edgeSet().isEmpty()) return;
        Set<String> cut = new TreeSet<>(GraphAlgorithms.articulationPoints(sync));
        for (String v : cut) {
            Element e = ctx.arch().element(v);
            if (e == null || !facts.singleCopy(v)) continue;
            if (Kind.SERVICE.is(e) && (ctx.production() || facts.service(v).selfManagedStore().isPresent())) continue;   // min-replicas or self-managed-data-store reports it
            boolean multiZoneCaller = sync.incomingEdgesOf(v).stream().anyMatch(x -> facts.zones(x.from()).size() > 1);
            if (!multiZoneCaller) continue;
            int callers = sync.inDegreeOf(v), callees = sync.outDegreeOf(v);
            ctx.about(e, e.location(), e.kind() + " '" + v + "' runs as a single copy and every synchronous path through it ("
                    + callers + " caller" + (callers == 1 ? "" : "s") + ", " + callees + " callee" + (callees == 1 ? "" : "s") + ") fails with it").report();
        }
    }
}
