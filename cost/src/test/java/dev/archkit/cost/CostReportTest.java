package dev.archkit.cost;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.archkit.model.view.Kind;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.archkit.cost.CostModelTest.arch;
import static dev.archkit.cost.CostModelTest.cost;
import static org.assertj.core.api.Assertions.assertThat;

/** The report formats and the comparison, on small estimates whose amounts are known. */
class CostReportTest {

    static final String TWO = """
            architecture a {
              region us-east-1
              budget 50 USD per month
              service s { runtime fargate cpu 1 vcpu memory 2 GB replicas 2 max 3 budget 60 USD per month }
              cluster k { type eks }
              service p { cluster k }
              queue q { }
            }
            """;

    @Test
    void textAlignsTheAmountsAndSaysWhatIsPricedElsewhereAndNotAtAll() {
        String t = CostReport.text(List.of(cost(TWO)));
        List<String> lines = t.lines().toList();
        assertThat(lines.get(0)).isEqualTo("a · us-east-1");
        assertThat(lines.get(1)).startsWith("COMPONENT / LINE").endsWith("MAX");
        int width = lines.get(1).length();
        assertThat(lines).filteredOn(l -> l.startsWith("s (service)") || l.startsWith("TOTAL")).allMatch(l -> l.length() == width);
        assertThat(t).contains("  budget $60.00: EXCEEDED at desired scale by $12.08\n")
                .contains("TOTAL per month  ").contains("-----\n")
                .contains("Budget: $50.00 per month (t.arch:3:3): EXCEEDED at desired scale by $95.08\n")
                .contains("Included in their hosts' cost (pods on the cluster's node groups, priced there): p\n")
                .contains("Not priced:\n  q (queue): SQS is priced per request (first million a month free)\n")
                .endsWith("730 hours a month, USD.\n");
    }

    @Test
    void jsonCarriesExactCentsAndKindWords() throws Exception {
        JsonNode root = new ObjectMapper().readTree(CostReport.json(List.of(cost(TWO))));
        JsonNode e = root.at("/estimates/0");
        assertThat(e.has("environment")).isFalse();
        assertThat(e.get("budget").decimalValue()).isEqualByComparingTo("50.00");
        assertThat(e.get("budgetAt").asText()).isEqualTo("t.arch:3:3");
        assertThat(e.at("/components/0/kind").asText()).isEqualTo("service");
        assertThat(e.at("/components/0/desired").toString()).isEqualTo("72.08");
        assertThat(e.at("/components/0/max").toString()).isEqualTo("108.12");
        assertThat(e.at("/components/1/kind").asText()).isEqualTo("cluster");
        assertThat(e.at("/includedInHosts/0/component").asText()).isEqualTo("p");
        assertThat(e.at("/notPriced/0/kind").asText()).isEqualTo("queue");
    }

    @Test
    void csvHasOneRowPerPricedLineAndATotal() {
        String csv = CostReport.csv(List.of(cost(TWO)));
        assertThat(csv.lines()).containsExactly(
                "environment,component,kind,line,min,desired,max",
                ",s,service,Fargate 1 vCPU + 2 GB x86 × 2/2/3 tasks,72.08,72.08,108.12",
                ",k,cluster,\"EKS control plane, 1 cluster\",73.00,73.00,73.00",
                ",TOTAL,,,145.08,145.08,181.12");
    }

    @Test
    void markdownEscapesCellsAndListsBudgets() {
        String md = CostReport.markdown(CostReport.estimates(arch("""
                architecture a {
                  region us-east-1
                  cluster sw { type swarm }
                  service s { cluster sw budget 5 USD per month }
                  apigateway api { type http usage rps 1 }
                }
                """), null, PriceTable.embedded()));
        assertThat(md).startsWith("### Cost: a · us-east-1\n\n| Component | Line | Min | Desired | Max |\n")
                .contains("| `s` (service) | runs on swarm hosts that the model does not declare (no node group), so not priced | | | |\n")
                .contains("| `api` (apigateway) | HTTP API requests, 2.63 million | $2.63 | $2.63 | $2.63 |\n")
                .contains("- `s` budget $5.00: within, $5.00 to spare at max scale\n")
                .as("every usage declared: nothing assumed").doesNotContain("<details>");
    }

