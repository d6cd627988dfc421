package dev.archkit.serve;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The server at the HTTP level, in-process over copies of the examples: the page, the event
 * stream of versions, rebuilds on edits (of the file and of what it imports), broken and
 * deleted files, a file that appears later, and what it refuses.
 */
class ServeHttpTest {

    @TempDir
    Path dir;
    final Served.Log log = new Served.Log();
    Serve serve;

    @AfterEach
    void stop() {
        if (serve != null) serve.close();
    }

    private String get(String path) throws Exception {
        HttpURLConnection c = (HttpURLConnection) serve.url().resolve(path).toURL().openConnection();
        assertThat(c.getResponseCode()).isEqualTo(200);
        assertThat(c.getHeaderField("Content-Type")).isEqualTo("text/html; charset=utf-8");
        try (var in = c.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private int status(String method, String path, String host) throws Exception {
        // a raw request: HttpURLConnection does not let a caller set the Host header
        try (Socket s = new Socket("127.0.0.1", serve.url().getPort())) {
            s.getOutputStream().write((method + " " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            String first = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.US_ASCII)).readLine();
            return Integer.parseInt(first.split(" ")[1]);
        }
    }

    @Test
    void servesTheReportOfTheFilesOnLoopbackOnly() throws Exception {
        Path file = Served.copy(Served.TUTORIAL, dir);
        serve = Served.start(List.of(file), log);
        assertThat(serve.url().getHost()).isEqualTo("127.0.0.1");
        assertThat(serve.url().getPort()).isPositive();
        String html = get("/");
        assertThat(html).contains("least-privilege/public-ip", "availability/no-autoscaling", "<svg")
                .contains("<meta name=\"archkit-live-version\" content=\"1\"")
                .doesNotContain("class=\"live-problems\"");
        assertThat(log.lines).containsExactly("built: 1 architecture");
    }

    @Test
    void refusesOtherHostsMethodsAndPaths() throws Exception {
        serve = Served.start(List.of(Served.copy(Served.TUTORIAL, dir)), log);
        int port = serve.url().getPort();
        assertThat(status("GET", "/", "127.0.0.1:" + port)).isEqualTo(200);
        assertThat(status("GET", "/", "localhost:" + port)).isEqualTo(200);
        assertThat(status("HEAD", "/", "localhost:" + port)).isEqualTo(200);
        assertThat(status("GET", "/", "attacker.example:" + port)).isEqualTo(403);   // a DNS name pointed at 127.0.0.1
        assertThat(status("POST", "/", "127.0.0.1:" + port)).isEqualTo(405);
        assertThat(status("GET", "/etc/passwd", "127.0.0.1:" + port)).isEqualTo(404);
        assertThat(status("GET", "/../tutorial-service.arch", "127.0.0.1:" + port)).isEqualTo(404);
    }

    @Test
    void aPortInUseIsRefusedWithWhatToDo() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            Path file = Served.copy(Served.TUTORIAL, dir);
            assertThatThrownBy(() -> Serve.start(new Serve.Settings(List.of(file), f -> dev.archkit.lang.ImportRoot.around(f.toString()),
                    dev.archkit.rules.catalog.Catalog.engine(dev.archkit.model.Parallelism.serial()), dev.archkit.cost.PriceTable.embedded(),
                    taken.getLocalPort(), java.time.Duration.ofMillis(100), log.lines::add)))
                    .isInstanceOf(Serve.PortInUse.class)
                    .hasMessageContaining("port " + taken.getLocalPort() + " on 127.0.0.1 is in use")
                    .hasMessageContaining("--port 0");
        }
    }

