package dev.archkit.live.drift;

import dev.archkit.model.Architecture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * VPC endpoints and each subnet's default route, on the tutorial service's endpoints variant (private
 * subnets without a NAT gateway, four interface endpoints and an S3 gateway endpoint): found,
 * changed, missing and extra; what could not be read is unknown, never missing; a snapshot taken
 * before archkit read them leaves them not checked.
 */
class EndpointRouteDriftTest {

    static Architecture model;
    static Inventory faithful;
    static FakeAws aws;

    @BeforeAll
    static void start() throws Exception {
        model = DriftTest.load("tutorial-service-endpoints");
        faithful = Expected.of(model);
        aws = new FakeAws(faithful);
    }

    @AfterAll
    static void stop() {
        aws.close();
    }

    static List<String> messages(Inventory live) {
        return Drift.compare(model, live, List.of(), List.of()).items().stream().map(DriftItem::message).toList();
    }

    static String subnetId(Inventory i, String element) {
        return i.subnets().stream().filter(s -> element.equals(s.tags().get("archkit:element"))).findFirst().orElseThrow().id();
    }

    static Inventory.VpcEndpoint endpoint(Inventory i, String element) {
        return i.vpcEndpoints().stream().filter(x -> element.equals(x.tags().get("archkit:element"))).findFirst().orElseThrow();
    }

    static Inventory replace(Inventory i, Inventory.VpcEndpoint by) {
        List<Inventory.VpcEndpoint> eps = new ArrayList<>();
        for (Inventory.VpcEndpoint x : i.vpcEndpoints()) eps.add(x.id().equals(by.id()) ? by : x);
        return i.withRouting(eps, i.routeTables());
    }

    @Test
    void aFaithfulDeploymentHasNoDriftAndItsEndpointsAndRoutesAreChecked() throws Exception {
        Drift.Report r = Drift.compare(model, faithful, List.of(), List.of());
        assertThat(r.items()).isEmpty();
        // the tasks' egress to the S3 prefix list: drift compares its shape, not which list a live rule names
        assertThat(r.notChecked()).extracting(n -> n.kind() + " " + n.name()).containsExactly("securitygroup service-sg");
        assertThat(faithful.vpcEndpoints()).hasSize(5);
        // the snapshot text keeps them, and reads back the same
        assertThat(Inventory.fromJson("s", faithful.toJson()).toJson()).isEqualTo(faithful.toJson());
    }

    @Test
    void anInterfaceEndpointsSubnetsGroupsDnsServiceAndStateAreCompared() {
        Inventory.VpcEndpoint x = endpoint(faithful, "ecr-dkr");
        Inventory.VpcEndpoint changed = new Inventory.VpcEndpoint(x.id(), x.vpcId(), "com.amazonaws.ap-northeast-2.ecr.api", x.type(), "pendingAcceptance",
                List.of(subnetId(faithful, "app-a")), x.routeTables(), List.of(), false, x.tags());
        assertThat(messages(replace(faithful, changed))).containsExactlyInAnyOrder(
                "endpoint 'ecr-dkr' service: model ecr.dkr, live ecr.api",
                "endpoint 'ecr-dkr' state: model available, live pendingacceptance",
                "endpoint 'ecr-dkr' subnets: model app-a, app-c, live app-a",
                "endpoint 'ecr-dkr' security groups: model endpoints-sg, live ",
                "endpoint 'ecr-dkr' private DNS: model on, live off");
    }

    @Test
    void aDeletedEndpointIsMissingAndAnUnknownOneInTheVpcIsExtra() {
        Inventory.VpcEndpoint secrets = endpoint(faithful, "secrets");
        Inventory.VpcEndpoint deleted = new Inventory.VpcEndpoint(secrets.id(), secrets.vpcId(), secrets.serviceName(), secrets.type(), "deleted",
                secrets.subnets(), secrets.routeTables(), secrets.securityGroups(), secrets.privateDns(), secrets.tags());
        Inventory.VpcEndpoint stranger = new Inventory.VpcEndpoint("vpce-0123456789abcdef0", secrets.vpcId(), "com.amazonaws.ap-northeast-2.sts", "Interface",
                "available", secrets.subnets(), List.of(), secrets.securityGroups(), true, null);
        Inventory i = replace(faithful, deleted);
        List<Inventory.VpcEndpoint> eps = new ArrayList<>(i.vpcEndpoints());
        eps.add(stranger);
        List<String> m = messages(i.withRouting(eps, i.routeTables()));
        assertThat(m).hasSize(2).anySatisfy(s -> assertThat(s).startsWith("endpoint 'secrets' is in the model but not live"))
                .contains("endpoint 'vpce-0123456789abcdef0' runs live but is not in the model (sts (interface) in " + secrets.vpcId() + ")");
    }

