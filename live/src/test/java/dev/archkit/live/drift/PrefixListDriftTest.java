package dev.archkit.live.drift;

import dev.archkit.lang.ModelBuilder;
import dev.archkit.model.Architecture;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rules naming managed prefix lists: compared by direction, protocol and ports (drift reads no
 * prefix lists, so which list a live rule names is listed as not checked, never taken as drift).
 */
class PrefixListDriftTest {

    static final String ARCH = """
            architecture p {
              region eu-west-1
              network vpc 10.0.0.0/16 {
                subnet app-a zone eu-west-1a private 10.0.1.0/24
              }
              prefixlist office { entries 203.0.113.0/24 }
              securitygroup app-sg {
                ingress tcp 22 from prefix-list office
                egress tcp 443 to prefix-list aws:s3
              }
            }
            """;

    static Architecture arch() {
        var r = ModelBuilder.buildText("p.arch", ARCH);
        assertThat(r.diagnostics()).isEmpty();
        return r.architecture();
    }

    static List<String> messages(Inventory live) {
        return Drift.compare(arch(), live, List.of(), List.of()).items().stream().map(DriftItem::message).toList();
    }

    /** The live inventory with the group's rules changed. */
    static Inventory rules(Inventory live, java.util.function.UnaryOperator<List<Inventory.SgRule>> change) {
        List<Inventory.SecurityGroup> groups = new ArrayList<>();
        for (Inventory.SecurityGroup g : live.securityGroups()) {
            groups.add(new Inventory.SecurityGroup(g.id(), g.name(), g.vpcId(), change.apply(new ArrayList<>(g.rules())), g.tags()));
        }
        return live.withSecurityGroups(groups);
    }

    @Test
    void aFaithfulDeploymentHasNoDriftAndSaysWhatIsNotChecked() {
        Inventory live = Expected.of(arch());
        assertThat(live.securityGroups().get(0).rules()).extracting(Inventory.SgRule::prefixList).allMatch(p -> p != null && p.startsWith("pl-"));
        Drift.Report r = Drift.compare(arch(), live, List.of(), List.of());
        assertThat(r.items()).isEmpty();
        assertThat(r.notChecked()).extracting(n -> n.kind() + " " + n.name() + ": " + n.why()).containsExactlyInAnyOrder(
                "prefixlist office: its entries: drift does not read managed prefix lists",
                "securitygroup app-sg: which list its ingress rule names (prefix-list office): drift does not read managed prefix lists;"
                        + " it compares the rule's direction, protocol and ports",
                "securitygroup app-sg: which list its egress rule names (prefix-list aws:s3): drift does not read managed prefix lists;"
                        + " it compares the rule's direction, protocol and ports");
    }

    @Test
    void aListRuleGoneOrWidenedIsDrift() {
        Inventory gone = rules(Expected.of(arch()), rs -> { rs.removeIf(Inventory.SgRule::egress); return rs; });
        assertThat(messages(gone)).containsExactly(
                "securitygroup 'app-sg' egress: model tcp 443 to prefix-list aws:s3, live no rule naming a prefix list (the model's rule is not live)");
        Inventory wider = rules(Expected.of(arch()), rs -> {
            rs.add(new Inventory.SgRule(false, "tcp", 0, 65535, null, null, "pl-0123456789abcdef0", null));
            return rs;
        });
        assertThat(messages(wider)).containsExactly(
                "securitygroup 'app-sg' ingress: model no such rule, live tcp 0-65535 from prefix list pl-0123456789abcdef0 (live admits traffic the model does not declare)");
    }
}
