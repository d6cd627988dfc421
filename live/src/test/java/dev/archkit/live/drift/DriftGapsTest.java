package dev.archkit.live.drift;

import dev.archkit.model.Architecture;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What drift used to pass over or get wrong: rollback, swapped task roles, a VPC-wide rule, not-checked elements, malformed snapshots. */
class DriftGapsTest {

    static Inventory.Service with(Inventory.Service s, boolean rollback, Inventory.TaskDefinition td) {
        return new Inventory.Service(s.name(), s.cluster(), s.arn(), s.desiredCount(), s.launchType(), s.strategy(), s.subnets(), s.securityGroups(),
                s.publicIp(), s.circuitBreaker(), rollback, td, s.targetGroups(), s.registries(), s.tags());
    }

    @Test
    void rollbackIsCompared() {
        Architecture a = DriftTest.load("tutorial-service");
        Inventory live = Expected.of(a);
        Inventory.Service s = live.services().get(0);
        Drift.Report r = Drift.compare(a, live.withServices(List.of(with(s, false, s.task()))), List.of(), List.of());
        assertThat(r.items()).extracting(DriftItem::message).containsExactly("service 'my-service' deployment rollback: model true, live false");
    }

    @Test
    void aSwappedTaskRoleIsAChangeNotAMissingRole() {
        Architecture a = DriftTest.load("open-market");
        Inventory live = Expected.of(a).withUnreadable(List.of());
        List<Inventory.Service> services = new ArrayList<>();
        for (Inventory.Service s : live.services()) {
            Inventory.TaskDefinition t = s.task();
            if (ExampleSnapshotTest.is(s.name(), "product-service")) {
                t = new Inventory.TaskDefinition(t.family(), t.revision(), t.cpu(), t.memory(), t.cpuArchitecture(), t.executionRole(), t.executionRole(), t.containers());
            }
            services.add(with(s, s.rollback(), t));
        }
        Drift.Report r = Drift.compare(a, live.withServices(services), List.of(), List.of());
        assertThat(r.items()).extracting(DriftItem::message)
                .containsExactly("service 'product-service' task role: model open-market-productServiceTaskRole, live open-market-ecsTaskExecutionRole");
    }

    @Test
    void aRuleForTheVpcCidrAdmitsTheCallerAndIsNotBlocked() {
        Architecture a = DriftTest.load("tutorial-service");
        Inventory live = Expected.of(a);
        List<Inventory.SecurityGroup> sgs = new ArrayList<>();
        for (Inventory.SecurityGroup g : live.securityGroups()) {
            if (ExampleSnapshotTest.is(g.name(), "service-sg")) {
                List<Inventory.SgRule> rules = new ArrayList<>();
                for (Inventory.SgRule x : g.rules()) if (x.egress()) rules.add(x);
                rules.add(new Inventory.SgRule(false, "tcp", 80, 80, live.vpcs().get(0).cidr(), null, "the VPC"));
                g = new Inventory.SecurityGroup(g.id(), g.name(), g.vpcId(), rules, g.tags());
            }
            sgs.add(g);
        }
        Drift.Report r = Drift.compare(a, live.withSecurityGroups(sgs), List.of(), List.of());
        assertThat(r.items()).extracting(DriftItem::message)
                .noneMatch(m -> m.contains("declared but blocked"))
                .anyMatch(m -> m.startsWith("securitygroup 'service-sg' ingress: model no such rule, live tcp 80 from " + live.vpcs().get(0).cidr()));
    }

    @Test
    void whatDriftDoesNotReadIsListedAsNotChecked() {
        Architecture a = DriftTest.load("open-market");
        Drift.Report r = Drift.compare(a, Expected.of(a), List.of(), List.of());
        assertThat(r.items()).isEmpty();
        assertThat(r.notChecked()).extracting(n -> n.kind() + " " + n.name() + ": " + n.why())
                .contains("cache redis: drift does not read ElastiCache", "table ProductViews: drift does not read DynamoDB");
        assertThat(DriftReport.text(List.of(r), "m.arch", "the account")).contains("not checked: cache 'redis' (drift does not read ElastiCache)")
                .contains("no drift between m.arch and the account; 10 not checked");
    }

    @Test
    void aMalformedSnapshotIsALocatedErrorNotACrash() throws Exception {
        assertThatThrownBy(() -> Inventory.fromJson("s.json", "{\"version\": 1, \"region\": \"r\",\n \"clusters\": [ null ] }"))
                .isInstanceOf(Inventory.Invalid.class).hasMessageStartingWith("s.json:2:").hasMessageContaining("clusters[0]");
        assertThatThrownBy(() -> Inventory.fromJson("s.json", "{\"version\": 1, \"region\": \"r\",\n \"securityGroups\": [ {\"id\": \"sg-1\", \"name\": \"a\","
                + " \"rules\": [ {\"egress\": false} ] } ] }"))
                .isInstanceOf(Inventory.Invalid.class).hasMessageStartingWith("s.json:2:").hasMessageContaining("securityGroups[0].rules[0]")
                .hasMessageContaining("no rule protocol");
        // a part written as absent stays unknown: the group's rules are not taken for none
        assertThat(Inventory.fromJson("s.json", "{\"version\": 1, \"region\": \"r\", \"securityGroups\": [ {\"id\": \"sg-1\", \"name\": \"a\"} ] }")
                .securityGroups().get(0).rules()).isNull();
    }
}
