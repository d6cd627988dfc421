package dev.archkit.live.k8s;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KubeconfigTest {

    @TempDir
    Path dir;

    static final String CONFIG = """
            apiVersion: v1
            kind: Config
            current-context: prod
            contexts:
            - name: prod
              context: {cluster: eks-prod, user: reader}
            - name: orphan
              context: {cluster: gone, user: reader}
            clusters:
            - name: eks-prod
              cluster: {server: 'https://ABCDEF.gr7.ap-northeast-2.eks.amazonaws.com'}
            users:
            - name: reader
              user: {token: very-secret}
            """;

    Path write(String text) throws Exception {
        Path f = dir.resolve("config");
        Files.writeString(f, text);
        return f;
    }

    @Test
    void theCurrentContextOrTheNamedOneIsRead() throws Exception {
        Kubeconfig.Target t = Kubeconfig.load(write(CONFIG), null);
        assertThat(t.context()).isEqualTo("prod");
        assertThat(t.describe()).isEqualTo("context prod at https://ABCDEF.gr7.ap-northeast-2.eks.amazonaws.com").doesNotContain("very-secret");
        assertThat(t.config().getMasterUrl()).startsWith("https://ABCDEF.gr7");
        assertThat(t.config().getAutoOAuthToken()).isEqualTo("very-secret");
    }

    @Test
    void everyBadKubeconfigSaysWhatToDo() throws Exception {
        assertThatThrownBy(() -> Kubeconfig.load(dir.resolve("none"), null)).isInstanceOf(Kubeconfig.Invalid.class)
                .hasMessageContaining("no such kubeconfig").hasMessageContaining("aws eks update-kubeconfig");
        Path malformed = write("contexts:\n  - name: x\n   bad: [\n");
        assertThatThrownBy(() -> Kubeconfig.load(malformed, null)).isInstanceOf(Kubeconfig.Invalid.class)
                .hasMessageMatching(".*config:\\d+:\\d+: not a kubeconfig: malformed YAML.*");
        Path notOne = write("hello: world\n");
        assertThatThrownBy(() -> Kubeconfig.load(notOne, null)).hasMessageContaining("has no 'contexts' list");
        Path noCurrent = write(CONFIG.replace("current-context: prod\n", ""));
        assertThatThrownBy(() -> Kubeconfig.load(noCurrent, null)).hasMessageContaining("no current-context")
                .hasMessageContaining("--context NAME (it has prod, orphan)");
        Path ok = write(CONFIG);
        assertThatThrownBy(() -> Kubeconfig.load(ok, "stg")).hasMessageContaining("no context 'stg'").hasMessageContaining("it has prod, orphan")
                .hasMessageNotContaining("very-secret");
        assertThatThrownBy(() -> Kubeconfig.load(ok, "orphan")).hasMessageContaining("names cluster 'gone', which the kubeconfig does not define");
    }
}
