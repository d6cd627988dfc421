package dev.archkit.live.drift;

import dev.archkit.lang.ModelBuilder;
import dev.archkit.model.Architecture;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reader and the comparison against {@link FakeAws} serving the open-market example's account
 * (a faithful deployment with the drifts a real account accumulates), two items a page. Without
 * faults the read gives the same report as the account itself; with any set of faults (denied,
 * throttled beyond the retries, server errors, on any operation, from any page), nothing is
 * reported missing, extra or changed that the complete read does not report: what could not be
 * read is unknown, and the report is incomplete exactly when a fault fired.
 */
class FaultInjectionTest {

    static Architecture model;
    static Inventory served;
    static FakeAws aws;
    static Set<String> baseline;

    @BeforeContainer
    static void start() throws Exception {
        model = ModelBuilder.build(Path.of("..", "examples", "open-market.arch")).architecture();
        // the example's snapshot was taken without IAM; here the account has its roles
        served = ExampleSnapshotTest.withDrift(model).withUnreadable(List.of()).withRoles(Expected.of(model).roles());
        aws = new FakeAws(served);
        baseline = drifts(Drift.compare(model, served, List.of(), List.of()));
        aws.read();   // the first read loads the SDK's classes: not under test
    }

    @AfterContainer
    static void stop() {
        aws.close();
    }

    static Set<String> drifts(Drift.Report r) {
        Set<String> out = new TreeSet<>();
        for (DriftItem i : r.items()) if (i.change() != DriftItem.Change.UNKNOWN) out.add(i.message());
        return out;
    }

    @net.jqwik.api.Example
    void withoutFaultsTheReadShowsWhatTheAccountHolds() throws Exception {
        aws.faults = List.of();
        aws.calls.clear();
        long t0 = System.nanoTime();
        Inventory read = aws.read();
        System.out.printf("faultless read: %d calls in %d ms%n", aws.calls.size(), (System.nanoTime() - t0) / 1_000_000);
        assertThat(read.unreadable()).isEmpty();
        Drift.Report r = Drift.compare(model, read, List.of(), List.of());
        assertThat(drifts(r)).isEqualTo(baseline).contains(
                "service 'review-service' is in the model but not live (looked for tag archkit:element=review-service or name 'open-market-review-service')",
                "service 'order-service' desired count: model 4-20, live 25 (outside the autoscaling range)");
        assertThat(r.incomplete()).isFalse();
        // every list came in pages: the second page of the rules, the roles, the services was asked for
        assertThat(aws.calls).filteredOn(c -> c.equals("elasticloadbalancingv2.DescribeRules")).hasSizeGreaterThan(served.loadBalancers().size());
        assertThat(read.loadBalancers().get(0).listeners().stream().mapToInt(l -> l.rules().size()).sum())
                .isEqualTo(served.loadBalancers().get(0).listeners().stream().mapToInt(l -> l.rules().size()).sum()).isGreaterThan(2);
        assertThat(read.services()).hasSameSizeAs(served.services());
        assertThat(read.roles()).extracting(Inventory.Role::name).containsAll(served.roles().stream().map(Inventory.Role::name).toList());
        // only read calls
        assertThat(aws.calls).allMatch(c -> c.matches("\\w+\\.(Describe|List|Get)\\w+"));
    }

    @Property(tries = 15, seed = "20261204")
    void noFaultEverInventsDrift(@ForAll("faults") List<FakeAws.Fault> faults) throws Exception {
        aws.faults = faults;
        aws.fired.clear();
        Inventory read = aws.read();
        Drift.Report r = Drift.compare(model, Inventory.fromJson("read", read.toJson()), List.of(), List.of());
        assertThat(drifts(r)).as("faults %s", faults).isSubsetOf(baseline);
        assertThat(r.incomplete()).as("faults fired: %s", aws.fired).isEqualTo(!aws.fired.isEmpty());
        assertThat(read.unreadable().isEmpty()).isEqualTo(aws.fired.isEmpty());
    }

    @Provide
    Arbitrary<List<FakeAws.Fault>> faults() {
        Arbitrary<FakeAws.Fault> one = Combinators.combine(Arbitraries.of(FakeAws.OPERATIONS),
                Arbitraries.of(FakeAws.FaultKind.DENIED, FakeAws.FaultKind.THROTTLED, FakeAws.FaultKind.SERVER_ERROR), Arbitraries.integers().between(0, 2))
                .as(FakeAws.Fault::new);
        return one.list().ofMinSize(0).ofMaxSize(4);
    }

