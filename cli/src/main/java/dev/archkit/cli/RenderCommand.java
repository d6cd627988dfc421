package dev.archkit.cli;

import dev.archkit.gen.diagram.Diagram;
import dev.archkit.gen.diagram.Dot;
import dev.archkit.gen.diagram.Mermaid;
import dev.archkit.gen.diagram.PlantUml;
import dev.archkit.gen.diagram.Renderer;
import dev.archkit.gen.diagram.Views;
import dev.archkit.model.Architecture;
import dev.archkit.model.Environment;
import dev.archkit.model.Parallelism;
import dev.archkit.rules.RuleEngine;
import dev.archkit.rules.catalog.Catalog;
import dev.archkit.rules.Finding;
import dev.archkit.rules.Severity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

@Command(name = "render",
        description = {
            "Draw an architecture: dependencies, network, security and deployment views.",
            "",
            "Views: 'dependencies' (who calls whom; synchronous solid, asynchronous dashed, load balancer routes bold; services grouped by cluster), "
                    + "'network' (region, VPC, zones, public and private subnets with their way out: via IGW, via NAT NAME or no route out, what runs in each, and the VPC endpoints), 'security' (security groups and the traffic "
                    + "their rules admit; red where no declared dependency needs it, orange where a rule admits more ports than used), "
                    + "and 'deployment' (clusters, task sizes, replicas, deployment strategies; one per environment: deployment-prod, ...).",
            "",
            "Formats: puml (PlantUML with the AWS icons of its stdlib), svg and png (drawn in-process by PlantUML's own layout, no Graphviz needed), "
                    + "mermaid (for GitHub Markdown), dot (Graphviz), markdown (a Mermaid block per view, or image links when written with -o).",
            "",
            "Without -o one view in one format goes to standard output. With -o DIR every view (or those named with --view) is written in every "
                    + "format named (default: puml, mermaid, svg, png) as NAME-VIEW.EXT, all files or none.",
            "",
            "PNG images are at most PLANTUML_LIMIT_SIZE px a side (16384 unless -DPLANTUML_LIMIT_SIZE=N is given, e.g. in ARCHKIT_JAVA_OPTS for bin/archkit). A larger view is "
                    + "scaled down to fit, never cropped, with a warning on stderr naming the view; its SVG has no limit. A render that takes more than "
                    + "two seconds says on stderr which image it is drawing.",
        },
        mixinStandardHelpOptions = true,
        footer = {"", "Examples:",
            "  archkit render examples/fintech.arch                       PlantUML of the dependencies view",
            "  archkit render examples/fintech.arch --view network --format svg > network.svg",
            "  archkit render examples/open-market.arch -o docs/diagrams  every view: .puml .mmd .svg .png",
            "  archkit render examples/open-market.arch --focus order-service --depth 1 --format mermaid",
            "  archkit render examples/fintech.arch --findings --view security -o out --format png",
            "", "Exit codes: 0 drawn, 2 invalid input or usage, 3 files could not be read or written, or a diagram could not be drawn."})
final class RenderCommand extends ArchkitCommand {

    enum Format {
        puml("puml"), svg("svg"), png("png"), mermaid("mmd"), dot("dot"), markdown("md");
        final String ext;
        Format(String ext) { this.ext = ext; }
    }

    @Parameters(paramLabel = "FILE", description = "the architecture to draw")
    Path file;

    @picocli.CommandLine.Mixin
    ImportRootOption importRoot;

