package dev.archkit.lsp;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ReferenceContext;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static dev.archkit.lsp.Session.at;
import static dev.archkit.lsp.Session.doc;
import static dev.archkit.lsp.Session.uri;
import static org.assertj.core.api.Assertions.assertThat;

/** The server in this process, driven as an editor would, with a stub client recording what it publishes. */
class LanguageServerTest {

    static final String SHARED = """
            network main 10.0.0.0/16 {
              subnet app-a zone eu-west-1a private 10.0.1.0/24
              subnet app-b zone eu-west-1b private 10.0.2.0/24
              subnet pub-a zone eu-west-1a public 10.0.0.0/24
              subnet pub-b zone eu-west-1b public 10.0.3.0/24
              nat nat-a subnet pub-a
              nat nat-b subnet pub-b
            }

            securitygroup api-sg {
              ingress tcp 8080 from 10.0.0.0/16
              egress all to 0.0.0.0/0
            }

            securitygroup db-sg {
              ingress tcp 5432 from api-sg
            }
            """;

    static final String ROOT = """
            import "shared.arch"

            architecture shop {
              region eu-west-1
              zones eu-west-1a, eu-west-1b

              cluster main-cluster {
                capacity fargate
              }

              service api {
                cluster main-cluster
                image "registry/api:1.4.2"
                cpu 512
                memory 1024
                port 8080
                replicas 2 min 2 max 6
                subnets app-a, app-b
                securitygroups api-sg
                logs awslogs
                health /health
                deploy rolling circuit-breaker rollback
              }

              database orders-db {
                engine postgres
                class db.t3.medium
                multi-az
                subnets app-a, app-b
                securitygroups db-sg
              }

              api -> orders-db
            }
            """;

    @TempDir
    Path dir;
    Path root, shared;
    Session s;

    @BeforeEach
    void workspace() throws IOException {
        root = dir.resolve("shop.arch");
        shared = dir.resolve("shared.arch");
        Files.writeString(root, ROOT);
        Files.writeString(shared, SHARED);
        s = new Session(dir);
    }

    List<Diagnostic> openRoot() {
        s.open(root, ROOT);
        s.idle();
        return s.client.of(uri(root));
    }

    @Test
    void publishesRuleFindingsWithIdSeverityAndDocLink() {
        List<Diagnostic> ds = openRoot();
        Diagnostic timeout = ds.stream().filter(d -> "resilience/missing-timeout".equals(d.getCode().getLeft())).findFirst().orElseThrow();
        assertThat(timeout.getSource()).isEqualTo("archkit");
        assertThat(timeout.getSeverity()).isIn(DiagnosticSeverity.Warning, DiagnosticSeverity.Error);
        assertThat(timeout.getCodeDescription().getHref()).endsWith("docs/rules/resilience/missing-timeout.md");
        assertThat(timeout.getRange().getStart().getLine()).isEqualTo(ROOT.lines().toList().indexOf("  api -> orders-db"));
        assertThat(timeout.getMessage()).contains("timeout");
    }

    @Test
    void syntaxAndReferenceErrorsAsTheUserTypesAndClearedWhenFixed() {
        openRoot();
        s.change(root, ROOT.replace("cluster main-cluster\n", "cluster main-clustr\n"));
        s.idle();
        Diagnostic unresolved = s.client.of(uri(root)).stream().filter(d -> d.getSeverity() == DiagnosticSeverity.Error).findFirst().orElseThrow();
        assertThat(unresolved.getMessage()).contains("main-clustr").contains("main-cluster");   // did you mean
        // with input errors the rules do not run, as in 'check'
        assertThat(s.client.of(uri(root))).noneMatch(d -> d.getCode().getLeft().contains("/"));

        s.change(root, ROOT.replace("  service api {", "  service api {{"));
        s.idle();
        assertThat(s.client.of(uri(root))).anyMatch(d -> d.getSeverity() == DiagnosticSeverity.Error && d.getCode().getLeft().equals("syntax"));

        s.change(root, ROOT);
        s.idle();
        assertThat(s.client.of(uri(root))).noneMatch(d -> d.getSeverity() == DiagnosticSeverity.Error);
    }

