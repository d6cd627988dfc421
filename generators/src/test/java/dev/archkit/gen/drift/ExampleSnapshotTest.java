package dev.archkit.gen.drift;

import dev.archkit.lang.ModelBuilder;
import dev.archkit.model.Architecture;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The snapshot shipped with the open-market example: what a faithful deployment shows, with the
 * drifts a real account accumulates. It is built here, so it stays consistent with the model;
 * -Darchkit.updateGolden=true rewrites it.
 */
class ExampleSnapshotTest {

    static final Path FILE = Path.of("..", "examples", "drift", "open-market.live.json");

    static Inventory withDrift(Architecture a) {
        Inventory e = Expected.of(a);
        List<Inventory.Service> services = new ArrayList<>();
        for (Inventory.Service s : e.services()) {
            if (s.name().equals("review-service")) continue;                       // deleted by hand
            if (s.name().equals("order-service")) {                                 // scaled past its autoscaling maximum
                s = new Inventory.Service(s.name(), s.cluster(), s.arn(), 25, s.launchType(), s.strategy(), s.subnets(), s.securityGroups(), s.publicIp(),
                        s.circuitBreaker(), s.rollback(), s.task(), s.targetGroups(), s.registries(), s.tags());
            }
            if (s.name().equals("product-service")) {                               // a hotfix deployed outside the pipeline
                Inventory.TaskDefinition t = s.task();
                Inventory.Container c = t.containers().get(0);
                Inventory.Container hot = new Inventory.Container(c.name(), c.image().replace(":latest", ":hotfix-2611"), c.ports(), c.environment(),
                        c.secrets(), c.logGroup(), c.healthCheck());
                s = new Inventory.Service(s.name(), s.cluster(), s.arn(), s.desiredCount(), s.launchType(), s.strategy(), s.subnets(), s.securityGroups(),
                        s.publicIp(), s.circuitBreaker(), s.rollback(), new Inventory.TaskDefinition(t.family(), t.revision() + 14, t.cpu(), "2048",
                        t.cpuArchitecture(), t.taskRole(), t.executionRole(), List.of(hot)), s.targetGroups(), s.registries(), s.tags());
            }
            services.add(s);
        }
        String cluster = e.clusters().get(0).name();
        services.add(new Inventory.Service("debug-shell", cluster, "arn:aws:ecs:" + e.region() + ":123456789012:service/" + cluster + "/debug-shell",
                1, "FARGATE", List.of(), services.get(0).subnets(), services.get(0).securityGroups(), true, false, false,
                new Inventory.TaskDefinition("debug-shell", 3, "256", "512", "X86_64", null, null,
                        List.of(new Inventory.Container("shell", "public.ecr.aws/amazonlinux/amazonlinux:2023", List.of(), List.of(), List.of(), null, false))),
                List.of(), 0, null));
        List<Inventory.SecurityGroup> sgs = new ArrayList<>();
        for (Inventory.SecurityGroup g : e.securityGroups()) {
            if (g.name().equals("doa-market-data-sg")) {                            // opened "for a quick look" and never closed
                List<Inventory.SgRule> rules = new ArrayList<>(g.rules());
                rules.add(new Inventory.SgRule(false, "tcp", 5432, 5432, "0.0.0.0/0", null, "temporary access"));
                g = new Inventory.SecurityGroup(g.id(), g.name(), g.vpcId(), rules, g.tags());
            }
            sgs.add(g);
        }
        List<Inventory.Database> dbs = new ArrayList<>();
        for (Inventory.Database d : e.databases()) {
            dbs.add(d.identifier().startsWith("products-db") ? new Inventory.Database(d.identifier(), d.engine(), "db.r6g.xlarge", d.multiAz(), d.storage(),
                    d.publiclyAccessible(), d.vpcId(), d.tags()) : d);
        }
        // the snapshot was taken with a role that may not read IAM
        List<Inventory.Unreadable> unread = List.of(new Inventory.Unreadable("iam", "GetRole", null,
                "AccessDenied: User: arn:aws:sts::123456789012:assumed-role/auditor/ci is not authorized to perform: iam:GetRole"));
        return new Inventory(e.version(), e.region(), e.clusters(), services, e.vpcs(), e.subnets(), sgs, e.natGateways(), e.loadBalancers(),
                e.targetGroups(), e.scalableTargets(), e.discoveryServices(), dbs, List.of(), e.eksClusters(), unread).sorted();
    }

    @Test
    void theShippedSnapshotIsCurrentAndShowsItsDrifts() throws Exception {
        var r = ModelBuilder.build(Path.of("..", "examples", "open-market.arch"));
        Architecture a = r.architecture();
        String text = withDrift(a).toJson();
        if (Boolean.getBoolean("archkit.updateGolden")) Files.writeString(FILE, text);
        assertThat(text).isEqualTo(Files.readString(FILE));
        Drift.Report rep = Drift.compare(a, Inventory.fromJson(FILE.toString(), text), List.of(), List.of());
        assertThat(rep.items()).extracting(DriftItem::message).contains(
                "service 'review-service' is in the model but not live (looked for tag archkit:element=review-service or name 'review-service')",
                "service 'order-service' desired count: model 4-20, live 25 (outside the autoscaling range)",
                "service 'debug-shell' runs live but is not in the model (in cluster doa-market-cluster)",
                "securitygroup 'doa-market-data-sg' ingress: model no such rule, live tcp 5432 from 0.0.0.0/0 (live admits traffic the model does not declare)",
                "database 'products-db' instance class: model db.r6g.large, live db.r6g.xlarge");
        assertThat(rep.items()).filteredOn(i -> i.kind().equals("role")).allMatch(i -> i.change() == DriftItem.Change.UNKNOWN);
        assertThat(rep.incomplete()).isTrue();
    }
}
