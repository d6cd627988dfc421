package dev.archkit.live.drift;

import dev.archkit.lang.ModelBuilder;
import dev.archkit.model.Architecture;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A node group's security groups sit in its launch template, which drift does not read: not checked, never missing. */
class NodeGroupDriftTest {

    static final String ARCH = """
            architecture n {
              region eu-west-1
              network vpc 10.0.0.0/16 {
                subnet app-a zone eu-west-1a private 10.0.1.0/24
              }
              securitygroup node-sg {}
              cluster k8s {
                type eks
                nodegroup workers {
                  instance m5.large
                  subnets app-a
                  securitygroups node-sg
                }
                nodegroup plain {
                  instance m5.large
                  subnets app-a
                }
              }
            }
            """;

    @Test
    void aNodeGroupsSecurityGroupsAreNotCheckedNeverMissing() {
        var built = ModelBuilder.buildText("n.arch", ARCH);
        assertThat(built.diagnostics()).isEmpty();
        Architecture a = built.architecture();
        Drift.Report r = Drift.compare(a, Expected.of(a), List.of(), List.of());
        assertThat(r.items()).extracting(DriftItem::message).noneMatch(m -> m.contains("node-sg") && m.contains("workers"));
        assertThat(r.notChecked()).extracting(n -> n.kind() + " " + n.name() + ": " + n.why())
                .contains("nodegroup workers: its security groups: drift does not read launch templates (node-sg)")
                .noneMatch(x -> x.startsWith("nodegroup plain"));
        assertThat(r.notChecked()).filteredOn(n -> n.name().equals("workers")).singleElement()
                .satisfies(n -> assertThat(n.at().line()).isEqualTo(12));   // where securitygroups is written
    }
}
