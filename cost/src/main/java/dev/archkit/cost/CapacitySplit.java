package dev.archkit.cost;

import dev.archkit.model.view.Capacity;

import java.util.List;

/**
 * Tasks on Fargate and on Fargate Spot for n tasks under a capacity provider strategy: the base
 * first, on the provider that has it, the rest in proportion to the weights (fractions kept: this
 * is an expected cost, not a placement).
 */
record CapacitySplit(double onDemand, double spot) {

    static CapacitySplit of(long n, List<Capacity> strategy) {
        if (strategy.isEmpty()) return new CapacitySplit(n, 0);
        double onDemand = 0, spot = 0;
        // ECS: a provider without a weight has weight 0 when another one names a weight; when none
        // does, the providers share equally (the language lets 'capacity fargate' stand alone)
        boolean anyWeight = strategy.stream().anyMatch(c -> c.weight().isPresent());
        double left = n;
        double totalWeight = 0;
        for (Capacity c : strategy) {
            double take = Math.min(left, c.baseOr(0));
            left -= take;
            if (c.isSpot()) spot += take; else onDemand += take;
            totalWeight += c.weightOr(anyWeight ? 0 : 1);
        }
        if (left > 0) {
            if (totalWeight == 0) onDemand += left;
            else for (Capacity c : strategy) {
                double share = left * c.weightOr(anyWeight ? 0 : 1) / totalWeight;
                if (c.isSpot()) spot += share; else onDemand += share;
            }
        }
        return new CapacitySplit(onDemand, spot);
    }
}
