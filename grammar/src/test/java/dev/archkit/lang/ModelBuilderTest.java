package dev.archkit.lang;

import dev.archkit.lang.ast.Stmt;
import dev.archkit.model.Architecture;
import dev.archkit.model.diag.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ModelBuilderTest {

    static ModelBuilder.Result build(String text) {
        return ModelBuilder.buildText("m.arch", text);
    }

    static List<String> messages(ModelBuilder.Result r) {
        return r.diagnostics().stream().map(d -> d.location().line() + ":" + d.location().column() + " " + d.message()
                + (d.hint() == null ? "" : " | " + d.hint())).toList();
    }

    @Test
    void declarationOrderDoesNotMatter() {
        var r = build("""
                architecture a {
                  region eu-west-1
                  api -> db { timeout 2s }
                  service api { subnets s1 }
                  network n 10.0.0.0/16 { subnet s1 zone eu-west-1a private 10.0.1.0/24 }
                  database db { engine postgres }
                }
                """);
        assertThat(messages(r)).isEmpty();
        assertThat(r.architecture().dependencies()).hasSize(1);
        assertThat(r.architecture().element("s1").parent()).isEqualTo("n");
    }

    @Test
    void unresolvedReferencesSuggestTheClosestName() {
        var r = build("""
                architecture a {
                  region eu-west-1
                  service user-service {}
                  database user-db {}
                  user-servce -> user-db
                  user-service -> user-bd
                }
                """);
        assertThat(messages(r)).containsExactly(
                "5:3 unknown element 'user-servce' | did you mean 'user-service'?",
                "6:19 unknown element 'user-bd' | did you mean 'user-db'?");
    }

    @Test
    void wrongKindOfReferenceIsExplained() {
        var r = build("""
                architecture a {
                  region eu-west-1
                  database db {}
                  service s { subnets db }
                }
                """);
        assertThat(messages(r)).singleElement().asString().contains("4:23 'db' is a database, but a subnet is expected here");
    }

    @Test
    void aDuplicateNameIsOneErrorNotACascade() {
        var r = build("""
                architecture a {
                  region eu-west-1
                  database main { engine postgres }
                  service main { }
                  bucket b1 { served-by main }
                  service s1 { }
                  s1 -> main
                }
                """);
        // the second 'main' is the mistake (nodes share one namespace); what names it is not a mistake too
        assertThat(r.diagnostics()).extracting(d -> d.code()).containsExactly("duplicate");
        assertThat(r.diagnostics().get(0).hint()).contains("share one namespace");
    }

    @Test
    void aNameDeclaredTwiceInOneKindIsStillADuplicate() {
        var r = build("""
                architecture a {
                  region eu-west-1
                  cluster main { }
                  cluster main { }
                }
                """);
        assertThat(messages(r)).singleElement().asString().contains("4:11 'main' is declared twice");
        assertThat(r.diagnostics().get(0).hint()).contains("unique among the clusters");
    }

    @Test
    void kindsWhoseReferencesSayTheirKindMayShareAName() {
        var r = build("""
                architecture a {
                  region eu-west-1
                  network orders 10.0.0.0/16 {
                    subnet orders zone eu-west-1a private 10.0.1.0/24
                  }
                  cluster orders { }
                  securitygroup orders { ingress tcp 8080 from orders }
                  role orders { }
                  service orders { cluster orders  subnets orders  securitygroups orders  role orders }
                  service web { cluster orders }
                  web -> orders
                  environment prod {
                    cluster orders { insights on }
                  }
                }
                """);
        assertThat(r.diagnostics()).isEmpty();
        var a = r.architecture();
        assertThat(a.elementsNamed("orders")).extracting(e -> e.kind())
                .containsExactly("network", "subnet", "cluster", "securitygroup", "role", "service");
        assertThat(a.element("orders").kind()).isEqualTo("service");   // the node, where the kind is not said
        assertThat(a.element("cluster", "orders").kind()).isEqualTo("cluster");
        assertThat(a.element("database", "orders")).isNull();
        // the environment overrides the cluster, not the service of the same name
        var prod = a.forEnvironment("prod");
        assertThat(prod.element("cluster", "orders").has("insights")).isTrue();
        assertThat(prod.element("service", "orders").has("insights")).isFalse();
        assertThat(prod.allElements()).hasSize(a.allElements().size());
    }

    @Test
    void aReferenceThatCouldNameTwoElementsIsALocatedError() {
        var r = build("""
                architecture a {
                  region eu-west-1
                  cloudmap orders { }
                  loadbalancer orders { }
                  service web { }
                  service api { }
                  web -> api { via orders }
                }
                """);
        assertThat(messages(r)).singleElement().asString()
                .contains("7:20 'orders' could name the cloudmap 'orders' or the loadbalancer 'orders'");
        assertThat(r.diagnostics().get(0).code()).isEqualTo("ambiguous-reference");
        assertThat(r.diagnostics().get(0).hint()).contains("rename one");
    }

    @Test
    void allErrorsInOneRun() {
        var r = build("""
                architecture a {
                  region eu-west-1
                  service s {
                    cpu lots
                    memroy 2048
                    replicas 5 min 1 max 3
                  }
                  service s {}
                }
                """);
        assertThat(messages(r)).hasSize(4)
                .anyMatch(m -> m.startsWith("4:9 expected CPU units"))
                .anyMatch(m -> m.startsWith("5:5 unknown property 'memroy' for a service | did you mean 'memory'?"))
                .anyMatch(m -> m.startsWith("6:14 desired 5 is above max 3"))
                .anyMatch(m -> m.startsWith("8:11 's' is declared twice"));
        Diagnostic dup = r.diagnostics().stream().filter(d -> d.code().equals("duplicate")).findFirst().orElseThrow();
        assertThat(dup.related().get(0).location().line()).isEqualTo(3);
    }

    @Test
    void fargateSizesAreChecked() {
        var ok = build("architecture a {\n region us-east-1\n service s { runtime fargate\n cpu 512\n memory 3 GB }\n}");
        assertThat(messages(ok)).isEmpty();
        var bad = build("architecture a {\n region us-east-1\n service s { runtime fargate\n cpu 512\n memory 8 GB }\n}");
        assertThat(messages(bad)).singleElement().asString()
                .contains("Fargate cannot run 512 CPU units with 8192 MiB").contains("1024 to 4096 in steps of 1024");
        var badCpu = build("architecture a {\n region us-east-1\n service s { runtime fargate\n cpu 300 }\n}");
        assertThat(messages(badCpu)).singleElement().asString().contains("no task size with 300 CPU units");
    }

    @Test
    void subnetsMustFitTheirNetworkZonesAndNotOverlap() {
        var r = build("""
                architecture a {
                  region ap-northeast-2
                  zones ap-northeast-2a, ap-northeast-2c
                  network n 10.0.0.0/16 {
                    subnet a zone ap-northeast-2a private 10.0.0.0/23
                    subnet b zone ap-northeast-2c private 10.0.1.0/24
                    subnet c zone ap-northeast-2b private 10.0.4.0/24
                    subnet d zone us-east-1a private 10.0.5.0/24
                    subnet e zone ap-northeast-2a private 10.1.0.0/24
                  }
                }
                """);
        assertThat(messages(r)).hasSize(4)
                .anyMatch(m -> m.startsWith("6:43 subnet 'b' (10.0.1.0/24) overlaps subnet 'a'"))
                .anyMatch(m -> m.startsWith("7:19 zone 'ap-northeast-2b' is not one of the architecture's zones"))
                .anyMatch(m -> m.startsWith("8:19 zone 'us-east-1a' of subnet 'd' is not in the region ap-northeast-2"))
                .anyMatch(m -> m.startsWith("9:43 subnet 'e' (10.1.0.0/24) lies outside its network 10.0.0.0/16"));
    }

    @Test
    void environmentsOverrideAddAndExclude() {
        var r = build("""
                architecture a {
                  region eu-west-1
                  budget $1000/month
                  service api { replicas 1 }
                  service batch { replicas 1 }
                  api -> batch
                  environment prod {
                    budget $5000/month
                    exclude batch
                    service api { replicas 4 min 2 max 8 }
                    service audit { replicas 2 }
                    api ~> audit
                  }
                }
                """);
        assertThat(messages(r)).isEmpty();
        Architecture prod = r.architecture().forEnvironment("prod");
        assertThat(prod.isProduction()).isTrue();
        assertThat(prod.element("batch")).isNull();
        assertThat(prod.element("api").property("replicas").field("desired").text()).isEqualTo("4");
        assertThat(prod.element("audit")).isNotNull();
        assertThat(prod.dependencies()).extracting(d -> d.id()).containsExactly("api ~> audit");
        assertThat(prod.value("budget").text()).isEqualTo("$5000/month");
        assertThat(r.architecture().element("api").property("replicas").field("desired").text()).isEqualTo("1");
    }

    @Test
    void environmentOverridesAreCheckedToo() {
        var r = build("""
                architecture a {
                  region eu-west-1
                  service api { runtime fargate
                    cpu 256
                    memory 512 }
                  environment prod {
                    service api { memory 4096 }
                    exclude ghost
                  }
                }
                """);
        assertThat(messages(r))
                .anyMatch(m -> m.contains("Fargate cannot run 256 CPU units with 4096 MiB"))
                .anyMatch(m -> m.contains("unknown") && m.contains("'ghost'"));
    }

    @Test
    void importsJoinTheArchitectureAndCyclesAndMissingFilesAreReported(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("main.arch"), "import \"net.arch\"\narchitecture a {\n  region eu-west-1\n  service s { subnets s1 }\n}\n");
        Files.writeString(dir.resolve("net.arch"), "import \"main.arch\"\nimport \"missing.arch\"\nnetwork n 10.0.0.0/16 {\n  subnet s1 zone eu-west-1a private 10.0.0.0/24\n}\n");
        var r = ModelBuilder.build(dir.resolve("main.arch"));
        assertThat(r.architecture().element("s1")).isNotNull();
        assertThat(r.diagnostics()).extracting(Diagnostic::code).containsExactlyInAnyOrder("import-cycle", "import");
        Diagnostic cycle = r.diagnostics().stream().filter(d -> d.code().equals("import-cycle")).findFirst().orElseThrow();
        assertThat(cycle.location().file()).endsWith("net.arch");
        assertThat(cycle.location().line()).isEqualTo(1);
        assertThat(cycle.message()).contains("main.arch -> ").contains("net.arch -> ");
    }

    @Test
    void missingImportSuggestsASibling(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("main.arch"), "import \"netwrk.arch\"\narchitecture a {\n  region eu-west-1\n}\n");
        Files.writeString(dir.resolve("network.arch"), "\n");
        var r = ModelBuilder.build(dir.resolve("main.arch"));
        assertThat(r.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.message()).contains("cannot import \"netwrk.arch\": no such file");
            assertThat(d.hint()).isEqualTo("did you mean \"network.arch\"?");
        });
    }

    @Test
    void keywordsMayBeNames() {
        var r = build("architecture architecture {\n region eu-west-1\n service environment {}\n service import {}\n environment -> import\n}\n");
        assertThat(messages(r)).isEmpty();
        assertThat(r.architecture().name()).isEqualTo("architecture");
        assertThat(r.architecture().dependencies().get(0).id()).isEqualTo("environment -> import");
    }

    @Test
    void inlineRolesBecomeElements() {
        var r = build("architecture a {\n region eu-west-1\n service s {\n  role {\n   allow s3:GetObject on \"arn:aws:s3:::b/*\"\n  }\n }\n}\n");
        assertThat(messages(r)).isEmpty();
        assertThat(r.architecture().element("s").string("role")).isEqualTo("s.task-role");
        assertThat(r.architecture().element("s.task-role").kind()).isEqualTo("role");
    }

    @Test
    void everyExampleBuildsWithoutDiagnostics() throws Exception {
        try (var files = Files.walk(Path.of("..", "examples"))) {
            var archs = files.filter(p -> p.toString().endsWith(".arch")).filter(p -> !p.getParent().getFileName().toString().equals("open-market")).toList();
            assertThat(archs).hasSizeGreaterThanOrEqualTo(7);
            for (Path p : archs) {
                if (p.getFileName().toString().equals("requirements.arch")) {   // a review's requirements: no architecture, read by RequirementsReader
                    var req = RequirementsReader.read(p);
                    assertThat(req.diagnostics()).as(p.toString()).isEmpty();
                    assertThat(req.requirements()).as(p.toString()).hasSize(1);
                    continue;
                }
                var r = ModelBuilder.build(p);
                // fintech keeps its seed's flaws: two secret ARNs with the placeholder account 'account'
                var expected = p.getFileName().toString().equals("fintech.arch") ? List.of("124:50 arn", "125:43 arn") : List.of();
                assertThat(r.diagnostics().stream().map(d -> d.location().line() + ":" + d.location().column() + " " + d.code()).toList())
                        .as(p.toString()).isEqualTo(expected);
                assertThat(r.architecture()).as(p.toString()).isNotNull();
            }
        }
    }

    /**
     * The root's architecture block is built while it is parsed: the model and the diagnostics are
     * exactly those of building the parsed file, with properties, environments and mistakes in it,
     * statements after the block, and a file it imports.
     */
    @Test
    void buildingWhileParsingEqualsParsingThenBuilding() {
        StringBuilder sb = new StringBuilder("import \"net.arch\"\n# the root\n").append(bigArchitecture());
        sb.append("  securitygroup sg { ingress tcp 8080 from self }\n");
        for (int i = 0; i < 300; i++) {
            if (i == 100) sb.append("  environment prod {\n    service s10 { replicas 4 }\n  }\n");
            if (i == 200) sb.append("  service s5 { runtime fargate }\n");             // a name declared twice
            if (i == 250) sb.append("  region eu-west-2\n  budget 5000 usd per month\n");   // a property set twice, far apart
            if (i == 260) sb.append("  s1 -> nowhere { timeout 1s }\n");               // an unknown reference
            sb.append("  service s").append(i).append(" {\n    runtime fargate\n    cpu 256\n    memory 512\n    port 8080\n")
              .append("    subnets app-a, app-n\n    securitygroups sg\n    role { allow s3:GetObject on \"*\" }\n  }\n");
            sb.append("  s").append(i).append(" -> s").append(i + 1).append(" { timeout 1s }\n");
        }
        sb.append("}\nservice after { subnets app-a }\n");
        String text = sb.toString();
        String net = "network other 10.1.0.0/16 {\n  subnet app-n zone eu-west-1a private 10.1.1.0/24\n}\nservice s7 { port 80 }\n";
        ModelBuilder.SourceLoader files = p -> p.equals("big.arch") ? text : net;
        ModelBuilder.Result streamed = ModelBuilder.build("big.arch", files);
        assertThat(streamed.root().statements()).filteredOn(st -> st instanceof Stmt.Architecture)
                .singleElement().satisfies(st -> assertThat(((Stmt.Architecture) st).block().statements()).as("built while parsed").isEmpty());
        ModelBuilder.Result after = ModelBuilder.build("big.arch", files, Map.of("big.arch", SourceParser.parse("big.arch", text)));
        assertThat(streamed.diagnostics()).isEqualTo(after.diagnostics());
        assertThat(after.diagnostics()).extracting(d -> d.code()).contains("duplicate", "unresolved-reference");
        assertThat(after.diagnostics()).filteredOn(d -> d.location().file().equals("net.arch")).isNotEmpty();   // s7 declared twice
        Architecture a = streamed.architecture(), b = after.architecture();
        assertThat(a.elements()).isEqualTo(b.elements());
        assertThat(a.allElements()).isEqualTo(b.allElements());
        assertThat(a.element("after")).isNotNull();
        assertThat(a.dependencies()).isEqualTo(b.dependencies());
        assertThat(a.properties()).isEqualTo(b.properties());
        assertThat(a.environments()).isEqualTo(b.environments());
    }

    /** A syntax error late in the block: what was built while parsing is dropped, and the file is read as any broken file. */
    @Test
    void aSyntaxErrorDropsWhatWasBuiltWhileParsing() {
        StringBuilder sb = new StringBuilder("architecture big {\n  region eu-west-1\n");
        for (int i = 0; i < 200; i++) {
            sb.append("  service s").append(i).append(" {\n    runtime fargate\n    port 8080\n  }\n");
            sb.append("  s").append(i).append(" -> s").append(i + 1).append(" { timeout 1s }\n");
        }
        sb.append("  service broken { port 80 ) }\n}\n");
        String text = sb.toString();
        ModelBuilder.Result streamed = ModelBuilder.buildText("big.arch", text);
        ModelBuilder.Result after = ModelBuilder.build("big.arch", p -> text, Map.of("big.arch", SourceParser.parse("big.arch", text)));
        assertThat(streamed.root().statements()).isEqualTo(after.root().statements());
        assertThat(streamed.diagnostics()).isEqualTo(after.diagnostics()).isNotEmpty();
        assertThat(streamed.architecture().allElements()).isEqualTo(after.architecture().allElements());
        assertThat(streamed.architecture().dependencies()).isEqualTo(after.architecture().dependencies());
    }

    /** A statement before the architecture block keeps the file whole (the body's order needs it first). */
    @Test
    void aStatementBeforeTheBlockKeepsTheFileWhole() {
        String text = "service first { port 80 }\narchitecture a {\n  region eu-west-1\n  service first { port 81 }\n}\n";
        ModelBuilder.Result r = ModelBuilder.buildText("a.arch", text);
        assertThat(r.root().statements()).isEqualTo(SourceParser.parse("a.arch", text).statements());
        assertThat(r.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.message()).isEqualTo("'first' is declared twice");
            assertThat(d.location().line()).isEqualTo(4);
        });
    }

    /** The opening of the large architectures above: a region, a zone, a network with one subnet. */
    private static StringBuilder bigArchitecture() {
        return new StringBuilder("architecture big {\n  region eu-west-1\n  zones eu-west-1a\n")
                .append("  network main 10.0.0.0/16 {\n    subnet app-a zone eu-west-1a private 10.0.1.0/24\n  }\n");
    }
}
