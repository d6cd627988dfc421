package dev.archkit.e2e;

import dev.archkit.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.archkit.e2e.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

/** 'archkit serve' from the command line: its errors and exit codes, and a run stopped from within the process. */
class ServeCliTest {

    @Test
    void aPortInUseExitsThreeAndSaysWhatToDo() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CliTest.Run r = run("serve", "--port", String.valueOf(taken.getLocalPort()), "examples/tutorial-service.arch");
            assertThat(r.code()).isEqualTo(3);
            assertThat(r.err()).contains("archkit serve: port " + taken.getLocalPort() + " on 127.0.0.1 is in use", "--port 0");
        }
    }

    @Test
    void inputsItCannotFollowAreInvalid() {
        CliTest.Run stdin = run("serve", "-");
        assertThat(stdin.code()).isEqualTo(2);
        assertThat(stdin.err()).contains("cannot follow standard input");
        CliTest.Run nowhere = run("serve", "no-such-dir/new.arch");
        assertThat(nowhere.code()).isEqualTo(2);
        assertThat(nowhere.err()).contains("no such file or directory: no-such-dir/new.arch");
        CliTest.Run port = run("serve", "--port", "70000", "examples/tutorial-service.arch");
        assertThat(port.code()).isEqualTo(2);
        assertThat(port.err()).contains("--port 70000 is not a port");
    }

    @Test
    void servesUntilStoppedAndPrintsTheUrl(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("tutorial-service.arch");
        Files.copy(Path.of("examples/tutorial-service.arch"), file);
        Path missing = dir.resolve("later.arch");   // not written yet: shown as missing, not refused
        StringWriter out = new StringWriter(), err = new StringWriter();
        AtomicInteger code = new AtomicInteger(-1);
        Thread t = new Thread(() -> code.set(Main.run(new String[]{"serve", "--port", "0", file.toString(), missing.toString()},
                new PrintWriter(out, true), new PrintWriter(err, true))));
        t.start();
        Pattern url = Pattern.compile("archkit serve: (http://127\\.0\\.0\\.1:\\d+/) \\(Ctrl-C stops\\)");
        Matcher m = url.matcher("");
        boolean started = false;
        for (int i = 0; i < 300 && !started; i++) {
            Thread.sleep(100);
            m = url.matcher(out.toString());
            started = m.find();
        }
        assertThat(started).as("the URL printed: " + out + " / " + err).isTrue();
        HttpURLConnection c = (HttpURLConnection) URI.create(m.group(1)).toURL().openConnection();
        assertThat(c.getResponseCode()).isEqualTo(200);
        String html = new String(c.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(html).contains("least-privilege/public-ip", "cannot read " + missing);
        t.interrupt();
        t.join(10_000);
        assertThat(t.isAlive()).isFalse();
        assertThat(code.get()).isZero();
        assertThat(err.toString()).contains("built: 1 architecture; 1 file does not build:", "  " + missing + ": cannot read " + missing);
    }
}
