import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Language server latency: starts 'archkit lsp' as an editor does (a process spoken to in
 * JSON-RPC over stdin and stdout), opens one file of a workspace, and times each one-line edit
 * from the moment the change is written to the server's pipe to the moment diagnostics of that
 * version of the file arrive: first the quick answer (the file's syntax errors and the last
 * check's problems moved with the text), then the full check of the architecture (model, facts,
 * every rule). Edits alternate a service's 'max' between two values, so each changes the model;
 * WARMUP edits are not counted. Prints min, median, p95 and max in ms of both, and the CPU time
 * the server process used per edit (from /proc, in 10 ms ticks): on a machine shared with other
 * work the wall time is mostly waiting for a core, the CPU time is what the edit costs.
 * Usage: java bench/LspLatency.java WORKSPACE FILE EDITS WARMUP -- COMMAND...
 */
public class LspLatency {
    static final Pattern LENGTH = Pattern.compile("Content-Length: (\\d+)");
    static final BlockingQueue<String> messages = new LinkedBlockingQueue<>();

    public static void main(String[] args) throws Exception {
        Path ws = Path.of(args[0]).toAbsolutePath().normalize();
        Path file = ws.resolve(args[1]).normalize();
        int edits = Integer.parseInt(args[2]), warmup = Integer.parseInt(args[3]);
        List<String> command = Arrays.asList(args).subList(Arrays.asList(args).indexOf("--") + 1, args.length);
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        OutputStream out = p.getOutputStream();
        Thread reader = new Thread(() -> read(p.getInputStream()), "reader");
        reader.setDaemon(true);
        reader.start();

        String uri = file.toUri().toString();
        long t0 = System.nanoTime();
        send(out, "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"processId\":null,\"capabilities\":{},"
                + "\"workspaceFolders\":[{\"uri\":" + str(ws.toUri().toString()) + ",\"name\":\"bench\"}]}}");
        await("\"id\":1", null);
        send(out, "{\"jsonrpc\":\"2.0\",\"method\":\"initialized\",\"params\":{}}");
        String text = Files.readString(file);
        send(out, "{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didOpen\",\"params\":{\"textDocument\":{\"uri\":" + str(uri)
                + ",\"languageId\":\"arch\",\"version\":1,\"text\":" + str(text) + "}}}");
        await("publishDiagnostics", uri, 1);
        System.out.printf("first diagnostics of the workspace (start, parse, build, rules): %d ms%n", (System.nanoTime() - t0) / 1_000_000);

        String line = "replicas 3 min 3 max 10";
        if (!text.contains(line)) throw new IllegalStateException(file + " has no '" + line + "'");
        List<Double> ms = new ArrayList<>(), full = new ArrayList<>(), cpu = new ArrayList<>();
        for (int i = 0; i < warmup + edits; i++) {
            int version = i + 2;
            String edited = i % 2 == 0 ? text.replaceFirst(line, "replicas 3 min 3 max 11") : text;
            String msg = "{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didChange\",\"params\":{\"textDocument\":{\"uri\":" + str(uri)
                    + ",\"version\":" + version + "},\"contentChanges\":[{\"text\":" + str(edited) + "}]}}";
            long cpuBefore = cpuMillis(p.pid());
            long start = System.nanoTime();
            send(out, msg);
            await("publishDiagnostics", uri, version);
            double took = (System.nanoTime() - start) / 1e6;
            await("publishDiagnostics", uri, version);
            double checked = (System.nanoTime() - start) / 1e6;
            if (i >= warmup) {
                ms.add(took);
                full.add(checked);
                if (cpuBefore >= 0) cpu.add((double) (cpuMillis(p.pid()) - cpuBefore));
            }
            Thread.sleep(30);   // a pause between keystrokes, so each edit finds the server idle
        }
        send(out, "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"shutdown\",\"params\":null}");
        await("\"id\":2", null);
        send(out, "{\"jsonrpc\":\"2.0\",\"method\":\"exit\",\"params\":null}");
        out.close();
        p.waitFor(10, TimeUnit.SECONDS);
        p.destroy();
        print("first diagnostics (quick)", ms);
        print("full check published", full);
        if (!cpu.isEmpty()) print("server CPU time per edit", cpu);
    }

    /** User and system time of a process in ms (Linux /proc; -1 elsewhere). */
    static long cpuMillis(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10;   // utime, stime in ticks of 10 ms (USER_HZ 100)
        } catch (Exception e) {
            return -1;
        }
    }

    static void print(String what, List<Double> ms) {
        ms.sort(null);
        System.out.printf("%-26s %d edits: min %.1f ms, median %.1f ms, p95 %.1f ms, max %.1f ms%n", what, ms.size(), ms.get(0),
                ms.get(ms.size() / 2), ms.get((int) Math.ceil(ms.size() * 0.95) - 1), ms.get(ms.size() - 1));
    }

    static void await(String what, String uri) throws InterruptedException {
        await(what, uri, -1);
    }

    static void await(String what, String uri, int version) throws InterruptedException {
        while (true) {
            String m = messages.poll(120, TimeUnit.SECONDS);
            if (m == null) throw new IllegalStateException("no " + what + " within 120 s");
            if (!m.contains(what)) continue;
            if (uri != null && !m.contains("\"uri\":" + str(uri))) continue;
            if (version >= 0 && !m.contains("\"version\":" + version + "}") && !m.contains("\"version\":" + version + ",")) continue;
            return;
        }
    }

    static void send(OutputStream out, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        out.write(("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(body);
        out.flush();
    }

    static void read(InputStream in) {
        try {
            ByteArrayOutputStream header = new ByteArrayOutputStream();
            while (true) {
                int b = in.read();
                if (b < 0) return;
                header.write(b);
                String h = header.toString(StandardCharsets.US_ASCII);
                if (!h.endsWith("\r\n\r\n")) continue;
                Matcher m = LENGTH.matcher(h);
                if (!m.find()) throw new IllegalStateException("no length in " + h);
                byte[] body = in.readNBytes(Integer.parseInt(m.group(1)));
                messages.add(new String(body, StandardCharsets.UTF_8));
                header.reset();
            }
        } catch (IOException e) {
            // the server ended
        }
    }

    static String str(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) b.append(String.format("\\u%04x", (int) c)); else b.append(c);
                }
            }
        }
        return b.append('"').toString();
    }
}
