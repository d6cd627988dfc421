package dev.archkit.rules.report;

import dev.archkit.model.Location;
import dev.archkit.rules.Finding;
import dev.archkit.rules.Severity;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Findings of two versions are matched by fingerprint: not by line, not by the numbers of a message. */
class FindingChangesTest {

    static Finding f(String rule, String subject, String message, int line, String cause) {
        return new Finding(rule, Severity.WARNING, message, new Location("a.arch", line, 3, 4), List.of(), "fix it", subject, List.of(), cause);
    }

    @Test
    void aFindingThatMovedOrChangedANumberIsTheSameFinding() {
        Finding before = f("least-privilege/unneeded-ingress", "app-sg", "'ingress tcp 3000-3999' admits 1000 ports", 10, null);
        Finding after = f("least-privilege/unneeded-ingress", "app-sg", "'ingress tcp 3000-4999' admits 2000 ports", 14, null);
        FindingChanges c = FindingChanges.of(List.of(before), List.of(after));
        assertThat(c.added()).isEmpty();
        assertThat(c.fixed()).isEmpty();
        assertThat(c.unchanged()).containsExactly(after);
    }

    @Test
    void anotherCauseOnTheSameElementIsANewFindingAndTheOldOneIsFixed() {
        Finding password = f("least-privilege/plaintext-secret", "api", "sets DB_PASSWORD in plain text", 5, "DB_PASSWORD");
        Finding token = f("least-privilege/plaintext-secret", "api", "sets API_TOKEN in plain text", 5, "API_TOKEN");
        FindingChanges c = FindingChanges.of(List.of(password), List.of(token));
        assertThat(c.added()).containsExactly(token);
        assertThat(c.fixed()).containsExactly(password);
        assertThat(c.unchanged()).isEmpty();
    }

    @Test
    void findingsSharingAFingerprintAreMatchedOneForOne() {
        Finding a = f("hygiene/image-tag", "api", "uses image x:latest", 4, "image");
        Finding b = f("hygiene/image-tag", "api", "uses image x:latest", 9, "image");
        FindingChanges c = FindingChanges.of(List.of(a), List.of(a, b));
        assertThat(c.added()).hasSize(1);
        assertThat(c.unchanged()).hasSize(1);
        assertThat(FindingChanges.of(List.of(a, b), List.of(b)).fixed()).hasSize(1);
    }
}