    @Test
    void anImpossibleDbClassIsTheSameLocatedErrorAsInCheck() {
        openRoot();
        s.change(root, ROOT.replace("class db.t3.medium", "class db.x99.mega"));
        s.idle();
        Diagnostic bad = s.client.of(uri(root)).stream().filter(d -> "instance-class".equals(d.getCode().getLeft())).findFirst().orElseThrow();
        assertThat(bad.getSeverity()).isEqualTo(DiagnosticSeverity.Error);
        assertThat(bad.getMessage()).contains("'db.x99.mega' is not an RDS or Aurora instance class");
        int line = ROOT.lines().toList().indexOf("    class db.t3.medium");
        assertThat(bad.getRange().getStart()).isEqualTo(new Position(line, "    class ".length()));
    }

    @Test
    void anEditToAnImportRechecksTheArchitectureThatReadsIt() {
        openRoot();
        s.open(shared, SHARED);
        s.change(shared, SHARED.replace("securitygroup db-sg", "securitygroup data-sg"));
        s.idle();
        assertThat(s.client.of(uri(root))).anyMatch(d -> d.getSeverity() == DiagnosticSeverity.Error && d.getMessage().contains("db-sg"));
    }

    @Test
    void outlineListsArchitectureElementsAndDependencies() {
        openRoot();
        List<DocumentSymbol> symbols = s.server.getTextDocumentService().documentSymbol(new DocumentSymbolParams(doc(root))).join()
                .stream().map(Either::getRight).toList();
        assertThat(symbols).extracting(DocumentSymbol::getName).containsExactly("shop");
        assertThat(symbols.get(0).getChildren()).extracting(DocumentSymbol::getName).containsExactly("main-cluster", "api", "orders-db", "api -> orders-db");
        DocumentSymbol api = symbols.get(0).getChildren().get(1);
        assertThat(api.getDetail()).isEqualTo("service");
        assertThat(api.getSelectionRange().getStart()).isEqualTo(at(ROOT, "service api", 0, 8));
    }

    @Test
    void definitionAndReferencesAcrossFiles() {
        openRoot();
        Position onUse = at(ROOT, "api-sg", 0, 2);
        List<? extends Location> def = s.server.getTextDocumentService().definition(new DefinitionParams(doc(root), onUse)).join().getLeft();
        assertThat(def).hasSize(1);
        assertThat(def.get(0).getUri()).isEqualTo(uri(shared));
        assertThat(def.get(0).getRange().getStart()).isEqualTo(at(SHARED, "api-sg", 0, 0));

        List<? extends Location> refs = s.server.getTextDocumentService().references(
                new ReferenceParams(doc(root), onUse, new ReferenceContext(true))).join();
        // declared in shared.arch, a source in db-sg's rule there, and the service's securitygroups here
        assertThat(refs).extracting(Location::getUri).containsExactlyInAnyOrder(uri(shared), uri(shared), uri(root));
    }

    @Test
    void aPrefixListNamedInARuleLeadsToItsDeclaration() throws IOException {
        String text = """
                architecture lists {
                  region eu-west-1
                  prefixlist office { entries 203.0.113.0/24 }
                  securitygroup admin-sg {
                    ingress tcp 22 from prefix-list office
                    egress tcp 443 to prefix-list aws:s3
                  }
                }
                """;
        Path file = dir.resolve("lists.arch");
        Files.writeString(file, text);
        s.open(file, text);
        List<? extends Location> def = s.server.getTextDocumentService().definition(new DefinitionParams(doc(file), at(text, "office", 1, 1))).join().getLeft();
        assertThat(def).singleElement().satisfies(l -> assertThat(l.getRange().getStart()).isEqualTo(at(text, "office", 0, 0)));
        List<? extends Location> refs = s.server.getTextDocumentService().references(
                new ReferenceParams(doc(file), at(text, "office", 0, 1), new ReferenceContext(true))).join();
        assertThat(refs).hasSize(2);
    }