    @net.jqwik.api.Example
    void deniedReadsAreUnknownNeverMissing() throws Exception {
        // the cases seen in the field: denied GetRole, DescribeServices, ListServices on a later page, DescribeListeners
        aws.faults = List.of(new FakeAws.Fault("iam.GetRole", FakeAws.FaultKind.DENIED, 0),
                new FakeAws.Fault("ecs.ListServices", FakeAws.FaultKind.DENIED, 1),
                new FakeAws.Fault("elasticloadbalancingv2.DescribeListeners", FakeAws.FaultKind.THROTTLED, 0),
                new FakeAws.Fault("ec2.DescribeSecurityGroupRules", FakeAws.FaultKind.SERVER_ERROR, 1),
                new FakeAws.Fault("applicationautoscaling.DescribeScalingPolicies", FakeAws.FaultKind.DENIED, 1));
        Inventory read = aws.read();
        Drift.Report r = Drift.compare(model, read, List.of(), List.of());
        assertThat(r.items()).filteredOn(i -> i.change() == DriftItem.Change.MISSING).isEmpty();
        assertThat(drifts(r)).isSubsetOf(baseline);
        assertThat(r.items()).filteredOn(i -> i.change() == DriftItem.Change.UNKNOWN).extracting(DriftItem::message).anySatisfy(m ->
                assertThat(m).startsWith("service 'review-service' could not be read: ecs ListServices (open-market-doa-market-cluster): AccessDeniedException"))
                .anySatisfy(m -> assertThat(m).startsWith("loadbalancer 'doa-market-alb' listeners and routes could not be read: elasticloadbalancingv2 DescribeListeners"))
                .anySatisfy(m -> assertThat(m).contains("rules could not be read: ec2 DescribeSecurityGroupRules: InternalFailure"))
                .anySatisfy(m -> assertThat(m).contains("scaling policies could not be read"))
                .anySatisfy(m -> assertThat(m).startsWith("role 'productServiceTaskRole' allowed actions could not be read: iam GetRole (open-market-productServiceTaskRole): AccessDenied"));
        // the pages read before the failure are kept
        assertThat(read.services()).hasSizeGreaterThanOrEqualTo(10).hasSizeLessThan(served.services().size());
        assertThat(read.unreadable()).anySatisfy(u -> assertThat(u.reason()).contains("(after 10 read)"));
    }

    @net.jqwik.api.Example
    void slowAnswersAreUnknownToo() throws Exception {
        aws.faults = List.of(new FakeAws.Fault("ec2.DescribeSubnets", FakeAws.FaultKind.SLOW, 1), new FakeAws.Fault("rds.DescribeDBInstances", FakeAws.FaultKind.SLOW, 0));
        Inventory read = aws.read();
        Drift.Report r = Drift.compare(model, read, List.of(), List.of());
        assertThat(drifts(r)).isSubsetOf(baseline);
        assertThat(read.unreadable()).extracting(Inventory.Unreadable::operation).contains("DescribeSubnets", "DescribeDBInstances");
        assertThat(r.items()).filteredOn(i -> i.kind().equals("database")).isNotEmpty().allMatch(i -> i.change() == DriftItem.Change.UNKNOWN);
        aws.faults = List.of();
    }

    @net.jqwik.api.Example
    void aSidecarListedFirstIsNotTakenForTheService() throws Exception {
        List<Inventory.Service> services = new ArrayList<>();
        for (Inventory.Service s : served.services()) {
            if (ExampleSnapshotTest.is(s.name(), "user-service")) {
                Inventory.TaskDefinition t = s.task();
                List<Inventory.Container> cs = new ArrayList<>();
                cs.add(new Inventory.Container("log-router", "public.ecr.aws/aws-observability/aws-for-fluent-bit:stable", List.of(2020), List.of(), List.of(), null, false));
                cs.addAll(t.containers());
                s = new Inventory.Service(s.name(), s.cluster(), s.arn(), s.desiredCount(), s.launchType(), s.strategy(), s.subnets(), s.securityGroups(),
                        s.publicIp(), s.circuitBreaker(), s.rollback(), new Inventory.TaskDefinition(t.family(), t.revision(), t.cpu(), t.memory(), t.cpuArchitecture(),
                        t.taskRole(), t.executionRole(), cs), s.targetGroups(), s.registries(), s.tags());
            }
            services.add(s);
        }
        aws.faults = List.of();
        aws.serve(served.withServices(services));
        try {
            Drift.Report r = Drift.compare(model, aws.read(), List.of(), List.of());
            assertThat(drifts(r)).isEqualTo(baseline);
        } finally {
            aws.serve(served);
        }
    }

    @net.jqwik.api.Example
    void prefixListsAndIpv6RoundTripThroughTheSnapshot() throws Exception {
        List<Inventory.SecurityGroup> sgs = new ArrayList<>();
        for (Inventory.SecurityGroup g : served.securityGroups()) {
            if (ExampleSnapshotTest.is(g.name(), "doa-market-data-sg")) {
                List<Inventory.SgRule> rules = new ArrayList<>(g.rules());
                rules.add(new Inventory.SgRule(false, "tcp", 443, 443, null, null, "pl-0123456789abcdef0", "from S3"));
                rules.add(new Inventory.SgRule(false, "tcp", 5432, 5432, "2001:db8::/32", null, null, "v6 office"));
                g = new Inventory.SecurityGroup(g.id(), g.name(), g.vpcId(), rules, g.tags());
            }
            sgs.add(g);
        }
        aws.faults = List.of();
        aws.serve(served.withSecurityGroups(sgs));
        try {
            Inventory read = aws.read();
            Inventory again = Inventory.fromJson("snap", read.toJson());
            assertThat(again.toJson()).isEqualTo(read.toJson());
            Inventory.SecurityGroup g = again.securityGroups().stream().filter(x -> ExampleSnapshotTest.is(x.name(), "doa-market-data-sg")).findFirst().orElseThrow();
            assertThat(g.rules()).anySatisfy(x -> assertThat(x.prefixList()).isEqualTo("pl-0123456789abcdef0"))
                    .anySatisfy(x -> assertThat(x.cidr()).isEqualTo("2001:db8::/32"));
            assertThat(Drift.compare(model, again, List.of(), List.of()).items()).extracting(DriftItem::message)
                    .contains("securitygroup 'doa-market-data-sg' ingress: model no such rule, live tcp 443 from prefix list pl-0123456789abcdef0"
                            + " (live admits traffic the model does not declare)")
                    .noneMatch(m -> m.contains("from null"));
        } finally {
            aws.serve(served);
        }
    }
}
