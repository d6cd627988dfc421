package dev.archkit.lang;

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
                  network main 10.0.0.0/16 { }
                  cluster main { }
                  service s1 { cluster main }
                  service s2 { cluster main }
                }
                """);
        // the second 'main' is the mistake; the services naming the cluster are not mistakes too
        assertThat(r.diagnostics()).extracting(d -> d.code()).containsExactly("duplicate");
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
                var r = ModelBuilder.build(p);
                assertThat(r.diagnostics()).as(p.toString()).isEmpty();
                assertThat(r.architecture()).as(p.toString()).isNotNull();
            }
        }
    }

    /** A long architecture built on two threads gives the same model and the same diagnostics as one thread. */
    @Test
    void buildingOnTwoThreadsEqualsBuildingOnOne() {
        StringBuilder sb = bigArchitecture();
        sb.append("  securitygroup sg { ingress tcp 8080 from self }\n");
        for (int i = 0; i < 3000; i++) {
            sb.append("  service s").append(i).append(" {\n    runtime fargate\n    cpu 256\n    memory 512\n    port 8080\n")
              .append("    subnets app-a\n    securitygroups sg\n    role { allow s3:GetObject on \"*\" }\n  }\n");
            sb.append("  s").append(i).append(" -> s").append(i + 1).append(" { timeout 1s }\n");
        }
        sb.append("  region eu-west-2\n");                        // a property set twice, far apart
        sb.append("  service s10 { runtime fargate }\n");         // a name declared twice, across the halves
        sb.append("  service late { subnets app-b }\n");          // an unknown reference in the second half
        sb.append("}\n");
        String text = sb.toString();
        int saved = ModelBuilder.PARALLEL_FROM;
        ModelBuilder.Result one, two;
        try {
            ModelBuilder.PARALLEL_FROM = Integer.MAX_VALUE;
            one = ModelBuilder.buildText("big.arch", text);
            ModelBuilder.PARALLEL_FROM = 100;
            two = ModelBuilder.buildText("big.arch", text);
        } finally {
            ModelBuilder.PARALLEL_FROM = saved;
        }
        assertThat(two.diagnostics()).isEqualTo(one.diagnostics());
        assertThat(one.diagnostics()).extracting(d -> d.code()).contains("duplicate", "unresolved-reference");
        assertThat(two.architecture().elements()).isEqualTo(one.architecture().elements());
        assertThat(two.architecture().dependencies()).isEqualTo(one.architecture().dependencies());
        assertThat(two.architecture().properties()).isEqualTo(one.architecture().properties());
        assertThat(two.architecture().allElements()).hasSize(one.architecture().allElements().size());
    }

    /** The semantic and reference checks of a large model, run on two threads, report exactly what one thread reports. */
    @Test
    void semanticChecksOnTwoThreadsEqualOneThread() {
        StringBuilder sb = bigArchitecture();
        for (int i = 0; i < 400; i++) {
            // every 50th service has a Fargate size AWS does not offer, in both halves of the list
            String memory = i % 50 == 7 ? "3000" : "512";
            // and every 60th refers to a subnet that does not exist, every 70th to a network as a security group
            String subnet = i % 60 == 11 ? "app-z" : "app-a";
            String groups = i % 70 == 13 ? "\n    securitygroups main" : "";
            sb.append("  service s").append(i).append(" {\n    runtime fargate\n    cpu 256\n    memory ").append(memory)
              .append("\n    port 8080\n    subnets ").append(subnet).append(groups).append("\n  }\n");
            sb.append("  s").append(i).append(" -> s").append(i + 1).append(" { timeout 1s }\n");
        }
        sb.append("  s3 -> s4 { timeout 2s }\n}\n");      // a duplicate dependency
        String text = sb.toString();
        int saved = Semantics.PARALLEL_FROM, savedRefs = ModelBuilder.RESOLVE_PARALLEL_FROM;
        ModelBuilder.Result one, two;
        try {
            Semantics.PARALLEL_FROM = Integer.MAX_VALUE;
            ModelBuilder.RESOLVE_PARALLEL_FROM = Integer.MAX_VALUE;
            one = ModelBuilder.buildText("big.arch", text);
            Semantics.PARALLEL_FROM = 10;
            ModelBuilder.RESOLVE_PARALLEL_FROM = 10;
            two = ModelBuilder.buildText("big.arch", text);
        } finally {
            Semantics.PARALLEL_FROM = saved;
            ModelBuilder.RESOLVE_PARALLEL_FROM = savedRefs;
        }
        assertThat(one.diagnostics().stream().filter(d -> d.code().equals("unresolved-reference")).count()).isEqualTo(7 + 1);
        assertThat(one.diagnostics().stream().filter(d -> d.code().equals("wrong-kind")).count()).isEqualTo(6);
        assertThat(one.diagnostics()).filteredOn(d -> d.location().line() > text.length() / 2 / 40).isNotEmpty();
        assertThat(one.diagnostics().stream().filter(d -> d.code().equals("fargate-size")).count()).isEqualTo(8);
        assertThat(one.diagnostics()).extracting(d -> d.code()).contains("duplicate");
        assertThat(two.diagnostics()).isEqualTo(one.diagnostics());
    }

    /**
     * A large file is built while it is parsed, each half into a builder of its own: the model and
     * the diagnostics are exactly those of parsing it first and building it after, with properties,
     * environments and mistakes in both halves.
     */
    @Test
    void buildingWhileParsingEqualsParsingThenBuilding() {
        StringBuilder sb = bigArchitecture();
        sb.append("  securitygroup sg { ingress tcp 8080 from self }\n");
        for (int i = 0; i < 6000; i++) {
            if (i == 1000) sb.append("  environment prod {\n    service s10 { replicas 4 }\n  }\n");
            if (i == 2000) sb.append("  service s5 { runtime fargate }\n");             // a name declared twice
            if (i == 4500) sb.append("  region eu-west-2\n  budget 5000 usd per month\n");   // a property set twice, far apart
            if (i == 5000) sb.append("  s1 -> nowhere { timeout 1s }\n");               // an unknown reference
            sb.append("  service s").append(i).append(" {\n    runtime fargate\n    cpu 256\n    memory 512\n    port 8080\n")
              .append("    subnets app-a\n    securitygroups sg\n    role { allow s3:GetObject on \"*\" }\n  }\n");
            sb.append("  s").append(i).append(" -> s").append(i + 1).append(" { timeout 1s }\n");
        }
        sb.append("}\n");
        String text = sb.toString();
        assertThat(SourceParser.streams(text)).isTrue();
        ModelBuilder.Result streamed = ModelBuilder.buildText("big.arch", text);
        assertThat(streamed.root().complete()).as("built while parsed").isFalse();
        ModelBuilder.Result after = ModelBuilder.build("big.arch", p -> text, Map.of("big.arch", SourceParser.parse("big.arch", text)));
        assertThat(after.root().complete()).isTrue();
        assertThat(streamed.diagnostics()).isEqualTo(after.diagnostics());
        assertThat(after.diagnostics()).extracting(d -> d.code()).contains("duplicate", "unresolved-reference");
        Architecture a = streamed.architecture(), b = after.architecture();
        assertThat(a.elements()).isEqualTo(b.elements());
        assertThat(a.allElements()).hasSize(b.allElements().size());
        assertThat(a.dependencies()).isEqualTo(b.dependencies());
        assertThat(a.properties()).isEqualTo(b.properties());
        assertThat(a.environments()).isEqualTo(b.environments());
    }

    /** A syntax error in the second half: what was built while parsing is dropped, and the file is read as any broken file. */
    @Test
    void aSyntaxErrorDropsWhatWasBuiltWhileParsing() {
        StringBuilder sb = new StringBuilder("architecture big {\n  region eu-west-1\n");
        for (int i = 0; i < 16000; i++) {
            sb.append("  service s").append(i).append(" {\n    runtime fargate\n    port 8080\n  }\n");
            sb.append("  s").append(i).append(" -> s").append(i + 1).append(" { timeout 1s }\n");
        }
        sb.append("  service broken { port 80 ) }\n}\n");
        String text = sb.toString();
        assertThat(SourceParser.streams(text)).isTrue();
        ModelBuilder.Result streamed = ModelBuilder.buildText("big.arch", text);
        assertThat(streamed.root().complete()).isTrue();
        ModelBuilder.Result after = ModelBuilder.build("big.arch", p -> text, Map.of("big.arch", SourceParser.parse("big.arch", text)));
        assertThat(streamed.diagnostics()).isEqualTo(after.diagnostics()).isNotEmpty();
        assertThat(streamed.architecture().allElements()).hasSize(after.architecture().allElements().size());
        assertThat(streamed.architecture().dependencies()).isEqualTo(after.architecture().dependencies());
    }

    /** The opening of the large architectures above: a region, a zone, a network with one subnet. */
    private static StringBuilder bigArchitecture() {
        return new StringBuilder("architecture big {\n  region eu-west-1\n  zones eu-west-1a\n")
                .append("  network main 10.0.0.0/16 {\n    subnet app-a zone eu-west-1a private 10.0.1.0/24\n  }\n");
    }
}
