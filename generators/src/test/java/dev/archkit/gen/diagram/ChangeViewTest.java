package dev.archkit.gen.diagram;

import dev.archkit.lang.ModelBuilder;
import dev.archkit.model.Architecture;
import dev.archkit.model.diff.ArchitectureDiff;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChangeViewTest {

    private static Architecture build(String text) {
        var r = ModelBuilder.buildText("t.arch", text);
        assertThat(r.diagnostics()).as("diagnostics").noneMatch(d -> d.severity().name().equals("ERROR"));
        return r.architecture();
    }

    private static final String BEFORE = """
            architecture shop {
              region eu-west-1
              service web { image "web:1" port 80 }
              service api { image "api:1" port 8080 }
              service mail { image "mail:1" port 25 }
              service audit { image "audit:1" port 9000 }
              database db { engine postgres }
              web -> api
              api -> db
              api -> mail
            }
            """;

    private static String draw(String before, String after) {
        Architecture b = build(before), a = build(after);
        return ChangeView.mermaid(b, a, ArchitectureDiff.compare(b, a));
    }

    @Test
    void drawsTheChangedElementsWithTheirNeighboursAndMarksEachDependency() {
        String after = BEFORE.replace("service api { image \"api:1\" port 8080 }", "service api { image \"api:2\" port 8080 }\n  service cache-warmer { image \"cw:1\" }")
                .replace("  api -> mail\n", "  cache-warmer -> api\n");
        String m = draw(BEFORE, after);
        assertThat(m).startsWith("flowchart LR\n")
                .contains("<b>api</b><br/><small>changed service</small>")
                .contains("<b>cache-warmer</b><br/><small>added service</small>")
                .contains("<b>web</b><br/><small>service</small>")
                .contains("<b>db</b><br/><small>database</small>")
                .contains("<b>mail</b><br/><small>service</small>")
                .doesNotContain("audit");
        assertThat(m).containsPattern("n\\d+ -->\\|added\\| n\\d+").containsPattern("n\\d+ -\\.->\\|removed\\| n\\d+");
        assertThat(m.lines().filter(l -> l.startsWith("  class "))).contains("  class n0 changed");
    }

    @Test
    void noElementOrDependencyChangeDrawsNothing() {
        assertThat(draw(BEFORE, BEFORE.replace("region eu-west-1", "region eu-west-1\n  zones eu-west-1a, eu-west-1b"))).isEmpty();
        assertThat(draw(BEFORE, "# moved\n" + BEFORE)).isEmpty();
    }

    @Test
    void aLargeChangeIsCappedAndSaysWhatWasLeftOut() {
        StringBuilder before = new StringBuilder("architecture big {\n  region eu-west-1\n");
        StringBuilder after = new StringBuilder(before);
        for (int i = 0; i < 50; i++) after.append("  service s").append(i).append(" { image \"s:1\" }\n");
        String m = draw(before.append("}\n").toString(), after.append("}\n").toString());
        assertThat(m.lines().filter(l -> l.contains("<b>"))).hasSize(ChangeView.MAX_NODES);
        assertThat(m).contains("%% 10 more elements not drawn");
    }

    @Test
    void nodeIdsDoNotDependOnTheCharactersOfNames() {
        String m = draw(BEFORE, BEFORE.replace("service audit { image \"audit:1\" port 9000 }", "service api.v2:blue/x { image \"x:1\" }"));
        assertThat(m).contains("  n0[\"<b>api.v2:blue/x</b>");
        assertThat(m.lines().filter(l -> l.contains("-->") || l.contains("-.->"))).allMatch(l -> l.matches("  n\\d+ [-.>]+(\\|\\w+\\|)? n\\d+"));
    }
}