    @Test
    void aDiffListsTotalsPerEnvironmentAndTheComponentsThatMoved() throws Exception {
        String before = "architecture a {\n  region us-east-1\n  service s { runtime fargate cpu 1 vcpu memory 2 GB replicas 2 }\n"
                + "  environment dev { }\n  environment prod { }\n}\n";
        String after = "architecture a {\n  region us-east-1\n  service s { runtime fargate cpu 1 vcpu memory 2 GB replicas 2 }\n"
                + "  cluster k { type eks }\n  environment dev { }\n  environment prod { service s { replicas 4 } }\n}\n";
        List<CostReport.Delta> d = CostReport.diff(CostReport.estimates(arch(before), null, PriceTable.embedded()),
                CostReport.estimates(arch(after), null, PriceTable.embedded()));
        assertThat(d).extracting(CostReport.Delta::environment, CostReport.Delta::component, CostReport.Delta::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple("dev", null, null),
                org.assertj.core.groups.Tuple.tuple("dev", "k", Kind.CLUSTER),
                org.assertj.core.groups.Tuple.tuple("prod", null, null),
                org.assertj.core.groups.Tuple.tuple("prod", "s", Kind.SERVICE),
                org.assertj.core.groups.Tuple.tuple("prod", "k", Kind.CLUSTER));
        assertThat(CostReport.pctText(d.get(1))).isEqualTo("new");
        assertThat(CostReport.pctText(d.get(3))).isEqualTo("+100.0%");
        assertThat(CostReport.diffText(d)).contains("Environment prod at desired scale: $72.08 -> $217.16 per month (+$145.08, +201.3%)\n")
                .contains("  k (cluster): $0.00 -> $73.00 (+$73.00, new)\n");
        assertThat(CostReport.diffCsv(d)).contains("\nprod,s,service,72.08,144.16,72.08,100.0,,\n").contains("\ndev,k,cluster,0.00,73.00,73.00,,,\n");
        JsonNode json = new ObjectMapper().readTree(CostReport.diffJson(d));
        assertThat(json.at("/changes/0/total").asBoolean()).isTrue();
        assertThat(json.at("/changes/1/kind").asText()).isEqualTo("cluster");
        assertThat(json.at("/changes/1/percent").isMissingNode()).as("no percent for something new").isTrue();
        assertThat(CostReport.diffMarkdown(d)).startsWith("### Cost change (desired scale, per month)\n\n| Environment | Component |")
                .contains("| prod | **total** | $72.08 | $217.16 | **+$145.08** | +201.3% |\n");
    }