    @Test
    void anEndpointMadeWithoutArchkitsTagsIsFoundByItsServiceInTheVpc() {
        Inventory.VpcEndpoint x = endpoint(faithful, "logs");
        Inventory untagged = replace(faithful, new Inventory.VpcEndpoint("vpce-0aaaabbbbccccdddd", x.vpcId(), x.serviceName(), x.type(), x.state(),
                x.subnets(), x.routeTables(), x.securityGroups(), x.privateDns(), Map.of("Name", "hand-made")));
        assertThat(messages(untagged)).isEmpty();
    }

    @Test
    void eachSubnetsDefaultRouteAndTheGatewayEndpointsTablesAreCompared() {
        String appA = subnetId(faithful, "app-a"), publicA = subnetId(faithful, "public-a");
        List<Inventory.RouteTable> tables = new ArrayList<>();
        for (Inventory.RouteTable t : faithful.routeTables()) {
            if (t.subnets().contains(appA)) {       // someone sent app-a to the internet gateway and dropped the S3 route
                tables.add(new Inventory.RouteTable(t.id(), t.vpcId(), false, t.subnets(), List.of(t.routes().get(0),
                        new Inventory.Route("0.0.0.0/0", "igw-0123", "active")), t.tags()));
            } else if (t.subnets().contains(publicA)) {   // the public table's internet gateway was deleted: a blackhole
                List<Inventory.Route> routes = new ArrayList<>();
                for (Inventory.Route r : t.routes()) routes.add(r.destination().equals("0.0.0.0/0") ? new Inventory.Route(r.destination(), r.target(), "blackhole") : r);
                tables.add(new Inventory.RouteTable(t.id(), t.vpcId(), false, t.subnets(), routes, t.tags()));
            } else tables.add(t);
        }
        Inventory.VpcEndpoint s3 = endpoint(faithful, "s3");
        List<String> s3Tables = s3.routeTables().stream().filter(id -> tables.stream().noneMatch(t -> t.id().equals(id) && t.subnets().contains(appA))).toList();
        Inventory live = replace(faithful.withRouting(faithful.vpcEndpoints(), tables), new Inventory.VpcEndpoint(s3.id(), s3.vpcId(), s3.serviceName(),
                s3.type(), s3.state(), s3.subnets(), s3Tables, s3.securityGroups(), s3.privateDns(), s3.tags()));
        Drift.Report r = Drift.compare(model, live, List.of(), List.of());
        assertThat(r.items()).extracting(i -> i.at().line() + " " + i.message()).containsExactlyInAnyOrder(
                "15 subnet 'public-a' default route: model igw, live igw (blackhole: its target is gone)",
                "16 subnet 'public-c' default route: model igw, live igw (blackhole: its target is gone)",   // the same table
                "17 subnet 'app-a' default route: model none, live igw",
                "36 endpoint 's3' subnets routed to it: model app-a, app-c, public-a, public-c, live app-c, public-a, public-c");
        // a subnet without a table of its own follows the VPC's main table: here one with a NAT gateway the model does not have
        List<Inventory.RouteTable> unassociated = faithful.routeTables().stream().map(t -> t.subnets().contains(appA)
                ? new Inventory.RouteTable(t.id(), t.vpcId(), false, List.of(), t.routes(), t.tags())
                : t.main() ? new Inventory.RouteTable(t.id(), t.vpcId(), true, t.subnets(), List.of(t.routes().get(0),
                        new Inventory.Route("0.0.0.0/0", "nat-0feed", "active")), t.tags()) : t).toList();
        assertThat(messages(faithful.withRouting(faithful.vpcEndpoints(), unassociated))).containsExactlyInAnyOrder(
                "subnet 'app-a' default route: model none, live nat nat-0feed",
                "endpoint 's3' subnets routed to it: model app-a, app-c, public-a, public-c, live app-c, public-a, public-c");
    }

    @Test
    void aDeniedOrPartialReadIsUnknownNeverMissing() {
        Inventory denied = faithful.withRouting(List.of(), List.of()).withUnreadable(List.of(
                new Inventory.Unreadable("ec2", "DescribeVpcEndpoints", null, "UnauthorizedOperation: You are not authorized to perform this operation."),
                new Inventory.Unreadable("ec2", "DescribeRouteTables", null, "RequestLimitExceeded: Request limit exceeded.")));
        Drift.Report r = Drift.compare(model, denied, List.of(), List.of());
        assertThat(r.items()).isNotEmpty().allMatch(i -> i.change() == DriftItem.Change.UNKNOWN);
        assertThat(r.items()).extracting(DriftItem::message).contains(
                "endpoint 'ecr-api' could not be read: ec2 DescribeVpcEndpoints: UnauthorizedOperation: You are not authorized to perform this operation.",
                "subnet 'app-a' default route could not be read: its route table is not known: ec2 DescribeRouteTables: RequestLimitExceeded: Request limit exceeded.");
        assertThat(r.incomplete()).isTrue();
        // a partial read: the tables read are compared, a subnet whose table may be on a page not read is unknown
        String appA = subnetId(faithful, "app-a");
        List<Inventory.RouteTable> half = faithful.routeTables().stream().filter(t -> t.subnets().contains(appA)).toList();
        Inventory partial = faithful.withRouting(faithful.vpcEndpoints(), half).withUnreadable(List.of(
                new Inventory.Unreadable("ec2", "DescribeRouteTables", null, "RequestLimitExceeded: Request limit exceeded. (after 1 read)")));
        Drift.Report p = Drift.compare(model, partial, List.of(), List.of());
        assertThat(p.items()).noneMatch(i -> i.change() != DriftItem.Change.UNKNOWN);
        assertThat(p.items()).extracting(DriftItem::name).contains("app-c", "public-a", "public-c", "s3").doesNotContain("app-a");
    }

