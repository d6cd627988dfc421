package dev.archkit.cost;

import dev.archkit.model.schema.InstanceClasses;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The language accepts every class the embedded price table prices: the known families of
 * {@link InstanceClasses} include the table's, so a priced class is never an input error.
 */
class PriceTableClassesTest {

    private static final Map<Price.Sizes, InstanceClasses> CATALOG = Map.of(
            Price.Sizes.EC2, InstanceClasses.EC2,
            Price.Sizes.RDS, InstanceClasses.RDS,
            Price.Sizes.AURORA, InstanceClasses.RDS,
            Price.Sizes.ELASTICACHE, InstanceClasses.ELASTICACHE);

    @Test
    void everyPricedClassIsAPossibleName() {
        PriceTable table = PriceTable.embedded();
        List<String> rejected = new ArrayList<>();
        int seen = 0;
        for (String region : table.regions()) {
            for (var e : CATALOG.entrySet()) {
                for (String cls : table.region(region).sizes().getOrDefault(e.getKey(), Map.of()).keySet()) {
                    seen++;
                    e.getValue().check(cls).ifPresent(p -> rejected.add(region + " " + e.getKey().key() + " " + cls + ": " + p.message()));
                }
            }
        }
        assertThat(seen).as("classes in the table").isGreaterThan(100);
        assertThat(rejected).isEmpty();
    }
}