    /** A cluster and a service may share a name (names are unique per namespace): each is a component of its own. */
    @Test
    void aDiffKeepsComponentsOfOneNameAndTwoKindsApart() {
        String before = "architecture a {\n  region us-east-1\n  cluster k { type eks }\n"
                + "  service k { runtime fargate cpu 1 vcpu memory 2 GB replicas 2 }\n}\n";
        String after = "architecture a {\n  region us-east-1\n  service k { runtime fargate cpu 1 vcpu memory 2 GB replicas 4 }\n}\n";
        List<CostReport.Delta> d = CostReport.diff(CostReport.estimates(arch(before), null, PriceTable.embedded()),
                CostReport.estimates(arch(after), null, PriceTable.embedded()));
        assertThat(d).extracting(CostReport.Delta::component, CostReport.Delta::kind).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(null, null),
                org.assertj.core.groups.Tuple.tuple("k", Kind.CLUSTER),
                org.assertj.core.groups.Tuple.tuple("k", Kind.SERVICE));
        assertThat(CostReport.diffText(d)).contains("  k (cluster): $73.00 -> $0.00").contains("  k (service): $72.08 -> $144.16");
    }

    /** A total that leaves out a component without a price is a lower bound, and says so in every format; the component's change is unknown, not zero. */
    @Test
    void aDiffOfPartialTotalsSaysWhatItLeavesOut() throws Exception {
        String before = "architecture a {\n  region us-east-1\n  database d { engine postgres class db.x2iedn.xlarge }\n}\n";
        String after = "architecture a {\n  region us-east-1\n  database d { engine postgres class db.t3.medium storage 20 GB }\n"
                + "  database e { engine postgres class db.x2iedn.xlarge }\n}\n";
        List<CostReport.Delta> d = CostReport.diff(CostReport.estimates(arch(before), null, PriceTable.embedded()),
                CostReport.estimates(arch(after), null, PriceTable.embedded()));
        CostReport.Delta total = d.get(0);
        assertThat(total.partial()).isTrue();
        assertThat(total.unpricedBefore()).containsExactly("d");
        assertThat(total.unpricedAfter()).containsExactly("e");
        assertThat(CostReport.diffText(d))
                .contains("Total at desired scale: at least $0.00 -> at least $")
                .contains("partial: without a price, left out before: d; after: e, so the change counts priced components only")
                .contains("  d (database): unpriced -> $")
                .contains("  e (database): $0.00 -> unpriced (change unknown)");
        JsonNode json = new ObjectMapper().readTree(CostReport.diffJson(d));
        assertThat(json.at("/changes/0/partial").asBoolean()).isTrue();
        assertThat(json.at("/changes/0/unpricedBefore/0").asText()).isEqualTo("d");
        JsonNode e = json.at("/changes/2");
        assertThat(e.get("component").asText()).isEqualTo("e");
        assertThat(e.get("after").isNull()).as("unknown, not zero").isTrue();
        assertThat(e.get("delta").isNull()).isTrue();
        assertThat(CostReport.diffCsv(d)).contains("\n,TOTAL,,0.00,").contains(",d,e\n").contains("\n,e,database,0.00,,,,,e\n");
        assertThat(CostReport.diffMarkdown(d)).contains("| **total** | at least $0.00 | at least $").contains("** ¹ |")
                .contains("| `e` | $0.00 | unpriced | unknown | unknown |")
                .contains("¹ Partial totals count priced components only (without a price, left out before: d; after: e)");
    }

    static final String PARTIAL = """
            architecture a {
              region us-east-1
              budget 5000 USD per month
              service s { runtime fargate cpu 1 vcpu memory 2 GB replicas 2 }
              database d { engine postgres class db.x2iedn.xlarge }
              queue q { }
            }
            """;

    @Test
    void aPartialTotalIsMarkedInEveryFormatAndItsBudgetIsUnknown() throws Exception {
        CostModel.Estimate e = cost(PARTIAL);
        assertThat(e.partial()).isTrue();
        String t = CostReport.text(List.of(e));
        assertThat(t).contains("TOTAL per month (partial: 1 component unpriced)")
                .contains("Budget: $5,000.00 per month (t.arch:3:3): unknown, $")
                .contains("is a lower bound, 1 component unpriced\n")
                .contains("Missing prices (left out of the total, which is a lower bound):\n  d (database): no price for RDS db.x2iedn.xlarge in us-east-1")
                .contains("Not priced:\n  q (queue)")
                .doesNotContain("within");
        JsonNode root = new ObjectMapper().readTree(CostReport.json(List.of(e)));
        assertThat(root.get("partial").asBoolean()).isTrue();
        assertThat(root.at("/estimates/0/partial").asBoolean()).isTrue();
        assertThat(root.at("/estimates/0/budgetStatus").asText()).isEqualTo("unknown");
        assertThat(root.at("/estimates/0/unpriced/0/component").asText()).isEqualTo("d");
        assertThat(root.at("/estimates/0/notPriced/0/component").asText()).isEqualTo("q");
        assertThat(CostReport.markdown(List.of(e))).contains("**Total (partial: 1 component unpriced)**")
                .contains("**Missing prices** (left out of the total, which is a lower bound): `d`")
                .contains("unknown, $").doesNotContain("within");
        assertThat(CostReport.csv(List.of(e))).contains(",TOTAL,,\"partial: 1 component unpriced (d), a lower bound\",");
    }

    @Test
    void aPartialTotalAboveTheBudgetIsExceededAtLeast() {
        CostModel.Estimate e = cost(PARTIAL.replace("5000 USD", "10 USD"));
        assertThat(CostReport.text(List.of(e))).contains(": EXCEEDED at desired scale by at least $");
    }

    @Test
    void aCompleteTotalIsNotMarked() throws Exception {
        CostModel.Estimate e = cost(TWO);
        assertThat(CostReport.text(List.of(e))).contains("TOTAL per month  ").doesNotContain("partial");
        assertThat(new ObjectMapper().readTree(CostReport.json(List.of(e))).get("partial").asBoolean()).isFalse();
    }
}
