package dev.archkit.lang;

import dev.archkit.model.Architecture;
import dev.archkit.model.view.Cluster;
import dev.archkit.model.view.Service;
import dev.archkit.model.view.Task;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The EKS workload properties (disruption budget, privileged, host network, persistent volumes, NetworkPolicy enforcement): typed values, located errors, fmt round trip. */
class EksWorkloadPropertiesTest {

    private static final String TEXT = """
            architecture a {
              region eu-west-1
              cluster k {  type eks
            network-policy   none }
              service web {
                cluster k
                port 8080
                replicas 3 min 2 max 6
                disruption   max-unavailable 2
                privileged
                host-network   off
                volume emptydir path "/data"   persistent
                volume efs path "/shared"
              }
            }
            """;

    @Test
    void theValuesAreTyped() {
        check(ModelBuilder.buildText("m.arch", TEXT), TEXT);
    }

    @Test
    void formattingKeepsEveryValue() {
        String formatted = Formatter.format(TEXT);
        assertThat(formatted).isNotEqualTo(TEXT).contains("  disruption max-unavailable 2\n").contains("volume emptydir path \"/data\" persistent\n");
        assertThat(Formatter.format(formatted)).isEqualTo(formatted);
        check(ModelBuilder.buildText("m.arch", formatted), formatted);
    }

    @Test
    void wrongValuesAreLocatedWithAHint() {
        var r = ModelBuilder.buildText("m.arch", """
                architecture a {
                  region eu-west-1
                  cluster k {
                    type eks
                    network-policy weave
                  }
                  service web {
                    cluster k
                    disruption max-unavailable two
                  }
                }
                """);
        List<String> at = r.diagnostics().stream().map(d -> d.location().line() + ":" + d.location().column() + " " + d.message()).toList();
        assertThat(at).hasSize(2);
        assertThat(at.get(0)).startsWith("5:20 ").contains("weave");
        assertThat(r.diagnostics().get(0).toString()).as("%s", r.diagnostics().get(0)).contains("vpc-cni");
        assertThat(at.get(1)).startsWith("9:32 ").contains("two");
    }

    private static void check(ModelBuilder.Result r, String text) {
        assertThat(r.diagnostics()).isEmpty();
        Architecture a = r.architecture();
        Service web = new Service(a.element("web"));
        assertThat(web.disruption()).map(Task.Disruption::maxUnavailable).contains(2L);
        assertThat(web.disruption().get().at().line()).isEqualTo(lineOf(text, "disruption"));
        assertThat(web.privileged()).isTrue();
        assertThat(web.privilegedAt().line()).isEqualTo(lineOf(text, "privileged"));
        assertThat(web.hostNetwork()).isFalse();
        assertThat(web.volumes()).extracting(Task.Volume::type, Task.Volume::persistent, Task.Volume::durable)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Task.VolumeType.EMPTYDIR, true, false),
                        org.assertj.core.groups.Tuple.tuple(Task.VolumeType.EFS, false, true));
        assertThat(new Cluster(a.element("k")).networkPolicy()).contains(Cluster.NetworkPolicy.NONE);
    }

    private static int lineOf(String text, String word) {
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) if (lines.get(i).strip().startsWith(word)) return i + 1;
        throw new AssertionError(word + " not in the text");
    }
}
