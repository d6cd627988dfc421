package dev.archkit.e2e;

import dev.archkit.cli.ExitCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static dev.archkit.e2e.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

/** fmt --diff: what formatting would change, as a unified diff that patch applies; exit 1 when anything would. */
class FmtDiffCliTest {

    private static final String UNFORMATTED = "architecture x {\nregion   eu-west-1\n  service a {\n    image \"a:1\"\n  }\n\n\n\n"
            + "  service b {\nimage \"b:1\"\n  }\n}\n";

    @Test
    void theDiffIsWhatDiffUWouldPrint(@TempDir Path dir) throws Exception {
        Path f = Files.writeString(dir.resolve("u.arch"), UNFORMATTED);
        CliTest.Run r = run("fmt", "--diff", f.toString());
        assertThat(r.code()).isEqualTo(ExitCode.FINDINGS.code());
        assertThat(r.out()).isEqualTo("--- a/" + f + "\n+++ b/" + f + "\n"
                + "@@ -1,12 +1,10 @@\n architecture x {\n-region   eu-west-1\n+  region eu-west-1\n   service a {\n     image \"a:1\"\n   }\n \n-\n-\n"
                + "   service b {\n-image \"b:1\"\n+    image \"b:1\"\n   }\n }\n");
        assertThat(Files.readString(f)).isEqualTo(UNFORMATTED);   // nothing written
    }

    @Test
    void patchAppliesTheDiffToGiveTheFormattedFile(@TempDir Path dir) throws Exception {
        // a long file with changes far apart: several hunks
        StringBuilder sb = new StringBuilder("architecture x {\n  region eu-west-1\n");
        for (int i = 0; i < 40; i++) sb.append(i % 13 == 0 ? "service s" + i + " {\nimage \"s:1\"\n}\n" : "  service s" + i + " {\n    image \"s:1\"\n  }\n");
        Path f = Files.writeString(dir.resolve("long.arch"), sb.append("}\n").toString());
        CliTest.Run diff = run("fmt", "--diff", f.toString());
        assertThat(diff.out()).containsPattern("(?s)@@.*@@.*@@.*@@");
        String formatted = run("fmt", f.toString()).out();
        Path patch = Files.writeString(dir.resolve("fmt.patch"), diff.out());
        CiIntegrationTest.Bash applied = CiIntegrationTest.bash("cd '" + dir + "' && patch -s -p0 '" + f + "' < '" + patch + "'", Map.of());
        assertThat(applied.code()).as(applied.out()).isZero();
        assertThat(Files.readString(f)).isEqualTo(formatted);
    }

    @Test
    void aFormattedFilePrintsNothingAndExitsZero() {
        CliTest.Run r = run("fmt", "--diff", "examples/");
        assertThat(r.code()).as(r.out()).isEqualTo(ExitCode.OK.code());
        assertThat(r.out()).isEmpty();
        assertThat(run("fmt", "--diff", "--write", "examples/").err()).contains("--write, --check and --diff do not go together; choose one");
    }
}
