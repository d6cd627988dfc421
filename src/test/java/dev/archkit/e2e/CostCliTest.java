package dev.archkit.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static dev.archkit.e2e.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

/** 'archkit cost' end to end: every example priced and pinned, formats, the diff gate, bad input. */
class CostCliTest {

    static final List<String> EXAMPLES = List.of("fintech", "eks-platform", "tutorial-service", "open-market");
    static final List<String> PARTIAL = List.of("open-market");
    static final Path GOLDEN = Path.of("src/test/resources/golden/cost");
    static final boolean UPDATE = Boolean.getBoolean("archkit.updateGolden");

    /** The text report of each example is pinned; regenerate with -Darchkit.updateGolden=true and read the diff. */
    @TestFactory
    Stream<DynamicTest> everyExampleIsPricedAsPinned() {
        return EXAMPLES.stream().map(name -> DynamicTest.dynamicTest(name, () -> {
            CliTest.Run r = run("cost", "examples/" + name + ".arch");
            // open-market's OpenSearch domain runs by the hour but is not in the table: a partial total
            assertThat(r.code()).as(r.err()).isEqualTo(PARTIAL.contains(name) ? 1 : 0);
            assertThat(r.out()).contains("TOTAL per month").contains("Prices: embedded price table of ");
            Path g = GOLDEN.resolve(name + ".txt");
            if (UPDATE) Files.writeString(g, r.out());
            assertThat(r.out()).isEqualTo(Files.readString(g));
        }));
    }

    @Test
    void formats() throws Exception {
        CliTest.Run json = run("cost", "examples/eks-platform.arch", "--format", "json");
        assertThat(json.code()).isZero();
        JsonNode root = new ObjectMapper().readTree(json.out());
        assertThat(root.at("/prices/hoursPerMonth").asInt()).isEqualTo(730);
        assertThat(root.get("estimates")).hasSize(3);
        JsonNode prod = root.get("estimates").get(2);
        assertThat(prod.get("environment").asText()).isEqualTo("prod");
        double sum = 0;
        for (JsonNode c : prod.get("components")) sum += c.get("desired").decimalValue().doubleValue();
        assertThat(prod.get("desired").decimalValue().doubleValue()).isCloseTo(sum, org.assertj.core.data.Offset.offset(0.05));

        CliTest.Run csv = run("cost", "examples/tutorial-service.arch", "--format", "csv");
        assertThat(csv.out()).startsWith("environment,component,kind,line,min,desired,max\n")
                .contains(",my-service,service,Fargate 1 vCPU + 2 GB x86 × 3 tasks,124.35,124.35,124.35\n").contains(",TOTAL,,,");

        CliTest.Run md = run("cost", "examples/eks-platform.arch", "--env", "prod", "--format", "markdown");
        assertThat(md.out()).startsWith("### Cost: elice-devops · environment prod · ap-northeast-2\n")
                .contains("| `main` (cluster) | EKS control plane, 1 cluster | $73.00 | $73.00 | $73.00 |")
                .doesNotContain("environment dev");
    }

    @Test
    void diffShowsDollarsAndPercentAndFailsAboveTheDeclaredLimit(@TempDir Path dir) throws Exception {
        Path old = dir.resolve("old.arch"), now = dir.resolve("new.arch");
        String text = Files.readString(Path.of("examples/tutorial-service.arch"));
        Files.writeString(old, text);
        Files.writeString(now, text.replace("    replicas 3\n", "    replicas 4\n"));
        CliTest.Run r = run("cost", "--diff", old.toString(), now.toString());
        assertThat(r.code()).as("no max-cost-increase declared").isZero();
        assertThat(r.out()).contains("Total at desired scale: $161.42 -> $207.28 per month (+$45.86, +28.4%)")
                .contains("  my-service (service): $137.58 -> $183.44 (+$45.86, +33.3%)");

        Files.writeString(now, text.replace("    replicas 3\n", "    replicas 4\n").replace("  budget 200 USD per month\n", "  budget 200 USD per month\n  max-cost-increase 10%\n"));
        CliTest.Run gate = run("cost", "--diff", old.toString(), now.toString(), "--format", "markdown");
        assertThat(gate.code()).isEqualTo(1);
        assertThat(gate.out()).contains("| **total** | $161.42 | $207.28 | **+$45.86** | +28.4% |")
                .contains("above max-cost-increase 10%");
        // the same change through 'archkit diff': a new cost/increase finding, and a failing gate
        CliTest.Run diff = run("diff", old.toString(), now.toString());
        assertThat(diff.code()).isEqualTo(1);
        assertThat(diff.out()).contains("raises the cost at desired scale from $161.42 to $207.28 a month (+28.4%), above the allowed 10%; most from my-service +$45.86 [cost/increase]");
    }

