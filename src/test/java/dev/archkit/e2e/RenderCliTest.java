package dev.archkit.e2e;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static dev.archkit.e2e.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

/** 'archkit render' end to end: standard output, directories of files, and bad usage. */
class RenderCliTest {

    @Test
    void oneViewToStandardOutput() {
        CliTest.Run puml = run("render", "examples/tutorial-service.arch");
        assertThat(puml.code()).as(puml.err()).isZero();
        assertThat(puml.out()).startsWith("@startuml\n").contains("!include <awslib/Containers/Fargate>").endsWith("@enduml\n");
        CliTest.Run mmd = run("render", "examples/open-market.arch", "--view", "security", "--format", "mermaid");
        assertThat(mmd.out()).contains("flowchart LR").contains("tcp 3000-3999 (used: 3001-3016)");
        CliTest.Run md = run("render", "examples/tutorial-service.arch", "--view", "dependencies,network", "--format", "markdown");
        assertThat(md.code()).isZero();
        assertThat(md.out()).contains("### ecs-tutorial · dependencies\n\n```mermaid\n").contains("### ecs-tutorial · network");
        CliTest.Run focus = run("render", "examples/open-market.arch", "--focus", "payment-service", "--format", "dot");
        assertThat(focus.out()).contains("n_payment_service").contains("n_pg_provider").doesNotContain("n_review_service");
    }

    @Test
    void everyViewAndFormatIntoADirectory(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("diagrams");
        CliTest.Run r = run("render", "examples/eks-platform.arch", "-o", out.toString(), "--format", "puml,svg,png,markdown", "--findings");
        assertThat(r.code()).as(r.err()).isZero();
        try (Stream<Path> s = Files.list(out)) {
            assertThat(s.map(p -> p.getFileName().toString()).sorted()).contains(
                    "elice-devops-dependencies.puml", "elice-devops-dependencies.svg", "elice-devops-dependencies.png",
                    "elice-devops-network.svg", "elice-devops-security.png", "elice-devops-deployment-dev.png",
                    "elice-devops-deployment-stg.svg", "elice-devops-deployment-prod.puml", "elice-devops.md")
                    .noneMatch(n -> n.endsWith(".tmp"));
        }
        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(out.resolve("elice-devops-network.svg").toFile());
        assertThat(Files.readString(out.resolve("elice-devops.md"))).contains("![elice-devops · dependencies](elice-devops-dependencies.svg)");
        // --findings outlines the services with errors (':latest' images, one replica in production)
        assertThat(Files.readString(out.resolve("elice-devops-dependencies.puml"))).contains("as n_api_gateway #FFF5F5;line:D32F2F;line.bold");
    }

    @Test
    void mistakesAreExplained(@TempDir Path dir) throws Exception {
        CliTest.Run view = run("render", "examples/fintech.arch", "--view", "netwrok");
        assertThat(view.code()).isEqualTo(2);
        assertThat(view.err()).contains("no view 'netwrok'").contains("did you mean 'network'?");
        CliTest.Run option = run("render", "examples/fintech.arch", "--veiw", "network");
        assertThat(option.code()).isEqualTo(2);
        assertThat(option.err()).contains("Unknown options: '--veiw', 'network'").contains("Did you mean: --view?").doesNotContain("--version");
        CliTest.Run png = run("render", "examples/fintech.arch", "--format", "png");
        assertThat(png.code()).isEqualTo(2);
        assertThat(png.err()).contains("png is binary; write it to a directory with -o DIR");
        CliTest.Run fmt = run("render", "examples/fintech.arch", "--format", "jpg");
        assertThat(fmt.code()).isEqualTo(2);
        assertThat(fmt.err()).contains("Invalid value for option '--format'");
        CliTest.Run focus = run("render", "examples/fintech.arch", "--focus", "user-servce");
        assertThat(focus.err()).contains("did you mean 'user-service'?");
        CliTest.Run env = run("render", "examples/eks-platform.arch", "--env", "production");
        assertThat(env.code()).isEqualTo(2);
        assertThat(env.err()).contains("has no environment 'production'");
        // a file where the directory should be: nothing is written, and the reason is given
        Path blocker = dir.resolve("taken");
        Files.writeString(blocker, "not a directory");
        CliTest.Run blocked = run("render", "examples/tutorial-service.arch", "-o", blocker.toString(), "--format", "puml");
        assertThat(blocked.code()).isEqualTo(3);
        assertThat(blocked.err()).contains("cannot write to " + blocker).contains("nothing was written");
        assertThat(Files.readString(blocker)).isEqualTo("not a directory");
    }

