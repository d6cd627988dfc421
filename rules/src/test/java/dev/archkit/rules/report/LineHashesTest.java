package dev.archkit.rules.report;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The line hashes agree with GitHub code scanning's own: the expected values are those GitHub's
 * codeql-action publishes for its fingerprinting (src/fingerprints.test.ts), so an upload of our
 * SARIF raises no "inconsistent fingerprint" warning and alerts keep their identity.
 */
class LineHashesTest {

    @Test
    void emptyFileHasOneLine() {
        assertThat(LineHashes.of("")).containsExactly("c129715d7a2bc9a3:1");
    }

    @Test
    void spacesAndTabsAreLeftOutAndEveryLineEndingCounts() {
        assertThat(LineHashes.of(" a\nb\n  \t\tc\n d"))
                .containsExactly("271789c17abda88f:1", "54703d4cd895b18:1", "180aee12dab6264:1", "a23a3dc5e078b07b:1");
        String[] lf = LineHashes.of(" hello; \t\nworld!!!\n\n\n  \t\tGreetings\n End\n");
        assertThat(lf).containsExactly("e9496ae3ebfced30:1", "fb7c023a8b9ccb3f:1", "ce8ba1a563dcdaca:1", "e20e36e16fcb0cc8:1",
                "b3edc88f2938467e:1", "c8e28b0b4002a3a0:1", "c129715d7a2bc9a3:1");
        assertThat(LineHashes.of(" hello; \t\r\nworld!!!\r\n\r\n\r\n  \t\tGreetings\r\n End\r\n")).as("CRLF").containsExactly(lf);
        assertThat(LineHashes.of(" hello; \t\nworld!!!\r\r\r  \t\tGreetings\r End\r")).as("CR").containsExactly(lf);
        assertThat(LineHashes.of(" hello; \t\nworld!!!\r\n\n\r  \t\tGreetings\r End\r\n")).as("mixed").containsExactly(lf);
    }

    @Test
    void repeatedLinesAreNumberedByOccurrence() {
        assertThat(LineHashes.of("Lorem ipsum dolor sit amet.\n".repeat(10))).containsExactly(
                "a7f2ff13bc495cf2:1", "a7f2ff13bc495cf2:2", "a7f2ff13bc495cf2:3", "a7f2ff13bc495cf2:4", "a7f2ff13bc495cf2:5",
                "a7f2ff13bc495cf2:6", "a7f2ff1481e87703:1", "a9cf91f7bbf1862b:1", "55ec222b86bcae53:1", "cc97dc7b1d7d8f7b:1",
                "c129715d7a2bc9a3:1");
    }

    @Test
    void aLineKeepsItsHashWhenLinesAboveItMove() {
        String body = "service api {\n  image \"repo/api:1.2\"\n}\n";
        String[] before = LineHashes.of("architecture a {\n" + body);
        String[] after = LineHashes.of("# a comment\n\narchitecture a {\n" + body);
        assertThat(after[3]).isEqualTo(before[1]);
        assertThat(after[4]).isEqualTo(before[2]);
    }
}