    /** With a component unpriced, totals are lower bounds: the cost gate cannot pass or fail on them, and says so. */
    @Test
    void aCostGateOnPartialTotalsIsUnknown(@TempDir Path dir) throws Exception {
        Path old = dir.resolve("old.arch"), now = dir.resolve("new.arch");
        String text = Files.readString(Path.of("examples/tutorial-service.arch")).replace("  budget 200 USD per month\n", "  budget 200 USD per month\n  max-cost-increase 10%\n");
        Files.writeString(old, text.replaceFirst("\n}\s*$", "\n  database legacy { engine postgres class db.x2iedn.xlarge }\n}\n"));
        Files.writeString(now, text);   // the unpriced database removed: the priced total does not move
        CliTest.Run r = run("cost", "--diff", old.toString(), now.toString());
        assertThat(r.code()).as("partial totals fail without --allow-unpriced").isEqualTo(1);
        assertThat(r.out()).contains("Total at desired scale: at least $161.42 -> $161.42 per month")
                .contains("partial: without a price, left out before: legacy")
                .contains("  legacy (database): unpriced -> $0.00 (change unknown)")
                .contains("total: cannot check max-cost-increase 10%");
        CliTest.Run diff = run("diff", old.toString(), now.toString());
        assertThat(diff.out()).contains("cannot check the cost increase: without a price, legacy (before) would be left out of the totals; pass --prices FILE with the missing prices [cost/increase]");
    }

    @Test
    void aBudgetOverrunFailsCheck(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("a.arch");
        Files.writeString(f, Files.readString(Path.of("examples/tutorial-service.arch")).replace("budget 200 USD", "budget 150 USD"));
        CliTest.Run r = run("check", f.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains(f + ":12:3: error: architecture 'ecs-tutorial' costs $161.42 a month at desired scale, above its budget of $150.00 by $11.42 [cost/over-budget]");
        assertThat(run("check", "examples/tutorial-service.arch").out()).doesNotContain("cost/over-budget");
    }

    @Test
    void badInputIsExplained(@TempDir Path dir) throws Exception {
        CliTest.Run typo = run("cost", "examples/eks-platform.arch", "--env", "prd");
        assertThat(typo.code()).isEqualTo(2);
        assertThat(typo.err()).contains("has no environment 'prd'; it has dev, stg, prod; did you mean 'prod'?");
        CliTest.Run missing = run("cost", "examples/tutorial.arch");
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("no such file or directory: examples/tutorial.arch");
        CliTest.Run two = run("cost", "examples/fintech.arch", "examples/open-market.arch");
        assertThat(two.code()).isEqualTo(2);
        assertThat(two.err()).contains("--diff OLD NEW");
        Path prices = dir.resolve("p.json");
        Files.writeString(prices, "{\"date\": \"2026-01-01\"}");
        CliTest.Run bad = run("cost", "examples/fintech.arch", "--prices", prices.toString());
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains(prices + ": 'source' is missing");
        Path sa = dir.resolve("sa.arch");
        Files.writeString(sa, "architecture a {\n  region sa-east-1\n  budget 100 USD per month\n}\n");
        CliTest.Run region = run("cost", sa.toString());
        assertThat(region.code()).isEqualTo(2);
        assertThat(region.err()).contains("has no prices for sa-east-1");
        CliTest.Run check = run("check", sa.toString());
        assertThat(check.out()).contains(sa + ":3:3: error: cannot check the budget:").contains("[cost/over-budget]");
    }

    @Test
    void anImpossibleClassIsALocatedInputErrorAndARealUnpricedOneMakesThePartialTotalFail(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("a.arch");
        Files.writeString(f, """
                architecture a {
                  region us-east-1
                  budget 5000 USD per month
                  database d { engine postgres class db.x99.mega }
                }
                """);
        CliTest.Run check = run("check", f.toString());
        assertThat(check.code()).isEqualTo(2);
        assertThat(check.err() + check.out()).contains(f + ":4:38: error: 'db.x99.mega' is not an RDS or Aurora instance class");
        CliTest.Run cost = run("cost", f.toString());
        assertThat(cost.code()).as("no estimate of invalid input").isEqualTo(2);
        assertThat(cost.out()).isEmpty();

        Files.writeString(f, Files.readString(f).replace("db.x99.mega", "db.x2iedn.xlarge"));
        assertThat(run("check", "--no-rules", f.toString()).code()).as("a real class is no input error").isZero();
        CliTest.Run partial = run("cost", f.toString());
        assertThat(partial.code()).isEqualTo(1);
        assertThat(partial.out()).contains("TOTAL per month (partial: 1 component unpriced)")
                .contains("Budget: $5,000.00 per month").contains(": unknown, $0.00 at desired scale ($0.00 at max) is a lower bound")
                .doesNotContain("within");
        assertThat(partial.err()).contains("partial total, unpriced a: d (no price for RDS db.x2iedn.xlarge in us-east-1")
                .contains("--allow-unpriced");
        CliTest.Run json = run("cost", f.toString(), "--format", "json");
        assertThat(json.code()).isEqualTo(1);
        JsonNode root = new ObjectMapper().readTree(json.out());
        assertThat(root.get("partial").asBoolean()).isTrue();
        assertThat(root.at("/estimates/0/unpriced/0/component").asText()).isEqualTo("d");
        assertThat(root.at("/estimates/0/budgetStatus").asText()).isEqualTo("unknown");
        assertThat(run("cost", f.toString(), "--format", "markdown").out()).contains("**Total (partial: 1 component unpriced)**");
        CliTest.Run allowed = run("cost", "--allow-unpriced", f.toString());
        assertThat(allowed.code()).isZero();
        assertThat(allowed.out()).isEqualTo(partial.out());
        // the rule does not pass a budget it cannot check
        CliTest.Run rules = run("check", f.toString());
        assertThat(rules.code()).isEqualTo(1);
        assertThat(rules.out()).contains("cannot check the budget of architecture 'a': $0.00 a month at desired scale is under $5,000.00 but is a lower bound")
                .contains("[cost/over-budget]");
    }
}
