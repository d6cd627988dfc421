package dev.archkit.lsp;

import dev.archkit.model.Parallelism;
import dev.archkit.rules.RuleEngine;
import dev.archkit.rules.catalog.Catalog;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionOptions;
import org.eclipse.lsp4j.CompletionOptions;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.ServerInfo;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageClientAware;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.eclipse.lsp4j.services.WorkspaceService;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * archkit's language server: the documents the editor has open and the .arch files of its
 * workspace, checked by the same pipeline as 'archkit check' ({@link Analyzer}), on one work
 * thread. An edit is worked on at once when the thread is idle; edits that arrive while it works
 * are taken together in its next round (no fixed delay). Every failure is caught and written to
 * the editor's log (window/logMessage): nothing is ever printed to stdout, the protocol's channel.
 */
public final class ArchLanguageServer implements LanguageServer, LanguageClientAware {

    final Workspace workspace = new Workspace();
    final Uris uris = new Uris();
    private final Analyzer analyzer;
    private final DocumentService documents;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "archkit-lsp-work");
        t.setDaemon(true);
        return t;
    });
    private final Set<String> pending = new HashSet<>();
    private boolean queued;
    private boolean started;
    private volatile Analysis analysis = Analysis.EMPTY;
    private final Map<String, List<org.eclipse.lsp4j.Diagnostic>> published = new java.util.concurrent.ConcurrentHashMap<>();
    /** Each file's problems from the last full check, without its syntax errors, and the text they are about (for {@link QuickPass}). */
    private final Map<String, Checked> checked = new java.util.concurrent.ConcurrentHashMap<>();

    private record Checked(List<org.eclipse.lsp4j.Diagnostic> problems, String text) { }
    private volatile LanguageClient client;
    private volatile boolean shutdown;
    private final CompletableFuture<Void> exited = new CompletableFuture<>();

    public ArchLanguageServer() {
        this(Catalog.engine(Parallelism.available()), Parallelism.available());
    }

    ArchLanguageServer(RuleEngine engine, Parallelism parallelism) {
        this.analyzer = new Analyzer(workspace, engine, parallelism);
        this.documents = new DocumentService(this);
    }

    @Override
    public void connect(LanguageClient client) {
        this.client = client;
    }

    @Override
    public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
        List<String> problems = new java.util.ArrayList<>();
        for (Path folder : folders(params)) problems.addAll(workspace.addFolder(folder));
        problems.forEach(this::log);
        ServerCapabilities caps = new ServerCapabilities();
        caps.setTextDocumentSync(TextDocumentSyncKind.Full);
        caps.setDocumentSymbolProvider(true);
        caps.setDefinitionProvider(true);
        caps.setReferencesProvider(true);
        caps.setRenameProvider(true);
        caps.setHoverProvider(true);
        caps.setDocumentFormattingProvider(true);
        caps.setCompletionProvider(new CompletionOptions(false, List.of(" ", ",", ">")));
        caps.setCodeActionProvider(new CodeActionOptions(List.of(CodeActionKind.QuickFix)));
        return CompletableFuture.completedFuture(new InitializeResult(caps, new ServerInfo("archkit", version())));
    }

    private List<Path> folders(InitializeParams params) {
        List<Path> out = new java.util.ArrayList<>();
        if (params.getWorkspaceFolders() != null) {
            for (WorkspaceFolder f : params.getWorkspaceFolders()) addFolder(out, f.getUri());
        }
        @SuppressWarnings("deprecation")
        String root = params.getRootUri();
        if (out.isEmpty() && root != null) addFolder(out, root);
        return out;
    }

    private void addFolder(List<Path> out, String uri) {
        String file = uris.file(uri);
        if (file == null || !file.startsWith("/") && !Path.of(file).isAbsolute()) {
            log("workspace folder " + uri + " is not a local folder; only open files are checked");
            return;
        }
        out.add(Path.of(file));
    }

    @Override
    public void initialized(InitializedParams params) {
        synchronized (pending) {
            started = true;
        }
        schedule(Set.copyOf(workspace.files()));
    }

    @Override
    public CompletableFuture<Object> shutdown() {
        shutdown = true;
        worker.shutdown();
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void exit() {
        worker.shutdownNow();
        exited.complete(null);
    }

    /** Completes when the editor has sent 'exit'. */
    CompletableFuture<Void> exited() {
        return exited;
    }

    @Override
    public TextDocumentService getTextDocumentService() {
        return documents;
    }

    @Override
    public WorkspaceService getWorkspaceService() {
        return new WorkspaceService() {
            @Override
            public void didChangeConfiguration(DidChangeConfigurationParams params) { }

            @Override
            public void didChangeWatchedFiles(DidChangeWatchedFilesParams params) {
                Set<String> changed = new HashSet<>();
                for (var e : params.getChanges()) {
                    String file = uris.file(e.getUri());
                    if (file == null) continue;
                    workspace.diskEvent(file, e.getType() != FileChangeType.Deleted);
                    changed.add(file);
                }
                schedule(changed);
            }
        };
    }

    /** The latest analysis (what requests answer from). */
    Analysis analysis() {
        return analysis;
    }

    /**
     * Work on {@code files}: at once when the work thread is idle, else with whatever else arrives
     * before it is free. Before 'initialized', files wait for the first round.
     */
    void schedule(Set<String> files) {
        synchronized (pending) {
            pending.addAll(files);
            if (!started || queued || shutdown) return;
            queued = true;
        }
        try {
            worker.execute(this::round);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            synchronized (pending) {
                queued = false;
            }
        }
    }

    private void round() {
        Set<String> files;
        synchronized (pending) {
            files = Set.copyOf(pending);
            pending.clear();
            queued = false;
        }
        try {
            Analysis a = analyzer.update(files);
            analysis = a;
            publish(a, files);
        } catch (RuntimeException | StackOverflowError e) {
            log("archkit could not check " + files.size() + " file(s): " + e + " (a bug in archkit; please report it with the files)");
        }
    }

    /**
     * Problems of files whose problems changed, and of every file worked on (the editor waits for
     * them); not those of an open file edited since this round read it (the next round has it).
     */
    private void publish(Analysis a, Set<String> worked) {
        LanguageClient c = client;
        if (c == null) return;
        Set<String> files = new java.util.TreeSet<>(published.keySet());
        files.addAll(a.problems().keySet());
        files.addAll(worked);
        for (String f : files) {
            var parsed = a.parsed().get(f);
            Workspace.Document d = workspace.document(f);
            if (d != null && (parsed == null || !d.text().equals(parsed.text()))) continue;
            List<org.eclipse.lsp4j.Diagnostic> now = Problems.of(a.problemsOf(f), uris);
            remember(f, now, parsed);
            List<org.eclipse.lsp4j.Diagnostic> before = published.get(f);
            boolean waitedFor = worked.contains(f) && (d != null || before != null || !now.isEmpty());
            if (now.equals(before == null ? List.of() : before) && !waitedFor) continue;
            if (now.isEmpty()) published.remove(f); else published.put(f, now);
            send(c, f, now, d);
        }
    }

    private void remember(String f, List<org.eclipse.lsp4j.Diagnostic> now, dev.archkit.lang.SourceParser.Parsed parsed) {
        if (parsed == null) {
            checked.remove(f);
            return;
        }
        List<org.eclipse.lsp4j.Diagnostic> problems = new java.util.ArrayList<>(now);
        for (var syntax : parsed.diagnostics()) problems.remove(Problems.diagnostic(syntax, uris));
        checked.put(f, new Checked(problems, parsed.text()));
    }

    private void send(LanguageClient c, String f, List<org.eclipse.lsp4j.Diagnostic> now, Workspace.Document d) {
        PublishDiagnosticsParams p = new PublishDiagnosticsParams(uris.uri(f), now);
        if (d != null) p.setVersion(d.version());
        c.publishDiagnostics(p);
    }

    /**
     * The editor's first answer to an edit, on the thread that received it: the file's syntax
     * errors and the last check's problems moved with the text ({@link QuickPass}); the full
     * check of the architecture follows on the work thread.
     */
    void quick(String file) {
        LanguageClient c = client;
        Workspace.Document d = workspace.document(file);
        if (c == null || d == null) return;
        Checked last = checked.get(file);
        List<org.eclipse.lsp4j.Diagnostic> now = QuickPass.of(file, last == null ? List.of() : last.problems(), last == null ? null : last.text(), d.text(), uris);
        published.put(file, now);
        send(c, file, now, d);
    }

    /** Completes once every piece of work asked for so far is done (for tests and the benchmark). */
    public CompletableFuture<Void> idle() {
        CompletableFuture<Void> done = new CompletableFuture<>();
        try {
            worker.execute(() -> done.complete(null));
        } catch (java.util.concurrent.RejectedExecutionException e) {
            done.complete(null);
        }
        return done;
    }

    /** A message in the editor's log (never stdout); dropped when no editor is connected. */
    void log(String message) {
        LanguageClient c = client;
        if (c != null) {
            try {
                c.logMessage(new MessageParams(MessageType.Error, message));
            } catch (RuntimeException ignored) {
                // the editor went away; there is no one left to tell
            }
        }
    }

    private static String version() {
        String v = ArchLanguageServer.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