    @Test
    void renameChangesEveryUseInEveryFile() {
        openRoot();
        WorkspaceEdit edit = s.server.getTextDocumentService().rename(new RenameParams(doc(root), at(ROOT, "api-sg", 0, 1), "service-sg")).join();
        Map<String, List<TextEdit>> changes = edit.getChanges();
        assertThat(apply(ROOT, changes.get(uri(root)))).contains("securitygroups service-sg").doesNotContain("api-sg");
        assertThat(apply(SHARED, changes.get(uri(shared)))).contains("securitygroup service-sg {").contains("from service-sg").doesNotContain("api-sg");
    }

    @Test
    void aClusterAndAServiceOfOneNameAreTwoElementsToNavigateAndRename() throws IOException {
        String text = """
                architecture shop {
                  region eu-west-1
                  cluster api { capacity fargate }
                  securitygroup api { ingress tcp 8080 from 10.0.0.0/16 }
                  service web { cluster api }
                  service api {
                    cluster api
                    securitygroups api
                  }
                  web -> api
                }
                """;
        Path f = dir.resolve("named.arch");
        Files.writeString(f, text);
        s.open(f, text);
        s.idle();
        var docs = s.server.getTextDocumentService();
        // from the service's 'cluster api' to the cluster, from the arrow's 'api' to the service
        var toCluster = docs.definition(new DefinitionParams(doc(f), at(text, "cluster api", 2, 9))).join().getLeft();
        assertThat(toCluster).singleElement().extracting(l -> l.getRange().getStart()).isEqualTo(at(text, "cluster api", 0, 8));
        var toService = docs.definition(new DefinitionParams(doc(f), at(text, "-> api", 0, 4))).join().getLeft();
        assertThat(toService).singleElement().extracting(l -> l.getRange().getStart()).isEqualTo(at(text, "service api", 0, 8));
        WorkspaceEdit edit = docs.rename(new RenameParams(doc(f), at(text, "cluster api", 0, 9), "main")).join();
        assertThat(apply(text, edit.getChanges().get(uri(f))))
                .contains("cluster main { capacity fargate }").contains("service web { cluster main }").contains("    cluster main\n")
                .contains("securitygroup api {").contains("service api {").contains("securitygroups api").contains("web -> api");
        Hover h = docs.hover(new HoverParams(doc(f), at(text, "cluster api", 0, 9))).join();
        assertThat(h.getContents().getRight().getValue()).contains("**cluster** `api`").doesNotContain("replicas:").doesNotContain("called by:");
    }

    @Test
    void renameRefusesWhatIsNotAName() {
        openRoot();
        assertThat(s.server.getTextDocumentService().rename(new RenameParams(doc(root), at(ROOT, "api-sg", 0, 1), "no good")))
                .failsWithin(java.time.Duration.ofSeconds(10));
    }

    @Test
    void hoverShowsTheFactsOfAnElement() {
        openRoot();
        Hover h = s.server.getTextDocumentService().hover(new HoverParams(doc(root), at(ROOT, "service api", 0, 9))).join();
        String md = h.getContents().getRight().getValue();
        assertThat(md).contains("**service** `api`").contains("zones: eu-west-1a, eu-west-1b").contains("replicas: min 2, desired 2, max 6")
                .contains("monthly cost: $");
        Hover db = s.server.getTextDocumentService().hover(new HoverParams(doc(root), at(ROOT, "database orders-db", 0, 10))).join();
        assertThat(db.getContents().getRight().getValue()).contains("called by: api").contains("may be reached by (security groups): api");
    }

