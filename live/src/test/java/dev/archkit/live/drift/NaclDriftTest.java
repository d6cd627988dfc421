package dev.archkit.live.drift;

import dev.archkit.lang.ModelBuilder;
import dev.archkit.model.Architecture;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Network ACL drift: found with their subnets and rules; changed rule by rule; unknown apart from missing; extras. */
class NaclDriftTest {

    static final String ARCH = """
            architecture n {
              region eu-west-1
              network vpc 10.0.0.0/16 {
                subnet app-a zone eu-west-1a private 10.0.1.0/24
                subnet app-b zone eu-west-1b private 10.0.2.0/24
                subnet data-a zone eu-west-1a private 10.0.10.0/24
                nacl data-nacl {
                  subnets data-a
                  ingress 100 allow tcp 5432 from 10.0.0.0/22
                  egress 100 allow tcp 1024-65535 to 10.0.0.0/22
                }
              }
            }
            """;

    static Architecture arch() {
        var r = ModelBuilder.buildText("n.arch", ARCH);
        assertThat(r.diagnostics()).isEmpty();
        return r.architecture();
    }

    static List<String> messages(Inventory live) {
        return Drift.compare(arch(), live, List.of(), List.of()).items().stream().map(DriftItem::message).toList();
    }

    static Inventory.NetworkAcl nacl(Inventory inv) {
        return inv.networkAcls().stream().filter(n -> !n.isDefault()).findFirst().orElseThrow();
    }

    @Test
    void aFaithfulDeploymentHasNoNaclDrift() {
        Inventory live = Expected.of(arch());
        assertThat(live.networkAcls()).hasSize(2);   // the declared one and the VPC's default
        assertThat(messages(live)).isEmpty();
    }

    @Test
    void aRuleChangedByHandAndASubnetMovedAreReported() {
        Inventory live = Expected.of(arch());
        Inventory.NetworkAcl n = nacl(live);
        List<Inventory.AclEntry> entries = new ArrayList<>();
        for (Inventory.AclEntry e : n.entries()) {
            entries.add(e.egress() && e.number() == 100 ? new Inventory.AclEntry(100, true, "6", "allow", "10.0.0.0/22", 32768, 65535) : e);
        }
        entries.add(new Inventory.AclEntry(90, false, "-1", "deny", "10.0.2.0/24", -1, -1));
        String appA = Expected.id("subnet", "n-app-a");
        List<Inventory.NetworkAcl> acls = new ArrayList<>();
        for (Inventory.NetworkAcl x : live.networkAcls()) {
            if (!x.isDefault()) acls.add(new Inventory.NetworkAcl(x.id(), x.vpcId(), false, List.of(x.subnets().get(0), appA), entries, x.tags()));
            else acls.add(new Inventory.NetworkAcl(x.id(), x.vpcId(), true, x.subnets().stream().filter(s -> !s.equals(appA)).toList(), x.entries(), x.tags()));
        }
        assertThat(messages(live.withNetworkAcls(acls))).containsExactlyInAnyOrder(
                "nacl 'data-nacl' subnets: model data-a, live app-a, data-a",
                "nacl 'data-nacl' ingress rule 90: model none, live deny all from 10.0.2.0/24",
                "nacl 'data-nacl' egress rule 100: model allow tcp 1024-65535 to 10.0.0.0/22, live allow tcp 32768-65535 to 10.0.0.0/22",
                "subnet 'app-a' network ACL: model the VPC's default, live n-data-nacl");
    }

    @Test
    void aNaclNotFoundIsMissingUnlessTheListCouldNotBeRead() {
        Inventory live = Expected.of(arch());
        Inventory none = live.withNetworkAcls(live.networkAcls().stream().filter(Inventory.NetworkAcl::isDefault).toList());
        assertThat(Drift.compare(arch(), none, List.of(), List.of()).items()).singleElement()
                .satisfies(i -> assertThat(i.change()).isEqualTo(DriftItem.Change.MISSING))
                .satisfies(i -> assertThat(i.name()).isEqualTo("data-nacl"));
        Inventory denied = none.withUnreadable(List.of(new Inventory.Unreadable("ec2", "DescribeNetworkAcls", null, "AccessDenied")));
        assertThat(Drift.compare(arch(), denied, List.of(), List.of()).items()).singleElement()
                .satisfies(i -> assertThat(i.change()).isEqualTo(DriftItem.Change.UNKNOWN))
                .satisfies(i -> assertThat(i.message()).contains("AccessDenied"));
    }

    /** A snapshot written before network ACLs were read has no 'networkAcls': the NACLs are not checked, never missing. */
    @Test
    void aSnapshotTakenBeforeNaclsWereReadLeavesThemNotChecked() throws Exception {
        String old = Expected.of(arch()).withNetworkAcls(null).toJson();
        assertThat(old).doesNotContain("networkAcls");
        Drift.Report r = Drift.compare(arch(), Inventory.fromJson("old.live.json", old), List.of(), List.of());
        assertThat(r.items()).isEmpty();
        assertThat(r.notChecked()).extracting(n -> n.kind() + " " + n.name() + ": " + n.why())
                .containsExactly("nacl data-nacl: the snapshot has no network ACLs (taken before archkit read them; take a new one)");
    }

    @Test
    void aNaclNoElementAccountsForIsExtra() {
        Inventory live = Expected.of(arch());
        List<Inventory.NetworkAcl> acls = new ArrayList<>(live.networkAcls());
        acls.add(new Inventory.NetworkAcl("acl-0123", nacl(live).vpcId(), false, List.of(), List.of(), java.util.Map.of("Name", "hand-made")));
        assertThat(messages(live.withNetworkAcls(acls))).singleElement().asString().contains("hand-made").contains("acl-0123");
    }
}
