package dev.archkit.lsp;

import dev.archkit.model.Parallelism;
import dev.archkit.rules.catalog.Catalog;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceFolder;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A server in this process, connected to a {@link StubClient}, over a workspace folder. */
final class Session {
    final ArchLanguageServer server;
    final StubClient client = new StubClient();
    private final java.util.Map<String, Integer> versions = new java.util.HashMap<>();

    Session(Path folder) {
        this(folder, Parallelism.serial());
    }

    Session(Path folder, Parallelism parallelism) {
        server = new ArchLanguageServer(Catalog.engine(parallelism), parallelism);
        server.connect(client);
        InitializeParams init = new InitializeParams();
        if (folder != null) init.setWorkspaceFolders(List.of(new WorkspaceFolder(folder.toUri().toString(), "ws")));
        server.initialize(init).join();
        server.initialized(new InitializedParams());
        idle();
    }

    static String uri(Path p) {
        return p.toUri().toString();
    }

    void open(Path p, String text) {
        versions.put(uri(p), 1);
        server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri(p), "arch", 1, text)));
    }

    void change(Path p, String text) {
        int v = versions.merge(uri(p), 1, Integer::sum);
        server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri(p), v),
                List.of(new TextDocumentContentChangeEvent(text))));
    }

    void idle() {
        try {
            server.idle().get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    static TextDocumentIdentifier doc(Path p) {
        return new TextDocumentIdentifier(uri(p));
    }

    /** The position of the {@code nth} (0-based) occurrence of {@code word} in {@code text}, plus {@code into} characters. */
    static Position at(String text, String word, int nth, int into) {
        int off = -1;
        for (int i = 0; i <= nth; i++) off = text.indexOf(word, off + 1);
        if (off < 0) throw new AssertionError("no " + word);
        return Positions.position(text, off + into);
    }
}
