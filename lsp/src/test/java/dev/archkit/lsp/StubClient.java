package dev.archkit.lsp;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.services.LanguageClient;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** An editor that records what the server tells it: the latest diagnostics of each URI, every publication, and the log. */
final class StubClient implements LanguageClient {
    final Map<String, List<Diagnostic>> diagnostics = new ConcurrentHashMap<>();
    final List<PublishDiagnosticsParams> publications = new CopyOnWriteArrayList<>();
    final List<String> log = new CopyOnWriteArrayList<>();

    @Override
    public void telemetryEvent(Object object) { }

    @Override
    public void publishDiagnostics(PublishDiagnosticsParams p) {
        publications.add(p);
        diagnostics.put(p.getUri(), List.copyOf(p.getDiagnostics()));
    }

    @Override
    public void showMessage(MessageParams m) {
        log.add(m.getMessage());
    }

    @Override
    public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams p) {
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void logMessage(MessageParams m) {
        log.add(m.getMessage());
    }

    List<Diagnostic> of(String uri) {
        return diagnostics.getOrDefault(uri, List.of());
    }
}
