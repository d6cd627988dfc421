package dev.archkit.lsp;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.services.LanguageServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.Pipe;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static dev.archkit.lsp.Session.at;
import static dev.archkit.lsp.Session.doc;
import static dev.archkit.lsp.Session.uri;
import static org.assertj.core.api.Assertions.assertThat;

/** One session over pipes, as an editor speaks to 'archkit lsp': JSON-RPC both ways, from initialize to exit. */
class JsonRpcRoundTripTest {

    @Test
    void initializePublishAnswerAndShutDownOverJsonRpc(@TempDir Path dir) throws Exception {
        Path root = dir.resolve("shop.arch"), shared = dir.resolve("shared.arch");
        Files.writeString(root, LanguageServerTest.ROOT);
        Files.writeString(shared, LanguageServerTest.SHARED);

        // OS pipes, not java.io's piped streams: a piped stream fails its reader with "Write end dead"
        // when it is empty and the last thread that wrote to it has ended. The server's work thread
        // publishes diagnostics and ends on 'shutdown', so the client's reader could die before the
        // answer to 'shutdown' (written by another thread) arrived: a timeout at random
        Pipe up = Pipe.open(), down = Pipe.open();
        InputStream serverIn = Channels.newInputStream(up.source()), clientIn = Channels.newInputStream(down.source());
        OutputStream toServer = Channels.newOutputStream(up.sink()), toClient = Channels.newOutputStream(down.sink());
        Future<Void> serving = LanguageServerMain.start(new ArchLanguageServer(), serverIn, toClient);
        StubClient client = new StubClient();
        Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(client, clientIn, toServer);
        Future<Void> listening = launcher.startListening();
        LanguageServer server = launcher.getRemoteProxy();

        InitializeParams init = new InitializeParams();
        init.setCapabilities(new ClientCapabilities());
        init.setWorkspaceFolders(List.of(new WorkspaceFolder(dir.toUri().toString(), "ws")));
        InitializeResult result = server.initialize(init).get(30, TimeUnit.SECONDS);
        assertThat(result.getServerInfo().getName()).isEqualTo("archkit");
        assertThat(result.getCapabilities().getHoverProvider().getLeft()).isTrue();
        server.initialized(new InitializedParams());
        server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri(root), "arch", 1, LanguageServerTest.ROOT)));

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (client.of(uri(root)).stream().noneMatch(d -> "resilience/missing-timeout".equals(d.getCode().getLeft())) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(client.of(uri(root))).anyMatch(d -> "resilience/missing-timeout".equals(d.getCode().getLeft())
                && d.getCodeDescription().getHref().endsWith("missing-timeout.md"));

        Hover h = server.getTextDocumentService().hover(new HoverParams(doc(root), at(LanguageServerTest.ROOT, "service api", 0, 9))).get(30, TimeUnit.SECONDS);
        assertThat(h.getContents().getRight().getValue()).contains("replicas: min 2, desired 2, max 6");

        server.shutdown().get(30, TimeUnit.SECONDS);
        server.exit();
        toServer.close();
        serving.get(30, TimeUnit.SECONDS);   // the server ends when its input does
        toClient.close();
        listening.cancel(true);
        assertThat(client.log).noneMatch(l -> l.contains("could not"));
    }
}
