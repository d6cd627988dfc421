package dev.archkit.lsp;

import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** Runs the server over a pair of streams (stdin and stdout for 'archkit lsp') until the editor closes them. */
public final class LanguageServerMain {
    private LanguageServerMain() { }

    /** Starts the server on the streams; the future ends when the input ends. */
    public static Future<Void> start(ArchLanguageServer server, InputStream in, OutputStream out) {
        Launcher<LanguageClient> launcher = LSPLauncher.createServerLauncher(server, in, out);
        server.connect(launcher.getRemoteProxy());
        return launcher.startListening();
    }

    /** Serves on the streams until the editor sends 'exit' or closes the connection. */
    public static void run(InputStream in, OutputStream out) throws InterruptedException {
        ArchLanguageServer server = new ArchLanguageServer();
        Future<Void> listening = start(server, in, out);
        Thread watch = new Thread(() -> {
            try {
                listening.get();
            } catch (InterruptedException | ExecutionException | java.util.concurrent.CancellationException e) {
                // the connection broke: the session is over either way
            }
            server.exited().complete(null);
        }, "archkit-lsp-input");
        watch.setDaemon(true);
        watch.start();
        try {
            server.exited().get();
        } catch (ExecutionException e) {
            // not completed exceptionally by anyone; the session is over
        }
    }
}
