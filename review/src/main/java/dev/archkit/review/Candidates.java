package dev.archkit.review;

import dev.archkit.cost.CostModel;
import dev.archkit.cost.PriceTable;
import dev.archkit.facts.Facts;
import dev.archkit.model.Architecture;
import dev.archkit.model.Parallelism;
import dev.archkit.rules.RuleEngine;
import dev.archkit.rules.catalog.Catalog;

import java.util.List;
import java.util.OptionalDouble;

/** Builds a {@link Candidate} from a model: its facts, its lint findings and its priced monthly cost. */
public final class Candidates {
    private final RuleEngine engine;
    private final PriceTable prices;

    public Candidates(PriceTable prices) {
        this.prices = prices;
        this.engine = Catalog.withPrices(Catalog.engine(Parallelism.serial()), prices);
    }

    public Candidate of(String name, String file, Architecture architecture) {
        Facts facts = Facts.of(architecture);
        CostModel.Estimate e = estimate(facts);
        OptionalDouble cost = e == null ? OptionalDouble.empty() : OptionalDouble.of(e.desired());
        List<String> unpriced = e == null ? List.of() : e.missing().stream().map(CostModel.Unpriced::component).toList();
        return new Candidate(name, file, architecture, facts, cost, unpriced, engine.run(architecture).findings());
    }

    /** The estimate, or null when the region has no prices. */
    private CostModel.Estimate estimate(Facts facts) {
        try {
            return CostModel.estimate(facts, prices);
        } catch (CostModel.NoPrices e) {
            return null;
        }
    }
}