    /** Reads the event stream on a thread of its own: each 'version' event's data, in order. */
    private BlockingQueue<String> listen() throws Exception {
        BlockingQueue<String> versions = new ArrayBlockingQueue<>(100);
        HttpURLConnection c = (HttpURLConnection) serve.url().resolve("/events").toURL().openConnection();
        assertThat(c.getResponseCode()).isEqualTo(200);
        assertThat(c.getHeaderField("Content-Type")).isEqualTo("text/event-stream; charset=utf-8");
        Thread t = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(c.getInputStream(), StandardCharsets.UTF_8))) {
                String event = null;
                for (String line; (line = in.readLine()) != null; ) {
                    if (line.startsWith("event: ")) event = line.substring(7);
                    else if (line.startsWith("data: ") && "version".equals(event)) versions.add(line.substring(6));
                }
            } catch (java.io.IOException e) {
                // the server stopped
            }
        });
        t.setDaemon(true);
        t.start();
        return versions;
    }

    @Test
    void theEventStreamTellsTheVersionOnConnectAndAfterEachEdit() throws Exception {
        Path file = Served.copy(Served.TUTORIAL, dir);
        serve = Served.start(List.of(file), log);
        BlockingQueue<String> versions = listen();
        assertThat(versions.poll(5, TimeUnit.SECONDS)).isEqualTo("1");

        long t0 = System.nanoTime();
        Served.edit(file, "nginx/nginx:1.27", "nginx/nginx:latest");   // a flaw: a mutable image tag
        assertThat(versions.poll(10, TimeUnit.SECONDS)).isEqualTo("2");
        long millis = (System.nanoTime() - t0) / 1_000_000;
        assertThat(get("/")).contains("hygiene/image-tag").contains("content=\"2\"");
        System.out.println("edit to event: " + millis + " ms");

        // a save that changes nothing the page shows publishes nothing
        Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis()));
        Files.writeString(file, Files.readString(file));
        assertThat(versions.poll(1500, TimeUnit.MILLISECONDS)).isNull();
        assertThat(serve.version()).isEqualTo(2);
    }

    @Test
    void aBrokenFileShowsItsErrorsAboveItsLastGoodViewAndAFixRecovers() throws Exception {
        Path file = Served.copy(Served.TUTORIAL, dir);
        serve = Served.start(List.of(file), log);
        Served.edit(file, "replicas 3", "replicas three");
        long v = Served.awaitVersionAfter(serve, 1, 10);
        String html = get("/");
        assertThat(html).contains("class=\"live-problems\"", file + ":53:14", "expected a whole number, found 'three'",
                "showing its last good version below");
        assertThat(html).contains("least-privilege/public-ip");   // the last good section stays
        assertThat(log.lines).anyMatch(l -> l.contains(file + ":53:14: expected a whole number"));

        Served.edit(file, "replicas three", "replicas 3");
        Served.awaitVersionAfter(serve, v, 10);
        assertThat(get("/")).doesNotContain("class=\"live-problems\"").contains("least-privilege/public-ip");
    }

    @Test
    void aDeletedFileAndAFileWrittenLaterAreShownAsTheyAre() throws Exception {
        Path file = Served.copy(Served.TUTORIAL, dir);
        Path later = dir.resolve("later.arch");
        serve = Served.start(List.of(file, later), log);
        assertThat(get("/")).contains("data-file=\"" + later + "\"", "cannot read " + later);

        Files.copy(Served.TUTORIAL, later);
        long v = Served.awaitVersionAfter(serve, 1, 10);
        assertThat(get("/")).doesNotContain("class=\"live-problems\"").contains("id=\"a2\"");

        Files.delete(file);
        Served.awaitVersionAfter(serve, v, 10);
        String html = get("/");
        assertThat(html).contains("data-file=\"" + file + "\"", "cannot read " + file, "showing its last good version below");
        assertThat(html).contains("id=\"a1\"", "id=\"a2\"");
    }

    @Test
    void anEditToAnImportedFileRebuildsTheImporter() throws Exception {
        Path file = Served.copy(Served.EXAMPLES.resolve("open-market.arch"), dir);
        serve = Served.start(List.of(file), log);
        assertThat(serve.watchedDirectories()).containsExactlyInAnyOrder(dir.toAbsolutePath().normalize(),
                dir.resolve("open-market").toAbsolutePath().normalize());
        Path security = dir.resolve("open-market/security.arch");
        String before = get("/");
        // break the imported file: the error points into it
        String text = Files.readString(security);
        int at = text.indexOf("securitygroup ");
        Files.writeString(security, text.substring(0, at) + "securitygroup {\n" + text.substring(at));
        Served.awaitVersionAfter(serve, 1, 20);
        assertThat(get("/")).contains("class=\"live-problems\"", security.toString() + ":");
        assertThat(before).doesNotContain("class=\"live-problems\"");
    }

    @Test
    void stopsCleanly() throws Exception {
        serve = Served.start(List.of(Served.copy(Served.TUTORIAL, dir)), log);
        BlockingQueue<String> versions = listen();
        assertThat(versions.poll(5, TimeUnit.SECONDS)).isEqualTo("1");
        URI url = serve.url();
        serve.close();
        serve.close();   // twice is harmless
        assertThatThrownBy(() -> ((HttpURLConnection) url.toURL().openConnection()).getResponseCode()).isInstanceOf(java.io.IOException.class);
        serve.await();   // returns at once
    }
}
