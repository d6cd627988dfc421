package dev.archkit.review;

import dev.archkit.cost.CostModel;
import dev.archkit.cost.PriceTable;
import dev.archkit.facts.Facts;
import dev.archkit.model.Architecture;
import dev.archkit.model.Parallelism;
import dev.archkit.rules.RuleEngine;
import dev.archkit.rules.catalog.Catalog;

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
        return new Candidate(name, file, architecture, facts, cost(facts), engine.run(architecture).findings());
    }

    private OptionalDouble cost(Facts facts) {
        try {
            return OptionalDouble.of(CostModel.estimate(facts, prices).desired());
        } catch (CostModel.NoPrices e) {
            return OptionalDouble.empty();
        }
    }
}
