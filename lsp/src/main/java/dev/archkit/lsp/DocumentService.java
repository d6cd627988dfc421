package dev.archkit.lsp;

import dev.archkit.lang.Formatter;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.LocationLink;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.services.TextDocumentService;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * The document half of the protocol: open, change and close start work; each request is answered
 * by one small class ({@link Outline}, {@link Navigation}, {@link Hovers}, {@link Completions},
 * {@link QuickFixes}) from the latest analysis. A request about a document the server does not
 * know, or one that fails, gets an empty answer and a line in the editor's log, never an error
 * that ends the session.
 */
final class DocumentService implements TextDocumentService {

    private final ArchLanguageServer server;

    DocumentService(ArchLanguageServer server) {
        this.server = server;
    }

    @Override
    public void didOpen(DidOpenTextDocumentParams params) {
        var d = params.getTextDocument();
        String file = server.uris.file(d.getUri());
        if (file == null) {
            server.log("not a document URI: " + d.getUri());
            return;
        }
        server.workspace.open(file, new Workspace.Document(d.getUri(), d.getVersion(), d.getText() == null ? "" : d.getText()));
        server.schedule(Set.of(file));
    }

    @Override
    public void didChange(DidChangeTextDocumentParams params) {
        String file = server.uris.file(params.getTextDocument().getUri());
        if (file == null || server.workspace.document(file) == null) {
            server.log("a change to a document that is not open: " + params.getTextDocument().getUri() + " (ignored)");
            return;
        }
        String text = server.workspace.document(file).text();
        for (TextDocumentContentChangeEvent c : params.getContentChanges()) {
            if (c.getRange() == null) {
                text = c.getText();
            } else {   // a client that sends ranges although the server asked for whole texts
                int from = Positions.offset(text, c.getRange().getStart()), to = Positions.offset(text, c.getRange().getEnd());
                text = text.substring(0, from) + c.getText() + text.substring(Math.max(from, to));
            }
        }
        Integer v = params.getTextDocument().getVersion();
        if (!server.workspace.change(file, v == null ? Integer.MAX_VALUE : v, text)) {
            server.log("an out-of-date change to " + file + " (version " + v + ") ignored");
            return;
        }
        try {
            server.quick(file);
        } catch (RuntimeException | StackOverflowError e) {
            server.log("archkit could not parse " + file + " at once: " + e);
        }
        server.schedule(Set.of(file));
    }

    @Override
    public void didClose(DidCloseTextDocumentParams params) {
        String file = server.uris.file(params.getTextDocument().getUri());
        if (file == null) return;
        server.workspace.close(file);
        server.schedule(Set.of(file));   // back to the file on disk, or gone
    }

    @Override
    public void didSave(DidSaveTextDocumentParams params) { }

    @Override
    public CompletableFuture<List<Either<SymbolInformation, DocumentSymbol>>> documentSymbol(DocumentSymbolParams params) {
        return after(params.getTextDocument().getUri(), List.of(), file ->
                Outline.of(server.analysis().parsed().get(file)).stream().map(Either::<SymbolInformation, DocumentSymbol>forRight).toList());
    }

    @Override
    public CompletableFuture<Either<List<? extends Location>, List<? extends LocationLink>>> definition(DefinitionParams params) {
        return after(params.getTextDocument().getUri(), Either.forLeft(List.of()), file ->
                Either.forLeft(Navigation.definition(server.analysis(), file, params.getPosition(), server.uris)));
    }

    @Override
    public CompletableFuture<List<? extends Location>> references(ReferenceParams params) {
        boolean decl = params.getContext() == null || params.getContext().isIncludeDeclaration();
        return after(params.getTextDocument().getUri(), List.of(), file ->
                Navigation.references(server.analysis(), file, params.getPosition(), decl, server.uris));
    }

    @Override
    public CompletableFuture<WorkspaceEdit> rename(RenameParams params) {
        return after(params.getTextDocument().getUri(), null, file -> {
            String problem = Navigation.badName(params.getNewName());
            if (problem != null) throw new ResponseErrorException(new ResponseError(ResponseErrorCode.InvalidParams, problem, null));
            return Navigation.rename(server.analysis(), file, params.getPosition(), params.getNewName(), server.uris);
        });
    }

    @Override
    public CompletableFuture<Hover> hover(HoverParams params) {
        return after(params.getTextDocument().getUri(), null, file -> Hovers.at(server.analysis(), file, params.getPosition()));
    }

    @Override
    public CompletableFuture<Either<List<CompletionItem>, CompletionList>> completion(CompletionParams params) {
        String file = server.uris.file(params.getTextDocument().getUri());
        return now(() -> {
            String text = file == null ? null : server.workspace.text(file);
            if (text == null) return Either.forLeft(List.of());
            return Either.forRight(new CompletionList(false, Completions.at(text, params.getPosition(), server.analysis(), file)));
        }, Either.forLeft(List.of()));
    }

    @Override
    public CompletableFuture<List<? extends TextEdit>> formatting(DocumentFormattingParams params) {
        String file = server.uris.file(params.getTextDocument().getUri());
        return now(() -> {
            String text = file == null ? null : server.workspace.text(file);
            if (text == null) return List.of();
            // a file with syntax errors is never formatted, as with 'archkit fmt'
            if (dev.archkit.lang.SourceParser.parse(file, text).hasErrors()) return List.of();
            String formatted = Formatter.format(text);
            if (formatted.equals(text)) return List.of();
            return List.of(new TextEdit(new Range(new org.eclipse.lsp4j.Position(0, 0), Positions.end(text)), formatted));
        }, List.of());
    }

    @Override
    public CompletableFuture<List<Either<Command, CodeAction>>> codeAction(CodeActionParams params) {
        return after(params.getTextDocument().getUri(), List.of(), file ->
                QuickFixes.of(server.analysis(), file, params.getRange(), params.getContext(), server.uris).stream()
                        .map(Either::<Command, CodeAction>forRight).toList());
    }

    /** Answers once the work asked for before the request is done (so it answers from the text the editor shows). */
    private <T> CompletableFuture<T> after(String uri, T empty, java.util.function.Function<String, T> answer) {
        String file = server.uris.file(uri);
        if (file == null) {
            server.log("not a document URI: " + uri);
            return CompletableFuture.completedFuture(empty);
        }
        return server.idle().thenApply(v -> {
            try {
                return answer.apply(file);
            } catch (ResponseErrorException e) {
                throw e;
            } catch (RuntimeException | StackOverflowError e) {
                server.log("archkit could not answer a request about " + file + ": " + e);
                return empty;
            }
        });
    }

    private <T> CompletableFuture<T> now(Supplier<T> answer, T empty) {
        try {
            return CompletableFuture.completedFuture(answer.get());
        } catch (RuntimeException | StackOverflowError e) {
            server.log("archkit could not answer a request: " + e);
            return CompletableFuture.completedFuture(empty);
        }
    }
}
