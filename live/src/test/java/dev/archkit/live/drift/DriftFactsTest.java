package dev.archkit.live.drift;

import dev.archkit.lang.ModelBuilder;
import dev.archkit.model.Architecture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Drift and its expectation read scaling and placement from the facts layer. */
class DriftFactsTest {

    static Architecture build(Path dir, String text) throws Exception {
        Path f = dir.resolve("a.arch");
        Files.writeString(f, text);
        var r = ModelBuilder.build(f);
        assertThat(r.diagnostics()).noneMatch(d -> d.isError());
        return r.architecture();
    }

    static final String SCHEDULED = """
            architecture shop {
              region eu-west-1
              cluster main {
                capacity fargate
              }
              service night-batch {
                cluster main
                image "shop/batch:1"
                port 8080
                replicas 2
                schedule "cron(0 22 * * ? *)" min 4 max 8 name night
              }
            }
            """;

    static Inventory withDesired(Inventory i, int desired) {
        List<Inventory.Service> services = new ArrayList<>();
        for (Inventory.Service s : i.services()) {
            services.add(new Inventory.Service(s.name(), s.cluster(), s.arn(), desired, s.launchType(), s.strategy(), s.subnets(), s.securityGroups(),
                    s.publicIp(), s.circuitBreaker(), s.rollback(), s.task(), s.targetGroups(), s.registries(), s.tags()));
        }
        return new Inventory(i.version(), i.region(), i.clusters(), services, i.vpcs(), i.subnets(), i.securityGroups(), i.natGateways(),
                i.loadBalancers(), i.targetGroups(), i.scalableTargets(), i.discoveryServices(), i.databases(), i.roles(), i.eksClusters(), i.unreadable());
    }

    @Test
    void aServiceScaledOnlyByASchedulesGetsAScalableTargetAndMayRunAnyCountTheScheduleSets(@TempDir Path dir) throws Exception {
        Architecture a = build(dir, SCHEDULED);
        Inventory expected = Expected.of(a);
        // what Terraform creates for a schedule: a scalable target at the written count, the actions move it
        assertThat(expected.scalableTargets()).singleElement().satisfies(t -> {
            assertThat(t.resourceId()).isEqualTo("service/shop-main/shop-night-batch");
            assertThat(t.min()).isEqualTo(2);
            assertThat(t.max()).isEqualTo(2);
        });
        assertThat(Drift.compare(a, expected, List.of(), List.of()).items()).isEmpty();
        // at night the schedule runs six: not drift
        assertThat(Drift.compare(a, withDesired(expected, 6), List.of(), List.of()).items()).isEmpty();
        // nine is more than any schedule allows
        assertThat(Drift.compare(a, withDesired(expected, 9), List.of(), List.of()).items()).extracting(DriftItem::message)
                .containsExactly("service 'night-batch' desired count: model 2-8, live 9 (outside the autoscaling range)");
    }

    @Test
    void aServiceWithoutARangeOrScheduleMustRunItsCount(@TempDir Path dir) throws Exception {
        Architecture a = build(dir, SCHEDULED.replace("    schedule \"cron(0 22 * * ? *)\" min 4 max 8 name night\n", "    scale cpu 70%\n"));
        Inventory expected = Expected.of(a);
        assertThat(expected.scalableTargets()).singleElement().satisfies(t -> assertThat(t.policies()).extracting(Inventory.Policy::metric)
                .containsExactly("ECSServiceAverageCPUUtilization"));
        assertThat(Drift.compare(a, withDesired(expected, 3), List.of(), List.of()).items()).extracting(DriftItem::message)
                .containsExactly("service 'night-batch' desired count: model 2, live 3");
    }

    @Test
    void aModelWithoutANetworkComparesWithItsOwnDeployment(@TempDir Path dir) throws Exception {
        // its security groups are in no VPC the model knows: before, the comparison stopped with a NullPointerException
        Architecture a = build(dir, """
                architecture fixture {
                  region eu-west-1
                  securitygroup task-sg {
                    ingress tcp 8080 from 10.0.0.0/8
                  }
                  service api {
                    securitygroups task-sg
                  }
                  database orders {
                    engine postgres
                  }
                }
                """);
        Inventory expected = Expected.of(a);
        assertThat(expected.securityGroups()).singleElement().satisfies(g -> assertThat(g.vpcId()).isNull());
        assertThat(Drift.compare(a, expected, List.of(), List.of()).items()).isEmpty();
    }

    @Test
    void aLiveDatabaseInNoVpcIsNeitherTheModelsNorAnExtra() {
        Architecture a = DriftTest.load("tutorial-service");
        Inventory e = Expected.of(a);
        List<Inventory.Database> dbs = List.of(new Inventory.Database("legacy", "mysql", "db.t3.micro", false, 20, false, null, null));
        Inventory live = new Inventory(e.version(), e.region(), e.clusters(), e.services(), e.vpcs(), e.subnets(), e.securityGroups(), e.natGateways(),
                e.loadBalancers(), e.targetGroups(), e.scalableTargets(), e.discoveryServices(), dbs, e.roles(), e.eksClusters(), e.unreadable());
        assertThat(Drift.compare(a, live, List.of(), List.of()).items()).isEmpty();
    }
}
