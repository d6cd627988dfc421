package dev.archkit.gen.k8s;

import dev.archkit.lang.ModelBuilder;
import dev.archkit.model.Architecture;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What the EKS workload options write: the declared disruption budget, privileged and host-network pods, no policies where none is enforced. */
class K8sWorkloadOptionsTest {

    private static K8sGenerator.Result generate(String cluster, String service) {
        var r = ModelBuilder.buildText("w.arch", """
                architecture w {
                  region eu-west-1
                  cluster k {
                    type eks
                    namespace w
                %s
                  }
                  service web {
                    cluster k
                    image "repo/web:1.0"
                    port 8080
                %s
                  }
                  service api {
                    cluster k
                    image "repo/api:1.0"
                    port 8080
                    replicas 2
                  }
                  web -> api { protocol http port 8080 }
                }
                """.formatted(cluster, service));
        assertThat(r.diagnostics()).noneMatch(d -> d.isError());
        Architecture a = r.architecture();
        return K8sGenerator.generate(a, null, "w.arch");
    }

    @Test
    void aDeclaredBudgetIsWrittenAsDeclaredEvenForOnePod() {
        var r = generate("", "    replicas 4 min 3 max 6\n    disruption max-unavailable 2");
        assertThat(r.files().get("base/web/pdb.yaml")).contains("maxUnavailable: 2\n");
        assertThat(r.files().get("base/api/pdb.yaml")).as("the default from two pods on").contains("maxUnavailable: 1\n");
        var one = generate("", "    replicas 1\n    disruption max-unavailable 1");
        assertThat(one.files().get("base/web/pdb.yaml")).contains("maxUnavailable: 1\n");
        assertThat(generate("", "    replicas 1").files()).doesNotContainKey("base/web/pdb.yaml");
    }

    @Test
    void privilegedAndHostNetworkReachThePod() {
        String d = generate("", "    privileged\n    host-network").files().get("base/web/deployment.yaml");
        assertThat(d).contains("      hostNetwork: true\n").contains("          securityContext:\n            privileged: true\n");
        String plain = generate("", "    privileged off").files().get("base/web/deployment.yaml");
        assertThat(plain).doesNotContain("hostNetwork").doesNotContain("securityContext");
    }

    @Test
    void noPolicyIsWrittenWhereNoneIsEnforced() {
        var enforced = generate("    network-policy vpc-cni", "");
        assertThat(enforced.files()).containsKeys("base/api/networkpolicy.yaml", "base/namespace-w/networkpolicy-default-deny.yaml");
        var open = generate("    network-policy none", "");
        assertThat(open.files().keySet()).noneMatch(f -> f.contains("networkpolicy"));
        assertThat(open.notes()).anyMatch(n -> n.startsWith("api: its cluster enforces no NetworkPolicy"));
        assertThat(generate("", "").files()).as("unknown enforcement: the policies are written")
                .containsKeys("base/api/networkpolicy.yaml", "base/namespace-w/networkpolicy-default-deny.yaml");
    }
}
