package dev.archkit.rules;

import dev.archkit.cost.CostModel;
import dev.archkit.cost.PriceTable;
import dev.archkit.model.Architecture;
import dev.archkit.model.Dependency;
import dev.archkit.model.Element;
import dev.archkit.model.Location;
import dev.archkit.facts.graph.ArchGraph;

import java.util.ArrayList;
import java.util.List;

/** What a rule sees: one view of the architecture, its graphs, and where to report. */
public final class RuleContext {
    private final Architecture arch;
    private final ArchGraph graph;
    private final boolean production;
    private final List<Finding> out;
    private final Architecture base;
    private final Architecture baseline;
    private final java.util.function.Supplier<PriceTable> prices;
    private Rule current;
    private final CostMemo costs;

    /** The cost of one view, computed once for all the rules that need it, whichever thread asks first. */
    static final class CostMemo {
        private CostModel.Estimate cost;
        private RuntimeException failure;

        synchronized CostModel.Estimate get(Architecture arch, PriceTable prices) {
            if (failure != null) throw failure;
            if (cost == null) {
                try {
                    cost = CostModel.estimate(arch, prices);
                } catch (CostModel.NoPrices e) {
                    failure = e;
                    throw e;
                }
            }
            return cost;
        }
    }

    RuleContext(Architecture arch, ArchGraph graph, boolean production, List<Finding> out,
                Architecture base, Architecture baseline, java.util.function.Supplier<PriceTable> prices, CostMemo costs) {
        this.costs = costs;
        this.arch = arch;
        this.graph = graph;
        this.production = production;
        this.out = out;
        this.base = base;
        this.baseline = baseline;
        this.prices = prices;
    }

    /** The architecture as written, with all its environments (the view is {@link #arch()}). */
    public Architecture base() { return base; }

    /**
     * The same view of the architecture before the change under review ({@code archkit diff}), or
     * null when there is no baseline or it has no such environment.
     */
    public Architecture baseline() {
        if (baseline == null) return null;
        if (arch.environment() == null) return baseline.environments().isEmpty() ? baseline : null;
        return baseline.environmentNamed(arch.environment()) == null ? null : baseline.forEnvironment(arch.environment());
    }

    /** The price table cost rules use. */
    public PriceTable prices() { return prices.get(); }

    /** The cost of this view, computed once for all cost rules; throws {@link CostModel.NoPrices} when the region has none. */
    public CostModel.Estimate cost() {
        return costs.get(arch, prices.get());
    }

    void use(Rule r) { this.current = r; }

    public Architecture arch() { return arch; }

    public ArchGraph graph() { return graph; }

    /** True for a production environment, or for an architecture that declares no environments. */
    public boolean production() { return production; }

    /** The environment this view is of, or null for an architecture without environments. */
    public String environment() { return arch.environment(); }

    /** Starts a finding of the current rule about an element. */
    public Report about(Element e, Location at, String message) {
        return new Report(e.name(), at, message);
    }

    /** Starts a finding of the current rule about a dependency. */
    public Report about(Dependency d, Location at, String message) {
        return new Report(d.id(), at, message);
    }

    /** Starts a finding about the architecture as a whole. */
    public Report about(Location at, String message) {
        return new Report(null, at, message);
    }

    /** A finding being written: add related places, then {@link #report()}. */
    public final class Report {
        private final String subject;
        private final Location at;
        private final String message;
        private final List<Finding.Related> related = new ArrayList<>();

        private Report(String subject, Location at, String message) {
            this.subject = subject;
            this.at = at;
            this.message = message;
        }

        public Report related(Location l, String why) {
            if (l != null && l.isKnown()) related.add(new Finding.Related(l, why));
            return this;
        }

        public void report() {
            RuleMeta m = current.meta();
            List<String> envs = arch.environment() == null ? List.of() : List.of(arch.environment());
            out.add(new Finding(m.id(), m.severity(), message, at, related, m.fix(), subject, envs));
        }
    }
}
