package dev.archkit.rules.cost;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.archkit.cost.PriceTable;
import dev.archkit.lang.ModelBuilder;
import dev.archkit.model.Architecture;
import dev.archkit.model.Parallelism;
import dev.archkit.rules.Finding;
import dev.archkit.rules.RuleEngine;
import dev.archkit.rules.catalog.Catalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The cost family prices with the table the engine is given, and with the embedded one otherwise. */
class CostsTest {

    static final Architecture A = ModelBuilder.buildText("b.arch", """
            architecture shop {
              region eu-west-1
              budget 1 USD per month
              service api {
                runtime fargate
                cpu 1024
                memory 2048
                replicas 2
              }
            }
            """).architecture();

    static List<String> budgetMessages(RuleEngine engine) {
        return engine.run(A).findings().stream().filter(f -> f.ruleId().equals("cost/over-budget")).map(Finding::message).toList();
    }

    @Test
    void theGivenTableIsTheOnePricedWith(@TempDir Path dir) throws Exception {
        ObjectMapper json = new ObjectMapper();
        ObjectNode root = (ObjectNode) json.readTree(PriceTable.class.getResourceAsStream("prices.json"));
        ((ObjectNode) root.get("regions")).remove("eu-west-1");
        Path file = dir.resolve("prices.json");
        Files.writeString(file, json.writeValueAsString(root));

        RuleEngine engine = Catalog.engine(Parallelism.serial());
        assertThat(budgetMessages(engine)).singleElement().asString().contains("costs", "above its budget");
        assertThat(budgetMessages(Catalog.withPrices(engine, PriceTable.read(file))))
                .singleElement().asString().startsWith("cannot check the budget").contains("eu-west-1");
    }
}
