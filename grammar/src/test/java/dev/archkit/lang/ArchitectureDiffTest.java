package dev.archkit.lang;

import dev.archkit.model.diff.ArchitectureDiff;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ArchitectureDiffTest {

    static dev.archkit.model.Architecture arch(String body) {
        var r = ModelBuilder.buildText("d.arch", "architecture d {\n  region eu-west-1\n" + body + "}\n");
        assertThat(r.diagnostics()).isEmpty();
        return r.architecture();
    }

    @Test
    void addedRemovedAndChangedPropertyByProperty() {
        var before = arch("  service a { cpu 256\n memory 512 }\n  service b {}\n  database db {}\n  a -> db { timeout 2s }\n  a -> b\n");
        var after = arch("\n\n  service a { cpu 512\n memory 1 GB }\n  service c {}\n  database db {}\n  a -> db { timeout 1s }\n  a -> c\n  environment prod { service a { cpu 1024\n memory 2 GB } }\n");
        var changes = ArchitectureDiff.compare(before, after);
        assertThat(changes).extracting(c -> c.kind() + " " + c.what() + " " + c.name()).containsExactly(
                "CHANGED service a", "REMOVED service b", "ADDED service c",
                "REMOVED dependency a -> b", "ADDED dependency a -> c", "CHANGED dependency a -> db",
                "ADDED environment prod");
        var a = changes.get(0);
        assertThat(a.properties()).extracting(p -> p.key() + ": " + p.before() + " -> " + p.after())
                .containsExactly("cpu: 256 -> 512", "memory: 512 MiB -> 1 GB");
    }

    @Test
    void movingLinesIsNoChange() {
        var before = arch("  service a { cpu 256 }\n  database db {}\n  a -> db\n");
        var after = arch("\n  # a comment\n  database db {}\n\n  service a {\n    cpu 256\n  }\n  a -> db\n");
        assertThat(ArchitectureDiff.compare(before, after)).isEmpty();
    }
}