    @Test
    void hoverOnAFindingShowsItsRuleSummaryAndFix() {
        openRoot();
        Hover h = s.server.getTextDocumentService().hover(new HoverParams(doc(root), at(ROOT, "api -> orders-db", 0, 8))).join();
        assertThat(h.getContents().getRight().getValue()).contains("**resilience/missing-timeout**").contains("Fix: ").contains("timeout 2s");
    }

    @Test
    void completionOffersWhatFitsTheCursor() {
        openRoot();
        assertThat(labels(ROOT, at(ROOT, "    cpu 512", 0, 4))).contains("image", "replicas", "subnets").doesNotContain("engine", "service");
        assertThat(labels(ROOT, at(ROOT, "  database orders-db", 0, 2))).contains("service", "database", "environment", "region", "api");
        String engine = ROOT.replace("engine postgres", "engine ");
        assertThat(labels(engine, at(engine, "engine ", 0, 7))).contains("postgres", "aurora-postgresql").doesNotContain("redis");
        String cluster = ROOT.replace("    cluster main-cluster\n", "    cluster \n");
        assertThat(labels(cluster, at(cluster, "    cluster \n", 0, 12))).containsExactly("main-cluster");
        String region = ROOT.replace("region eu-west-1", "region ");
        assertThat(labels(region, at(region, "region ", 0, 7))).contains("eu-west-1", "us-east-1");
        String cls = ROOT.replace("class db.t3.medium", "class ");
        assertThat(labels(cls, at(cls, "class ", 0, 6))).contains("db.t3.medium");
        String arrow = ROOT.replace("api -> orders-db", "api -> ");
        assertThat(labels(arrow, at(arrow, "api -> ", 0, 7))).contains("orders-db", "api").doesNotContain("main", "api-sg");
    }

    private List<String> labels(String text, Position p) {
        s.change(root, text);
        s.idle();
        return s.server.getTextDocumentService().completion(new CompletionParams(doc(root), p)).join().getRight().getItems()
                .stream().map(CompletionItem::getLabel).toList();
    }

    @Test
    void formattingGivesTheFmtLayoutAndLeavesABrokenFileAlone() {
        String messy = ROOT.replace("  region eu-west-1", "region    eu-west-1");
        s.open(root, messy);
        s.idle();
        List<? extends TextEdit> edits = s.server.getTextDocumentService().formatting(new DocumentFormattingParams(doc(root), new FormattingOptions(2, true))).join();
        assertThat(edits).hasSize(1);
        assertThat(edits.get(0).getNewText()).isEqualTo(dev.archkit.lang.Formatter.format(messy)).contains("\n  region eu-west-1\n");
        s.change(root, messy + "}}\n");
        assertThat(s.server.getTextDocumentService().formatting(new DocumentFormattingParams(doc(root), new FormattingOptions(2, true))).join()).isEmpty();
    }

    @Test
    void quickFixesAddTheTimeoutOrASuppressionWithoutAReason() {
        openRoot();
        Diagnostic timeout = s.client.of(uri(root)).stream().filter(d -> "resilience/missing-timeout".equals(d.getCode().getLeft())).findFirst().orElseThrow();
        List<CodeAction> actions = s.server.getTextDocumentService().codeAction(new CodeActionParams(doc(root), timeout.getRange(),
                new CodeActionContext(List.of(timeout)))).join().stream().map(Either::getRight).toList();
        CodeAction add = actions.stream().filter(a -> a.getTitle().startsWith("Add 'timeout 2s'")).findFirst().orElseThrow();
        String fixed = apply(ROOT, add.getEdit().getChanges().get(uri(root)));
        assertThat(fixed).contains("api -> orders-db { timeout 2s }");
        s.change(root, fixed);
        s.idle();
        assertThat(s.client.of(uri(root))).noneMatch(d -> "resilience/missing-timeout".equals(d.getCode().getLeft()));

        CodeAction suppress = actions.stream().filter(a -> a.getTitle().startsWith("Suppress resilience/missing-timeout")).findFirst().orElseThrow();
        String excused = apply(ROOT, suppress.getEdit().getChanges().get(uri(root)));
        assertThat(excused).contains("api -> orders-db { suppress resilience/missing-timeout \"\" }");
        s.change(root, excused);
        s.idle();
        // excused, but the empty reason is reported until someone writes one
        assertThat(s.client.of(uri(root))).noneMatch(d -> "resilience/missing-timeout".equals(d.getCode().getLeft()))
                .anyMatch(d -> "hygiene/suppression-without-reason".equals(d.getCode().getLeft()));
    }

