package dev.archkit.e2e;

import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** 'archkit lsp' as editors run it: a process spoken to over its stdin and stdout, which carry the protocol and nothing else. */
class LspCliTest {

    @Test
    void servesOverStdioAndPrintsNothingElseOnStdout(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("broken.arch");
        String text = "architecture a {\n  region eu-west-1\n  service x {\n    cpu lots\n  }\n";
        Files.writeString(file, text);
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "dev.archkit.cli.Main", "lsp").start();
        ByteArrayOutputStream transcript = new ByteArrayOutputStream();
        InputStream stdout = new FilterInputStream(p.getInputStream()) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) transcript.write(b);
                return b;
            }

            @Override
            public int read(byte[] buf, int off, int len) throws IOException {
                int n = super.read(buf, off, len);
                if (n > 0) transcript.write(buf, off, n);
                return n;
            }
        };
        BlockingQueue<PublishDiagnosticsParams> published = new LinkedBlockingQueue<>();
        LanguageClient client = new LanguageClient() {
            public void telemetryEvent(Object o) { }
            public void publishDiagnostics(PublishDiagnosticsParams d) { published.add(d); }
            public void showMessage(MessageParams m) { }
            public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams r) { return CompletableFuture.completedFuture(null); }
            public void logMessage(MessageParams m) { }
        };
        var launcher = LSPLauncher.createClientLauncher(client, stdout, p.getOutputStream());
        launcher.startListening();
        LanguageServer server = launcher.getRemoteProxy();
        try {
            InitializeParams init = new InitializeParams();
            init.setWorkspaceFolders(List.of(new WorkspaceFolder(dir.toUri().toString(), "ws")));
            server.initialize(init).get(60, TimeUnit.SECONDS);
            server.initialized(new InitializedParams());
            server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(file.toUri().toString(), "arch", 1, text)));
            PublishDiagnosticsParams d;
            do {
                d = published.poll(60, TimeUnit.SECONDS);
                assertThat(d).as("diagnostics of the open file").isNotNull();
            } while (!d.getUri().equals(file.toUri().toString()) || d.getDiagnostics().isEmpty());
            assertThat(d.getDiagnostics()).anyMatch(x -> x.getMessage().contains("lots") || x.getMessage().contains("'}'") || x.getMessage().contains("end of file"));
            server.shutdown().get(60, TimeUnit.SECONDS);
            server.exit();
            p.getOutputStream().close();
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("the server ends when the editor closes its input").isTrue();
            assertThat(p.exitValue()).isZero();
        } finally {
            p.destroyForcibly();
        }
        // stdout holds protocol messages only: each a Content-Length header and that many bytes of JSON
        byte[] all = transcript.toByteArray();
        int i = 0;
        while (i < all.length) {
            String rest = new String(all, i, Math.min(64, all.length - i), StandardCharsets.US_ASCII);
            assertThat(rest).as("stdout at byte " + i).startsWith("Content-Length: ");
            int headerEnd = new String(all, i, all.length - i, StandardCharsets.US_ASCII).indexOf("\r\n\r\n");
            int length = Integer.parseInt(new String(all, i + 16, headerEnd - 16, StandardCharsets.US_ASCII).lines().findFirst().orElseThrow().trim());
            i += headerEnd + 4;
            assertThat((char) all[i]).isEqualTo('{');
            i += length;
        }
        assertThat(i).isEqualTo(all.length);
    }
}
