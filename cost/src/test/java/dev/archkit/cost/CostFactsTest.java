package dev.archkit.cost;

import dev.archkit.facts.Facts;
import dev.archkit.model.Architecture;
import dev.archkit.model.view.Kind;
import org.junit.jupiter.api.Test;

import static dev.archkit.cost.CostModelTest.arch;
import static dev.archkit.cost.CostModelTest.cost;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** What the cost model reads from the facts layer: where a service runs, its counts and strategy, a load balancer's zones. */
class CostFactsTest {

    static final double X86_TASK = (0.04048 + 2 * 0.004445) * 730;   // 1 vCPU + 2 GB in us-east-1, a month

    @Test
    void aServiceIsPricedWhereTheFactsSayItRuns() {
        CostModel.Estimate e = cost("""
                architecture a {
                  region us-east-1
                  cluster on-ec2 { capacity ec2 }
                  cluster mixed { capacity fargate capacity ec2 }
                  cluster k { type eks }
                  cluster sw { type swarm }
                  service plain { cpu 1 vcpu memory 2 GB }
                  service hosted { cluster on-ec2 }
                  service spread { cluster mixed cpu 1 vcpu memory 2 GB }
                  service pod { cluster k }
                  service pinned { cluster k runtime fargate cpu 1 vcpu memory 2 GB }
                  service swarmed { cluster sw budget 20 USD per month }
                }
                """);
        assertThat(e.line("plain").desired()).as("no runtime, no cluster: Fargate").isCloseTo(X86_TASK, within(1e-9));
        assertThat(e.line("spread")).as("a cluster with Fargate among its providers runs Fargate").isNotNull();
        assertThat(e.line("pinned")).as("a written runtime wins over the cluster's").isNotNull();
        assertThat(e.elsewhere()).extracting(CostModel.Unpriced::component, CostModel.Unpriced::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple("hosted", "tasks on EC2 capacity, priced with the node groups"),
                org.assertj.core.groups.Tuple.tuple("pod", "pods on the cluster's node groups, priced there"));
        CostModel.Line swarmed = e.line("swarmed");
        assertThat(swarmed.items()).as("kept only to show its budget").isEmpty();
        assertThat(swarmed.note()).isEqualTo("runs on swarm hosts that the model does not declare (no node group), so not priced");
        assertThat(swarmed.budget().centsPerMonth()).isEqualTo(2000);
        assertThat(swarmed.budgetAt().line()).isEqualTo(12);
        assertThat(swarmed.kind()).isEqualTo(Kind.SERVICE);
    }

    @Test
    void tasksOnPricedHostsSayWhereAndTheirLogsArePriced() {
        CostModel.Estimate e = cost("""
                architecture a {
                  region us-east-1
                  cluster sw {
                    type swarm
                    nodegroup hosts { instance m5.large size 2 }
                  }
                  service web { cluster sw replicas 3 logs awslogs usage logs 2 GB }
                  cluster eb { type beanstalk }
                  service lone { cluster eb }
                }
                """);
        assertThat(e.elsewhere()).as("nothing hosts 'lone' that is priced").extracting(CostModel.Unpriced::component).doesNotContain("lone");
        assertThat(e.unpriced()).extracting(CostModel.Unpriced::component, CostModel.Unpriced::reason).contains(
                org.assertj.core.groups.Tuple.tuple("lone", "runs on beanstalk hosts that the model does not declare (no node group), so not priced"));
        CostModel.Line web = e.line("web");
        assertThat(web.note()).isEqualTo("runs on its cluster's swarm hosts, priced with their node groups");
        assertThat(web.items()).as("log ingestion is paid whatever runs the tasks").singleElement()
                .satisfies(i -> assertThat(i.what()).isEqualTo("CloudWatch Logs ingestion, 2 GB per task"))
                .satisfies(i -> assertThat(i.desired()).isCloseTo(3 * 2 * 0.50, within(1e-9)));
        assertThat(e.line("hosts")).as("the hosts themselves are priced").isNotNull();
    }