    @Test
    void aSuppressionGoesIntoTheElementsBlock() {
        String text = ROOT.replace("registry/api:1.4.2", "registry/api:latest");
        s.open(root, text);
        s.idle();
        Diagnostic tag = s.client.of(uri(root)).stream().filter(d -> "hygiene/image-tag".equals(d.getCode().getLeft())).findFirst().orElseThrow();
        List<CodeAction> actions = s.server.getTextDocumentService().codeAction(new CodeActionParams(doc(root), tag.getRange(),
                new CodeActionContext(List.of(tag)))).join().stream().map(Either::getRight).toList();
        assertThat(actions).extracting(CodeAction::getTitle).noneMatch(t -> t.startsWith("Add"));
        String excused = apply(text, actions.stream().filter(a -> a.getTitle().contains("hygiene/image-tag")).findFirst().orElseThrow()
                .getEdit().getChanges().get(uri(root)));
        assertThat(excused).contains("  service api {\n    suppress hygiene/image-tag \"\"\n    cluster main-cluster");
    }

    @Test
    void badRequestsAreLoggedAndAnsweredEmpty() throws IOException {
        // requests about documents never opened, outside the workspace, or not URIs at all
        var docs = s.server.getTextDocumentService();
        Path outside = Files.createTempFile("outside", ".arch");
        try {
            assertThat(docs.hover(new HoverParams(doc(outside), new Position(3, 3))).join()).isNull();
            assertThat(docs.definition(new DefinitionParams(new org.eclipse.lsp4j.TextDocumentIdentifier("::not a uri"), new Position(0, 0))).join().getLeft()).isEmpty();
            s.change(outside, "x");   // a change before any open
            assertThat(docs.completion(new CompletionParams(doc(outside), new Position(99, 99))).join().getRight().getItems()).isNotNull();
            // a file outside the workspace, opened, checked on its own
            s.open(outside, "architecture lone {\n  region eu-west-1\n  service x {\n}\n");
            s.idle();
            assertThat(s.client.of(uri(outside))).isNotEmpty();
        } finally {
            Files.deleteIfExists(outside);
        }
        // a deleted import: the architecture reports it, the server goes on
        Files.delete(shared);
        s.server.getWorkspaceService().didChangeWatchedFiles(new org.eclipse.lsp4j.DidChangeWatchedFilesParams(
                List.of(new org.eclipse.lsp4j.FileEvent(uri(shared), org.eclipse.lsp4j.FileChangeType.Deleted))));
        openRoot();
        assertThat(s.client.of(uri(root))).anyMatch(d -> d.getMessage().contains("cannot import"));
        assertThat(s.client.log).anyMatch(l -> l.contains("not open"));
    }

    /** Applies edits (non-overlapping, any order) to a text. */
    static String apply(String text, List<? extends TextEdit> edits) {
        assertThat(edits).isNotNull();
        List<? extends TextEdit> sorted = edits.stream().sorted((a, b) -> Integer.compare(
                Positions.offset(text, b.getRange().getStart()), Positions.offset(text, a.getRange().getStart()))).toList();
        String out = text;
        for (TextEdit e : sorted) {
            Range r = e.getRange();
            out = out.substring(0, Positions.offset(out, r.getStart())) + e.getNewText() + out.substring(Positions.offset(out, r.getEnd()));
        }
        return out;
    }
}
