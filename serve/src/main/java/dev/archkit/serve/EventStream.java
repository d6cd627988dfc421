package dev.archkit.serve;

import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The server-sent events of {@code /events}: each client is told the page's version when it
 * connects and whenever it changes ({@code event: version}), and a comment every few seconds
 * in between, so that a client that went away is noticed and its thread freed.
 */
final class EventStream {

    /** Clients beyond this many are refused (503): each holds a thread. */
    static final int MAX_CLIENTS = 32;
    /** How long a client may hear nothing (milliseconds). */
    static final long HEARTBEAT_MILLIS = 10_000;
    /** How soon a client reconnects after the stream broke (milliseconds). */
    static final long RETRY_MILLIS = 500;

    private final AtomicInteger clients = new AtomicInteger();
    private long version;
    private boolean closed;

    EventStream(long version) {
        this.version = version;
    }

    /** Tells every client the new version. */
    synchronized void publish(long v) {
        version = v;
        notifyAll();
    }

    /** Ends every stream (the server stops). */
    synchronized void close() {
        closed = true;
        notifyAll();
    }

    /** Holds one client's stream open until it goes away or the server stops. */
    void serve(HttpExchange ex) throws IOException {
        if (clients.incrementAndGet() > MAX_CLIENTS) {
            clients.decrementAndGet();
            LiveServer.plain(ex, 503, "too many open event streams (" + MAX_CLIENTS + "); close some tabs of this page");
            return;
        }
        try (ex) {
            ex.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
            ex.getResponseHeaders().set("Cache-Control", "no-store");
            ex.sendResponseHeaders(200, 0);
            OutputStream out = ex.getResponseBody();
            write(out, "retry: " + RETRY_MILLIS + "\n\n");
            long sent = Long.MIN_VALUE;
            while (true) {
                long now;
                synchronized (this) {
                    if (!closed && version == sent) wait(HEARTBEAT_MILLIS);
                    if (closed) return;
                    now = version;
                }
                if (now != sent) {
                    write(out, "event: version\ndata: " + now + "\n\n");
                    sent = now;
                } else {
                    write(out, ": still here\n\n");
                }
            }
        } catch (IOException gone) {
            // the client closed the page: nothing to tell it
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            clients.decrementAndGet();
        }
    }

    private static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