    @Test
    void theClustersStrategyAppliesUnlessTheServiceHasItsOwn() {
        CostModel.Estimate e = cost("""
                architecture a {
                  region us-east-1
                  cluster spot { capacity fargate-spot }
                  service borrowed { cluster spot cpu 1 vcpu memory 2 GB replicas 2 }
                  service own { cluster spot cpu 1 vcpu memory 2 GB replicas 2 capacity fargate }
                }
                """);
        assertThat(e.line("borrowed").items().get(0).desired()).as("nothing on demand").isZero();
        assertThat(e.line("borrowed").items().get(1).what()).startsWith("Fargate Spot").contains("× 2 tasks");
        assertThat(e.line("borrowed").desired()).isCloseTo(2 * X86_TASK * 0.3, within(1e-9));
        assertThat(e.line("own").items()).hasSize(1);
        assertThat(e.line("own").desired()).isCloseTo(2 * X86_TASK, within(1e-9));
    }

    @Test
    void scheduledActionsWidenTheRangeOnlyOutward() {
        CostModel.Estimate e = cost("""
                architecture a {
                  region us-east-1
                  service s { runtime fargate cpu 1 vcpu memory 2 GB replicas 4 min 2 max 8
                    schedule "cron(0 9 * * ? *)" min 3 max 12 name day
                    schedule "cron(0 21 * * ? *)" min 1 max 5 name night }
                }
                """);
        assertThat(e.line("s").items().get(0).what()).contains("× 1/4/12 tasks");
        assertThat(e.line("s").min()).isCloseTo(X86_TASK, within(1e-9));
        assertThat(e.line("s").max()).isCloseTo(12 * X86_TASK, within(1e-9));
    }

    @Test
    void publicAddressesOfALoadBalancerFollowItsZones() {
        CostModel.Estimate placed = cost("""
                architecture a {
                  region us-east-1
                  zones us-east-1a, us-east-1b, us-east-1c, us-east-1d
                  network n 10.0.0.0/16 {
                    subnet a zone us-east-1a public 10.0.0.0/24
                    subnet b zone us-east-1b public 10.0.1.0/24
                    subnet c zone us-east-1c public 10.0.2.0/24
                    subnet a2 zone us-east-1a public 10.0.3.0/24
                  }
                  loadbalancer placed { subnets a, b, c, a2 }
                  loadbalancer unplaced { }
                  loadbalancer inside { scheme internal subnets a, b }
                }
                """);
        assertThat(ipv4(placed, "placed")).as("three zones among four subnets").isEqualTo("public IPv4, one per zone × 3");
        assertThat(ipv4(placed, "unplaced")).as("no subnets: the architecture's zones").isEqualTo("public IPv4, one per zone × 4");
        assertThat(placed.line("inside").items()).as("internal: no public addresses").noneMatch(i -> i.what().contains("IPv4"));
        String unplaced = "architecture a {\n  region us-east-1\n  %s\n  loadbalancer lb { }\n}\n";
        assertThat(ipv4(cost(unplaced.formatted("zones us-east-1a")), "lb")).as("a load balancer needs two zones").endsWith("× 2");
        assertThat(ipv4(cost(unplaced.formatted("")), "lb")).endsWith("× 2");
    }

    static String ipv4(CostModel.Estimate e, String lb) {
        return e.line(lb).items().stream().map(CostModel.Item::what).filter(w -> w.startsWith("public IPv4")).findFirst().orElseThrow();
    }

    @Test
    void theFactsOfAViewAndTheViewItselfGiveTheSameEstimate() {
        Architecture a = arch("""
                architecture a {
                  region eu-west-1
                  budget 400 USD per month
                  cluster main { capacity fargate base 1 capacity fargate-spot weight 2 }
                  service s { cluster main cpu 512 memory 1 GB replicas 3 max 6 logs awslogs }
                  loadbalancer lb { usage rps 300 }
                  database db { engine aurora-mysql class db.r6g.large replicas 1 }
                }
                """);
        CostModel.Estimate viaFacts = CostModel.estimate(Facts.of(a), PriceTable.embedded());
        CostModel.Estimate viaView = CostModel.estimate(a, PriceTable.embedded());
        assertThat(viaFacts).isEqualTo(viaView);
        assertThat(viaFacts.lines()).extracting(CostModel.Line::kind).containsExactly(Kind.SERVICE, Kind.LOADBALANCER, Kind.DATABASE);
        assertThat(viaFacts.budget().centsPerMonth()).isEqualTo(40000);
        assertThat(viaFacts.budgetAt().line()).isEqualTo(3);
        assertThat(viaFacts.assumptions()).extracting(CostModel.Assumption::message).containsExactly(
                "log volume undeclared; assumed 1 GB per task per month (declare: usage logs N GB)",
                "storage undeclared; assumed 20 GB (declare: storage N GB)");
    }
}