    @Test
    void aSnapshotTakenBeforeTheseReadsLeavesThemNotChecked() throws Exception {
        String old = faithful.withRouting(null, null).toJson();
        assertThat(old).doesNotContain("vpcEndpoints").doesNotContain("routeTables");
        Drift.Report r = Drift.compare(model, Inventory.fromJson("old.live.json", old), List.of(), List.of());
        assertThat(r.items()).isEmpty();
        assertThat(r.notChecked()).extracting(n -> n.kind() + " " + n.name()).containsExactlyInAnyOrder("subnet public-a", "subnet public-c", "subnet app-a",
                "subnet app-c", "endpoint ecr-api", "endpoint ecr-dkr", "endpoint s3", "endpoint logs", "endpoint secrets", "securitygroup service-sg");
        assertThat(DriftReport.text(List.of(r), "m.arch", "the snapshot old.live.json"))
                .contains("not checked: endpoint 'ecr-api' (the snapshot has no VPC endpoints (taken before archkit read them; take a new one))")
                .contains("not checked: subnet 'app-a' (its default route: the snapshot has no route tables")
                .contains("no drift between m.arch and the snapshot old.live.json; 10 not checked");
        // an endpoint read before its groups and private DNS were: those are not checked, the rest is
        Inventory e = faithful.withRouting(faithful.vpcEndpoints().stream().map(x -> new Inventory.VpcEndpoint(x.id(), x.vpcId(), x.serviceName(), x.type(),
                x.state(), x.subnets(), x.routeTables(), null, null, x.tags())).toList(), faithful.routeTables());
        Drift.Report r2 = Drift.compare(model, Inventory.fromJson("s", e.toJson()), List.of(), List.of());
        assertThat(r2.items()).isEmpty();
        assertThat(r2.notChecked()).extracting(Drift.NotChecked::name).containsExactlyInAnyOrder("ecr-api", "ecr-dkr", "logs", "secrets", "service-sg");
    }

    @Test
    void readThroughTheSdkPageByPageWithFaults() throws Exception {
        aws.pageSize = 2;
        aws.faults = List.of();
        Inventory read = aws.read();
        assertThat(read.unreadable()).isEmpty();
        assertThat(read.vpcEndpoints()).hasSize(5);
        assertThat(read.routeTables()).hasSameSizeAs(faithful.routeTables());
        assertThat(Drift.compare(model, read, List.of(), List.of()).items()).isEmpty();
        assertThat(aws.calls).filteredOn(c -> c.equals("ec2.DescribeRouteTables")).hasSizeGreaterThan(1);
        for (List<FakeAws.Fault> faults : List.of(
                List.of(new FakeAws.Fault("ec2.DescribeVpcEndpoints", FakeAws.FaultKind.DENIED, 0)),
                List.of(new FakeAws.Fault("ec2.DescribeVpcEndpoints", FakeAws.FaultKind.THROTTLED, 1)),
                List.of(new FakeAws.Fault("ec2.DescribeRouteTables", FakeAws.FaultKind.THROTTLED, 1)),
                List.of(new FakeAws.Fault("ec2.DescribeRouteTables", FakeAws.FaultKind.DENIED, 0), new FakeAws.Fault("ec2.DescribeNatGateways", FakeAws.FaultKind.SERVER_ERROR, 0)),
                List.of(new FakeAws.Fault("ec2.DescribeSubnets", FakeAws.FaultKind.DENIED, 1), new FakeAws.Fault("ec2.DescribeSecurityGroups", FakeAws.FaultKind.THROTTLED, 1)))) {
            aws.faults = faults;
            aws.fired.clear();
            Inventory got = Inventory.fromJson("read", aws.read().toJson());
            Drift.Report r = Drift.compare(model, got, List.of(), List.of());
            assertThat(r.items()).as("faults %s", faults).isNotEmpty().allMatch(i -> i.change() == DriftItem.Change.UNKNOWN);
            assertThat(r.incomplete()).isTrue();
            assertThat(got.vpcEndpoints()).as("a failed list is read, not absent").isNotNull();
        }
        aws.faults = List.of();
    }
}
