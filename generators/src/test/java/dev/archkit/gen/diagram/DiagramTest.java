package dev.archkit.gen.diagram;

import dev.archkit.lang.ModelBuilder;
import dev.archkit.model.Architecture;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.w3c.dom.Document;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DiagramTest {

    static final Path EXAMPLES = Path.of("..", "examples");
    static final Path GOLDEN = Path.of("src", "test", "resources", "golden", "diagrams");
    static final boolean UPDATE = Boolean.getBoolean("archkit.updateGolden");

    static Architecture load(Path p) {
        var r = ModelBuilder.build(p);
        assertThat(r.diagnostics()).as("valid example %s", p).noneMatch(d -> d.isError());
        return r.architecture();
    }

    static Architecture text(String t) {
        var r = ModelBuilder.buildText("t.arch", t);
        assertThat(r.diagnostics()).isEmpty();
        return r.architecture();
    }

    /** Every view of every example in PlantUML, Mermaid and DOT, pinned; -Darchkit.updateGolden=true rewrites them (read the diff). */
    @TestFactory
    Stream<DynamicTest> everyViewOfEveryExampleIsPinned() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String ex : List.of("fintech", "eks-platform", "tutorial-service", "tutorial-service-endpoints", "open-market")) {
            Architecture a = load(EXAMPLES.resolve(ex + ".arch"));
            for (String view : Views.names(a)) {
                tests.add(DynamicTest.dynamicTest(ex + " " + view, () -> {
                    Diagram d = Views.build(a, view, Views.Options.all());
                    Map<String, String> outs = Map.of("puml", PlantUml.write(d), "mmd", Mermaid.write(d), "dot", Dot.write(d));
                    for (var o : outs.entrySet()) {
                        Path g = GOLDEN.resolve(a.name() + "-" + view + "." + o.getKey());
                        if (UPDATE) Files.writeString(g, o.getValue());
                        assertThat(o.getValue()).as("%s", g).isEqualTo(Files.readString(g));
                    }
                    Diagram again = Views.build(load(EXAMPLES.resolve(ex + ".arch")), view, Views.Options.all());
                    assertThat(PlantUml.write(again)).as("deterministic").isEqualTo(outs.get("puml"));
                }));
            }
        }
        return tests.stream();
    }

    @Test
    void svgIsValidXmlWithTheNamesAndPngIsAPng() throws Exception {
        Architecture a = load(EXAMPLES.resolve("tutorial-service.arch"));
        String puml = PlantUml.write(Views.build(a, "dependencies", Views.Options.all()));
        byte[] svg = Renderer.render(puml, Renderer.Image.SVG);
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(svg));
        assertThat(doc.getDocumentElement().getTagName()).isEqualTo("svg");
        assertThat(new String(svg, StandardCharsets.UTF_8)).contains("my-service").contains("tutorial-alb").doesNotContain("Syntax Error");
        byte[] png = Renderer.render(puml, Renderer.Image.PNG);
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
    }

    @Test
    void labelsAreEscapedForEachFormat() throws Exception {
        String nasty = "say \"hi\" **not bold** //not italic// <b>x</b> [[link]] 한글 \\ end";
        assertThat(PlantUml.escape(nasty)).doesNotContain("\"").doesNotContain("**").doesNotContain("//").doesNotContain("[[").doesNotContain("<b>");
        assertThat(Mermaid.escape(nasty)).doesNotContain("\"").doesNotContain("<").contains("한글");
        assertThat(Dot.escape(nasty)).contains("\\\"hi\\\"").contains("\\\\ end");
        Diagram d = new Diagram("dependencies", nasty, List.of(), List.of(
                new Diagram.Node("n_a", "a", nasty, nasty, "Containers/Fargate", null, Diagram.Mark.ERROR),
                new Diagram.Node("n_b", "b", "b", "", null, null, Diagram.Mark.NONE)),
                List.of(new Diagram.Edge("n_a", "n_b", nasty, Diagram.EdgeStyle.SYNC)), List.of(nasty));
        byte[] svg = Renderer.render(PlantUml.write(d), Renderer.Image.SVG);
        String s = new String(svg, StandardCharsets.UTF_8);
        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(svg));
        // shown literally: the quotes as text, the markup not applied, the angle brackets escaped for XML
        assertThat(s).contains(">\"hi\"<").contains(">**not<").contains(">bold**<").contains(">//not<").contains("&lt;b>x&lt;/b>").contains(">한글<");
    }

    /** Every outline a finding gives a box is valid PlantUML: an info mark once broke the whole diagram. */
    @Test
    void everyFindingMarkDraws() throws Exception {
        List<Diagram.Node> nodes = new java.util.ArrayList<>();
        for (Diagram.Mark m : Diagram.Mark.values()) {
            nodes.add(new Diagram.Node("n_" + m.name().toLowerCase(java.util.Locale.ROOT), m.name(), "box-" + m.name().toLowerCase(java.util.Locale.ROOT), "",
                    "Containers/Fargate", null, m));
        }
        String puml = PlantUml.write(new Diagram("dependencies", "marks", List.of(), nodes, List.of(), List.of()));
        assertThat(puml).contains("as n_info #F5F9FF;line:1565C0");
        String svg = new String(Renderer.render(puml, Renderer.Image.SVG), StandardCharsets.UTF_8);
        assertThat(svg).doesNotContain("Syntax Error").doesNotContain("contains errors")
                .contains("box-none").contains("box-info").contains("box-warning").contains("box-error");
        // Mermaid and DOT outline the same marks, info included
        Diagram d = new Diagram("dependencies", "marks", List.of(), nodes, List.of(), List.of());
        assertThat(Mermaid.write(d)).contains("classDef info stroke:#1565C0").contains("class n_info info\n")
                .contains("class n_warning warning\n").contains("class n_error error\n").doesNotContain("class n_none ");
        assertThat(Dot.write(d)).contains("n_info [label=\"box-info\", color=\"#1565C0\"];")
                .contains("n_warning [label=\"box-warning\", color=\"#E07000\", penwidth=3];");
        // a diagram without info marks has no info class
        assertThat(Mermaid.write(new Diagram("dependencies", "marks", List.of(), nodes.subList(0, 1), List.of(), List.of()))).doesNotContain("classDef info");
    }

    static final String SMALL = """
            architecture shop {
              region eu-west-1
              cluster main { type ecs }
              service web { cluster main runtime fargate tag team "front" }
              service api { cluster main runtime fargate tag team "core" }
              service billing { cluster main runtime fargate tag team "core" }
              database db { engine postgres class db.t3.micro }
              queue jobs { }
              web -> api { protocol http port 8080 }
              api -> db
              api ~> jobs
              billing -> db
            }
            """;

    @Test
    void focusDepthAndTagSelectWhatIsShown() {
        Architecture a = text(SMALL);
        Diagram one = Views.build(a, "dependencies", new Views.Options("web", 1, null, null, Map.of()));
        assertThat(one.nodes()).extracting(Diagram.Node::element).containsExactly("web", "api");
        Diagram two = Views.build(a, "dependencies", new Views.Options("web", 2, null, null, Map.of()));
        assertThat(two.nodes()).extracting(Diagram.Node::element).containsExactly("web", "api", "db", "jobs");
        assertThat(two.edges()).extracting(Diagram.Edge::style).contains(Diagram.EdgeStyle.ASYNC, Diagram.EdgeStyle.SYNC);
        assertThat(two.edges()).filteredOn(e -> e.from().equals("n_web")).extracting(Diagram.Edge::label).containsExactly("HTTP :8080");
        Diagram core = Views.build(a, "dependencies", new Views.Options(null, 1, "team=core", null, Map.of()));
        assertThat(core.nodes()).extracting(Diagram.Node::element).containsExactly("api", "billing");
        Diagram byTeam = Views.build(a, "dependencies", new Views.Options(null, 1, null, "tag:team", Map.of()));
        assertThat(byTeam.groups()).extracting(Diagram.Group::label).containsExactly("team: core", "team: front");
    }

    @Test
    void aTagWrittenTwiceCountsWithItsLastValue() {
        Architecture a = text("""
                architecture shop {
                  region eu-west-1
                  service web { runtime fargate tag team "core" tag team "front" }
                  service api { runtime fargate tag team "core" }
                  web -> api
                }
                """);
        Diagram core = Views.build(a, "dependencies", new Views.Options(null, 1, "team=core", null, Map.of()));
        assertThat(core.nodes()).extracting(Diagram.Node::element).containsExactly("api");
        Diagram front = Views.build(a, "dependencies", new Views.Options(null, 1, "team=front", null, Map.of()));
        assertThat(front.nodes()).extracting(Diagram.Node::element).containsExactly("web");
        Diagram byTeam = Views.build(a, "dependencies", new Views.Options(null, 1, null, "tag:team", Map.of()));
        assertThat(byTeam.groups()).extracting(Diagram.Group::label).containsExactly("team: core", "team: front");
        assertThat(byTeam.nodes()).extracting(Diagram.Node::element, Diagram.Node::group).containsExactly(
                org.assertj.core.groups.Tuple.tuple("web", "n_tag_team_front"), org.assertj.core.groups.Tuple.tuple("api", "n_tag_team_core"));
    }

    @Test
    void badViewsFocusAndTagsSayWhatWouldWork() {
        Architecture a = text(SMALL);
        assertThatThrownBy(() -> Views.build(a, "dependecies", Views.Options.all())).hasMessageContaining("did you mean 'dependencies'?");
        assertThatThrownBy(() -> Views.build(a, "dependencies", new Views.Options("wbe", 1, null, null, Map.of()))).hasMessageContaining("did you mean 'web'?");
        assertThatThrownBy(() -> Views.build(a, "dependencies", new Views.Options(null, 1, "team=ops", null, Map.of()))).hasMessageContaining("no element carries the tag team=ops");
        assertThatThrownBy(() -> Views.build(a, "dependencies", new Views.Options(null, 1, null, "color", Map.of()))).hasMessageContaining("cluster, tag:KEY or none");
    }

    @Test
    void securityViewFlagsFlowsNoDependencyNeeds() {
        Architecture a = text("""
                architecture s {
                  region eu-west-1
                  securitygroup lb-sg { ingress tcp 443 from 0.0.0.0/0 }
                  securitygroup app-sg {
                    ingress tcp 8000-8999 from lb-sg
                    ingress tcp 22 from lb-sg
                  }
                  loadbalancer lb { securitygroups lb-sg listener https 443 forward app }
                  service app { runtime fargate port 8080 securitygroups app-sg }
                  lb -> app { port 8080 }
                }
                """);
        Diagram d = Views.build(a, "security", Views.Options.all());
        assertThat(d.edges()).extracting(Diagram.Edge::label, Diagram.Edge::style).contains(
                org.assertj.core.groups.Tuple.tuple("tcp 8000-8999 (used: 8080)", Diagram.EdgeStyle.FLOW_WIDE),
                org.assertj.core.groups.Tuple.tuple("tcp 22 (no dependency needs it)", Diagram.EdgeStyle.FLOW_UNNEEDED),
                org.assertj.core.groups.Tuple.tuple("tcp 443", Diagram.EdgeStyle.FLOW));
    }

    @Test
    void securityViewShowsNodeGroupsAndTheOrchestratorsPortsAsNeeded() {
        Architecture a = text("""
                architecture s {
                  region eu-west-1
                  securitygroup cp-sg {}
                  securitygroup node-sg {
                    ingress tcp 10250 from cp-sg
                    ingress tcp 22 from cp-sg
                    ingress tcp 8080 from node-sg
                  }
                  cluster k8s {
                    type eks
                    nodegroup workers { instance m5.large securitygroups node-sg }
                  }
                  service web { cluster k8s port 8080 }
                  service api { cluster k8s port 8080 }
                  web -> api { port 8080 }
                }
                """);
        Diagram d = Views.build(a, "security", Views.Options.all());
        assertThat(d.nodes()).filteredOn(n -> "node-sg".equals(n.label())).singleElement()
                .satisfies(n -> assertThat(n.detail()).isEqualTo("workers, web, api"));   // the nodes, and the pods that carry their groups
        assertThat(d.edges()).extracting(Diagram.Edge::label, Diagram.Edge::style).contains(
                org.assertj.core.groups.Tuple.tuple("tcp 10250", Diagram.EdgeStyle.FLOW),
                org.assertj.core.groups.Tuple.tuple("tcp 8080", Diagram.EdgeStyle.FLOW),
                org.assertj.core.groups.Tuple.tuple("tcp 22 (no dependency needs it)", Diagram.EdgeStyle.FLOW_UNNEEDED));
    }

    @Test
    void securityGroupsSayWhatTheyLetOutToAnywhere() {
        Architecture a = text("""
                architecture s {
                  region eu-west-1
                  securitygroup out-sg {
                    egress tcp 443 to 0.0.0.0/0
                    egress all 0-65535 to 0.0.0.0/0
                    egress icmp to 0.0.0.0/0
                    egress udp 53 to 10.0.0.0/8
                  }
                  service app { runtime fargate port 8080 securitygroups out-sg }
                }
                """);
        Diagram d = Views.build(a, "security", Views.Options.all());
        assertThat(d.nodes()).filteredOn(n -> "out-sg".equals(n.element())).extracting(Diagram.Node::detail)
                .containsExactly("app · egress tcp 443 to anywhere, egress all to anywhere, egress icmp to anywhere");
    }

    @Test
    void securityViewDrawsAPrefixListAsOneSourceNode() {
        Architecture a = text("""
                architecture s {
                  region eu-west-1
                  prefixlist office { entries 203.0.113.0/24, 198.51.100.0/24 }
                  securitygroup admin-sg {
                    ingress tcp 22 from prefix-list office
                    ingress tcp 443 from prefix-list aws:s3
                  }
                  service bastion { runtime fargate port 22 securitygroups admin-sg }
                }
                """);
        Diagram d = Views.build(a, "security", Views.Options.all());
        assertThat(d.nodes()).filteredOn(n -> n.label().startsWith("prefix list")).extracting(Diagram.Node::label, Diagram.Node::detail)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("prefix list aws:s3", "AWS-managed"),
                        org.assertj.core.groups.Tuple.tuple("prefix list office", "203.0.113.0/24, 198.51.100.0/24"));
        // the list's two entries are one arrow, not two
        assertThat(d.edges()).extracting(Diagram.Edge::label).containsExactlyInAnyOrder("tcp 22", "tcp 443");
    }

    @Test
    void networkViewPlacesEachElementInEachOfItsSubnets() {
        Architecture a = load(EXAMPLES.resolve("tutorial-service.arch"));
        Diagram d = Views.build(a, "network", Views.Options.all());
        assertThat(d.groups()).extracting(Diagram.Group::style).containsSubsequence(Diagram.Style.CLOUD, Diagram.Style.REGION, Diagram.Style.VPC,
                Diagram.Style.ZONE, Diagram.Style.PUBLIC_SUBNET);
        assertThat(d.nodes()).filteredOn(n -> "my-service".equals(n.element())).hasSize(2);
    }
}