    /** The diagrams in docs/ are what the generator makes today (regenerate: see docs/diagrams/README.md). */
    @Test
    void docsDiagramsAreCurrent() throws Exception {
        Path docs = Path.of("docs/diagrams");
        for (String name : new String[] {"open-market-dependencies", "open-market-network", "open-market-security", "ecs-tutorial-dependencies"}) {
            Path committed = docs.resolve(name + ".puml");
            assertThat(committed).exists();
            String example = name.startsWith("ecs-tutorial") ? "examples/tutorial-service.arch" : "examples/open-market.arch";
            String view = name.substring(name.lastIndexOf('-') + 1);
            CliTest.Run r = run("render", example, "--view", view);
            assertThat(r.out()).as("%s is stale", committed).isEqualTo(Files.readString(committed));
        }
    }

    /**
     * A PNG above PlantUML's size limit is scaled to fit, with a warning naming the view; never
     * cropped. The limit is lowered for this thread (PlantUML's per-thread override) so that a
     * model of 30 services crosses it in a few seconds; bench/png-limit.sh measures 300.
     */
    @Test
    void aPngAboveTheSizeLimitIsScaledNotCroppedAndSaysSo(@TempDir Path dir) throws Exception {
        StringBuilder m = new StringBuilder("architecture wide {\n  region us-east-1\n");
        for (int i = 0; i < 30; i++) m.append("  service svc-").append(i).append(" { image \"a/b:1\" }\n");
        for (int i = 0; i + 1 < 30; i++) m.append("  svc-").append(i).append(" -> svc-").append(i + 1).append(" { timeout 1s }\n");
        Path f = dir.resolve("wide.arch");
        Files.writeString(f, m.append("}\n").toString());
        int limit = 1200;
        net.sourceforge.plantuml.dot.GraphvizUtils.setLocalImageLimit(limit);
        try {
            Path out = dir.resolve("out");
            CliTest.Run r = run("render", f.toString(), "--view", "dependencies", "--format", "svg,png", "-o", out.toString());
            assertThat(r.code()).as(r.err()).isZero();
            assertThat(r.out()).as("nothing on standard output").isEmpty();
            assertThat(r.err()).contains("warning: the dependencies view is ").contains("above the PNG limit of 1,200 px; wide-dependencies.png is scaled to ")
                    .contains("so that it holds the whole diagram. For full size use wide-dependencies.svg (no size limit)");
            var png = javax.imageio.ImageIO.read(out.resolve("wide-dependencies.png").toFile());
            assertThat(png.getWidth()).isLessThanOrEqualTo(limit);
            assertThat(png.getHeight()).isLessThanOrEqualTo(limit);
            // the whole diagram, scaled: the PNG has the SVG's proportions (a cropped one would be far narrower for its height)
            String svg = Files.readString(out.resolve("wide-dependencies.svg"));
            java.util.regex.Matcher vb = java.util.regex.Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"").matcher(svg);
            assertThat(vb.find()).isTrue();
            double svgRatio = Double.parseDouble(vb.group(1)) / Double.parseDouble(vb.group(2));
            assertThat(Math.max(Double.parseDouble(vb.group(1)), Double.parseDouble(vb.group(2)))).as("the diagram is above the limit").isGreaterThan(limit);
            assertThat((double) png.getWidth() / png.getHeight()).isCloseTo(svgRatio, org.assertj.core.data.Percentage.withPercentage(10));
        } finally {
            net.sourceforge.plantuml.dot.GraphvizUtils.removeLocalLimitSize();
        }
    }
}
