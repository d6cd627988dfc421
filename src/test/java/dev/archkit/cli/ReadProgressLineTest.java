package dev.archkit.cli;

import dev.archkit.live.drift.Progress;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/** The progress of a live read on stderr: a redrawn bar on a terminal, plain lines elsewhere, nothing when quiet. */
class ReadProgressLineTest {

    static Progress.Snapshot at(String phase, int read) {
        Map<String, Progress.Count> s = new TreeMap<>();
        s.put("blue", new Progress.Count(read, 500));
        s.put("green", new Progress.Count(0, 500));
        return new Progress.Snapshot(phase, s, 1234, 56, 2, Duration.ofSeconds(42));
    }

    @Test
    void ciGetsPlainLinesAndTheEnd() {
        StringWriter out = new StringWriter();
        ReadProgressLine p = new ReadProgressLine(new PrintWriter(out), false);
        p.update(at("ECS", 10));   // within the first ten seconds: not shown
        p.update(at("done", 500));
        assertThat(out.toString()).isEqualTo("reading done: 500/1000 services (blue 500/500, green 0/500), 1234 calls, 56 throttled, 2 failed, 42 s\n");
    }

    @Test
    void aTerminalGetsOneBarRedrawn() {
        StringWriter out = new StringWriter();
        new ReadProgressLine(new PrintWriter(out), true).update(at("done", 250));
        assertThat(out.toString()).startsWith("\r[######------------------] 250/1000 services; done; 1234 calls, 56 throttled, 2 failed, 42 s").endsWith("\n");
    }

    @Test
    void quietShowsNothing() {
        assertThat(ReadProgressLine.of(new PrintWriter(new StringWriter()), true)).isSameAs(Progress.Listener.NONE);
    }
}
