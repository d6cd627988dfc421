package dev.archkit.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The HTTP side of {@code archkit serve}, on the JDK's {@link HttpServer}, bound to the
 * loopback address only: {@code /} is the page, {@code /events} the stream of its versions.
 * A request whose Host header is not this machine's loopback name is refused, so a web page
 * elsewhere cannot read the page through a DNS name that points here.
 */
final class LiveServer implements AutoCloseable {

    /** The port is taken (by another program, or another archkit serve). */
    static final class PortInUse extends Exception {
        PortInUse(int port) {
            super("port " + port + " on 127.0.0.1 is in use (another archkit serve?): choose another with --port N, "
                    + "or --port 0 for a free one");
        }
    }

    private final HttpServer http;
    private final ExecutorService threads;
    private final EventStream events;
    private final Set<String> hosts;
    private volatile byte[] page;

    private LiveServer(HttpServer http, ExecutorService threads, String page, long version) {
        this.http = http;
        this.threads = threads;
        this.page = page.getBytes(StandardCharsets.UTF_8);
        this.events = new EventStream(version);
        int port = http.getAddress().getPort();
        this.hosts = Set.of("127.0.0.1:" + port, "localhost:" + port);
    }

    /** Serves {@code page} (of {@code version}) on 127.0.0.1:{@code port}; port 0 takes a free one. */
    static LiveServer start(int port, String page, long version) throws PortInUse, IOException {
        HttpServer http;
        try {
            // 127.0.0.1 itself, not the JVM's preferred loopback (::1 with java.net.preferIPv6Addresses): the URL printed names it
            http = HttpServer.create(new InetSocketAddress(InetAddress.getByAddress(new byte[]{127, 0, 0, 1}), port), 0);
        } catch (BindException e) {
            throw new PortInUse(port);
        }
        ExecutorService threads = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "archkit-serve-http");
            t.setDaemon(true);
            return t;
        });
        LiveServer server = new LiveServer(http, threads, page, version);
        http.setExecutor(threads);
        http.createContext("/", server::handle);
        http.start();
        return server;
    }

    /** Where the page is. */
    URI url() {
        return URI.create("http://127.0.0.1:" + http.getAddress().getPort() + "/");
    }

    /** Serves {@code html} from now on and tells every open page that {@code version} is out. */
    void publish(String html, long version) {
        page = html.getBytes(StandardCharsets.UTF_8);
        events.publish(version);
    }

    private void handle(HttpExchange ex) throws IOException {
        String host = ex.getRequestHeaders().getFirst("Host");
        if (host == null || !hosts.contains(host.toLowerCase(java.util.Locale.ROOT))) {
            plain(ex, 403, "archkit serve answers only to http://" + hosts.iterator().next() + "/");
            return;
        }
        String method = ex.getRequestMethod();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            ex.getResponseHeaders().set("Allow", "GET, HEAD");
            plain(ex, 405, "archkit serve only reads: GET " + ex.getRequestURI().getPath());
            return;
        }
        String path = ex.getRequestURI().getPath();
        if (path.equals(dev.archkit.report.Live.EVENTS_PATH)) {
            events.serve(ex);
        } else if (path.equals("/") || path.equals("/index.html")) {
            byte[] body = page;
            ex.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            ex.getResponseHeaders().set("Cache-Control", "no-store");
            send(ex, 200, body);
        } else {
            plain(ex, 404, "nothing at " + path + ": the page is at /");
        }
    }

    static void plain(HttpExchange ex, int status, String text) throws IOException {
        ex.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
        send(ex, status, (text + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange ex, int status, byte[] body) throws IOException {
        try (ex) {
            boolean head = ex.getRequestMethod().equals("HEAD");
            ex.sendResponseHeaders(status, head ? -1 : body.length);
            if (!head) ex.getResponseBody().write(body);
        }
    }

    /** Ends the event streams, then the server. */
    @Override
    public void close() {
        events.close();
        http.stop(0);
        threads.shutdownNow();
    }
}