    @Option(names = "--view", paramLabel = "VIEW", split = ",",
            description = "dependencies (default), network, security, deployment or deployment-ENV; with -o, all views unless named")
    List<String> views = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", split = ",",
            description = "puml (default), svg, png, mermaid, dot or markdown; with -o several, comma-separated (default puml,mermaid,svg,png)")
    List<Format> formats = new ArrayList<>();

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "write files into DIR instead of standard output")
    Path outDir;

    @Option(names = "--env", paramLabel = "NAME", description = "draw the dependencies, network and security of this environment (default: the architecture as written)")
    String env;

    @Option(names = "--focus", paramLabel = "ELEMENT", description = "show only this element and its neighbours")
    String focus;

    @Option(names = "--depth", paramLabel = "N", description = "how many calls away from --focus to show (default 1)")
    int depth = 1;

    @Option(names = "--tag", paramLabel = "KEY[=VALUE]", description = "show only elements with this tag")
    String tag;

    @Option(names = "--group-by", paramLabel = "GROUPING", description = "group services by cluster (default), tag:KEY, or none")
    String groupBy;

    @Option(names = "--findings", description = "run the checks and outline elements with errors (red) or warnings (orange)")
    boolean findings;

    @picocli.CommandLine.Mixin
    QuietOption quiet;

    /** The project's rules off and severities, for --findings. */
    @picocli.CommandLine.Mixin
    ConfigOption config;

    @Override
    public ExitCode call() {
        var out = console.out();
        var err = console.err();
        if (depth < 0) {
            err.println("archkit render: --depth must be 0 or more");
            return ExitCode.INVALID;
        }
        Inputs.Loaded loaded = Inputs.load("render", file, env, err, importRoot);
        if (loaded.architecture() == null) return loaded.exit();
        Architecture base = loaded.architecture();
        List<String> chosen = new ArrayList<>(new LinkedHashSet<>(views));
        List<Format> fmts = new ArrayList<>(new LinkedHashSet<>(formats));
        if (outDir == null) {
            if (chosen.isEmpty()) chosen.add("dependencies");
            if (fmts.isEmpty()) fmts.add(Format.puml);
            if (fmts.contains(Format.png)) {
                err.println("archkit render: png is binary; write it to a directory with -o DIR");
                return ExitCode.INVALID;
            }
            if (fmts.size() > 1 || (chosen.size() > 1 && fmts.get(0) != Format.markdown)) {
                err.println("archkit render: several views or formats need -o DIR (or --format markdown for several views)");
                return ExitCode.INVALID;
            }
        } else {
            if (chosen.isEmpty()) chosen.addAll(Views.names(base));
            if (fmts.isEmpty()) fmts.addAll(List.of(Format.puml, Format.mermaid, Format.svg, Format.png));
        }
        // the deployment view without an environment name means every environment's
        List<String> expanded = new ArrayList<>();
        for (String v : chosen) {
            if (v.equals("deployment") && !base.environments().isEmpty()) {
                for (Environment e : base.environments()) expanded.add("deployment-" + e.name());
            } else {
                expanded.add(v);
            }
        }
        Map<String, Diagram.Mark> marks = findings
                ? marks(base, config.apply(Catalog.engine(Parallelism.available()), console, "nothing was drawn")) : Map.of();
        Views.Options opts = new Views.Options(focus, depth, tag, groupBy, marks);
        Architecture drawn = env == null ? base : base.forEnvironment(env);
        Map<String, Diagram> diagrams = new LinkedHashMap<>();
        try {
            for (String v : expanded) {
                // deployment views carry their own environment; the others show --env's model
                Architecture src = v.startsWith("deployment") ? base : drawn;
                if (src != base && !Views.names(src).contains(v)) src = base;
                diagrams.put(v, Views.build(src, v, opts));
            }
        } catch (Views.BadView e) {
            err.println("archkit render: " + e.getMessage());
            return ExitCode.INVALID;
        }
        String stem = base.name();
        Map<String, byte[]> files = new LinkedHashMap<>();
        StringBuilder md = new StringBuilder();
        int images = diagrams.size() * (int) fmts.stream().filter(f -> f == Format.svg || f == Format.png).count();
        RenderProgress progress = new RenderProgress(err, images, quiet.quiet ? Long.MAX_VALUE : RenderProgress.QUIET_FOR_NANOS);
        try {
            for (Map.Entry<String, Diagram> d : diagrams.entrySet()) {
                String puml = PlantUml.write(d.getValue());
                String name = stem + "-" + d.getKey();
                Renderer.Drawing svgOfView = null;
                for (Format f : fmts) {
                    switch (f) {
                        case puml -> files.put(name + ".puml", bytes(puml));
                        case mermaid -> files.put(name + ".mmd", bytes(Mermaid.write(d.getValue())));
                        case dot -> files.put(name + ".dot", bytes(Dot.write(d.getValue())));
                        case svg -> {
                            progress.drawing(name + ".svg");
                            svgOfView = Renderer.draw(puml, Renderer.Image.SVG);
                            files.put(name + ".svg", svgOfView.bytes());
                        }
                        case png -> {
                            progress.drawing(name + ".png");
                            Renderer.Drawing png = svgOfView == null ? Renderer.draw(puml, Renderer.Image.PNG)
                                    : Renderer.draw(puml, Renderer.Image.PNG, svgOfView.width(), svgOfView.height());
                            if (png.scaled()) warnScaled(err, d.getKey(), name + ".png", png, fmts.contains(Format.svg) ? name + ".svg" : null);
                            files.put(name + ".png", png.bytes());
                        }
                        case markdown -> {
                            md.append("### ").append(d.getValue().title()).append("\n\n");
                            if (outDir != null && (fmts.contains(Format.svg) || fmts.contains(Format.png))) {
                                String img = name + (fmts.contains(Format.svg) ? ".svg" : ".png");
                                md.append("![").append(d.getValue().title()).append("](").append(img).append(")\n\n");
                            } else {
                                md.append("```mermaid\n").append(Mermaid.write(d.getValue())).append("```\n\n");
                            }
                        }
                    }
                }
            }
        } catch (Renderer.Failed e) {
            err.println("archkit render: " + e.getMessage());
            return ExitCode.ENVIRONMENT;
        }
        if (fmts.contains(Format.markdown)) files.put(stem + ".md", bytes(md.toString()));
        if (outDir == null) {
            byte[] only = files.values().iterator().next();
            out.print(new String(only, StandardCharsets.UTF_8));
            out.flush();
            return ExitCode.OK;
        }
        try {
            AtomicFiles.write(outDir, files);
        } catch (IOException e) {
            err.println("archkit render: cannot write to " + outDir + ": " + e.getMessage() + " (nothing was written)");
            return ExitCode.ENVIRONMENT;
        }
        if (!quiet.quiet) err.println("wrote " + files.size() + " file" + (files.size() == 1 ? "" : "s") + " to " + outDir + ": " + String.join(", ", files.keySet()));
        return ExitCode.OK;
    }

    /** A PNG that had to be scaled down to stay within PlantUML's size limit: what was done, and what to use instead. */
    static void warnScaled(java.io.PrintWriter err, String view, String file, Renderer.Drawing png, String svg) {
        err.println(String.format(java.util.Locale.ROOT,
                "archkit render: warning: the %s view is %,d x %,d px, above the PNG limit of %,d px; %s is scaled to %.1f%% (%,d x %,d px) "
                        + "so that it holds the whole diagram. %s, or draw less with --focus, --tag or --group-by.",
                view, png.diagramWidth(), png.diagramHeight(), png.limit(), file, png.scale() * 100, png.width(), png.height(),
                svg == null ? "For full size use --format svg (no size limit)" : "For full size use " + svg + " (no size limit)"));
        err.flush();
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** The worst finding about each element, as an outline colour. */
    static Map<String, Diagram.Mark> marks(Architecture base, RuleEngine engine) {
        Map<String, Diagram.Mark> out = new HashMap<>();
        Set<String> names = new java.util.HashSet<>();
        base.allElements().forEach(e -> names.add(e.name()));
        for (Finding f : engine.run(base).findings()) {
            if (f.subject() == null || !names.contains(f.subject())) continue;
            Diagram.Mark m = f.severity() == Severity.ERROR ? Diagram.Mark.ERROR : f.severity() == Severity.WARNING ? Diagram.Mark.WARNING : Diagram.Mark.INFO;
            out.merge(base.uniqueName(f.subjectKind(), f.subject()), m, (x, y) -> x.ordinal() >= y.ordinal() ? x : y);
        }
        return out;
    }
}
