package dev.archkit.cli;

import dev.archkit.cost.PriceTable;
import dev.archkit.gen.diagram.Renderer;
import dev.archkit.lang.ModelBuilder;
import dev.archkit.lang.SourceParser;
import dev.archkit.model.Parallelism;
import dev.archkit.report.HtmlReport;
import dev.archkit.report.ReportBuilder;
import dev.archkit.report.ReportPage;
import dev.archkit.report.ReviewGrid;
import dev.archkit.review.ReviewResult;
import dev.archkit.rules.RuleEngine;
import dev.archkit.rules.catalog.Catalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

@Command(name = "report",
        description = {
            "Write one self-contained HTML page about architectures: their diagrams, findings, cost and environments.",
            "",
            "The page holds everything inline (style, script, SVG diagrams): it opens offline and makes no request. "
                    + "Diagrams: every view of 'archkit render', switchable, with zoom and pan, elements with findings outlined. "
                    + "Findings: the rules of 'archkit check', filtered by severity, rule family and element; a click highlights the "
                    + "element in the diagram and shows the source lines. Cost: 'archkit cost' at min, desired and max scale, with a chart. "
                    + "Environments: side by side, differences marked.",
            "",
            "A directory means every .arch file under it; files without an 'architecture' block are read through the files that import them.",
            "",
            "With --review DIR the page opens with the review of 'archkit review DIR': requirements by candidates, each verdict (PASS, FAIL, UNKNOWN, N/A) "
                    + "with its reason and evidence (file:line), the ranks and the winner or why there is none. Without FILES, the page's sections are the candidates.",
        },
        mixinStandardHelpOptions = true,
        footer = {"", "Examples:",
            "  archkit report examples/open-market.arch -o report.html",
            "  archkit report examples/ -o architectures.html",
            "  archkit report --review examples/saa-container-question -o review.html",
            "", "Exit codes: 0 written (whatever the findings), 2 invalid input, 3 files could not be read or written, or a diagram could not be drawn."})
final class ReportCommand extends ArchkitCommand {

    @Parameters(paramLabel = "FILE|DIR", arity = "0..*", description = ".arch files or directories (a directory: every .arch file under it); "
            + "with --review and none named, the review's candidates")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--review", paramLabel = "DIR", description = "put a design review on the page: DIR holds one requirements file and one file or folder "
            + "per candidate, as for 'archkit review DIR'; the page shows the requirements grid (verdicts, evidence, ranks, winner)")
    Path review;

    /** The project's rules off and severities (.archkit.yaml). */
    @Mixin
    ConfigOption config;

    @Mixin
    ImportRootOption importRoot;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", required = true, description = "the HTML file to write")
    Path output;

    @Mixin
    PricesOption pricesOption;

    @Option(names = "--assume-env", paramLabel = "NAME", description = "find the findings of an architecture that declares no environments "
            + "as 'check --assume-env NAME' does (default: as production)")
    String assumeEnv;

    @picocli.CommandLine.Mixin
    QuietOption quiet;

    @Override
    public ExitCode call() {
        var err = console.err();
        PriceTable read = pricesOption.read(console);
        PriceTable prices = read == null ? PriceTable.embedded() : read;
        ReviewGrid grid = null;
        List<Path> named = paths;
        if (review != null) {
            if (!Files.isDirectory(review)) throw console.fail(ExitCode.INVALID, "--review takes a review's directory (one requirements file, "
                    + "one file or folder per candidate); " + review + " is not a directory");
            ReviewInputs.Resolved in = ReviewRun.resolve(List.of(review), console);
            ReviewResult result = ReviewRun.review("report", in, ReviewRun.requirements(in, console), read, importRoot, console);
            grid = ReviewGrid.of(result, in.requirements().toString().replace('\\', '/'));
            if (named.isEmpty()) named = in.candidates().stream().map(ReviewInputs.CandidateFile::file).toList();
        }
        if (named.isEmpty()) throw console.fail(ExitCode.INVALID, "name .arch files or directories to report on, or a review with --review DIR");
        List<Path> files;
        try {
            files = Inputs.expand(named);
        } catch (Inputs.BadInput e) {
            throw console.fail(ExitCode.INVALID, e.getMessage());
        } catch (IOException e) {
            throw console.fail(ExitCode.ENVIRONMENT, "cannot read: " + e.getMessage());
        }
        RuleEngine engine = config.apply(pricesOption.apply(Catalog.engine(Parallelism.available()), console), console, "no report was written");
        if (assumeEnv != null) engine = engine.assumingEnvironment(assumeEnv);
        ReportBuilder builder = new ReportBuilder(engine, prices);
        List<ReportPage.Section> sections = new ArrayList<>();
        List<String> names = new ArrayList<>();
        try {
            Map<String, SourceParser.Parsed> parsed = new HashMap<>();
            for (Path f : files) {
                String text;
                try {
                    text = Files.readString(f);
                } catch (IOException e) {
                    err.println("archkit report: cannot read " + f + ": " + e.getMessage());
                    return ExitCode.ENVIRONMENT;
                }
                // a file without an architecture block is read through the architectures that import it
                if (!(ModelLoading.check(f.toString(), text, parsed, importRoot.forEntry(f)) instanceof ModelLoading.Checked.Built built)) continue;
                ModelBuilder.Result r = built.result();
                if (r.hasErrors() || r.architecture() == null) {
                    console.printDiagnostics(r.diagnostics(), r.sources());
                    err.println("archkit report: fix the errors above first (archkit check " + f + ")");
                    return r.diagnostics().stream().anyMatch(d -> d.code().equals("io")) ? ExitCode.ENVIRONMENT : ExitCode.INVALID;
                }
                sections.add(builder.section(r.architecture(), r.sources(), sections.size() + 1));
                names.add(r.architecture().name());
            }
        } catch (Renderer.Failed e) {
            err.println("archkit report: " + e.getMessage());
            return ExitCode.ENVIRONMENT;
        }
        if (sections.isEmpty()) {
            err.println("archkit report: no architecture in " + String.join(", ", files.stream().map(Path::toString).toList())
                    + " (only files without an 'architecture' block)");
            return ExitCode.INVALID;
        }
        List<String> fileNames = files.stream().map(Path::toString).toList();
        ReportPage page = grid == null ? builder.page("archkit report: " + String.join(", ", names), fileNames, sections)
                : builder.page("archkit report: review " + grid.name(), fileNames, sections, grid);
        byte[] html = HtmlReport.write(page).getBytes(StandardCharsets.UTF_8);
        Path abs = output.toAbsolutePath();
        try {
            AtomicFiles.write(abs.getParent(), Map.of(abs.getFileName().toString(), html));
        } catch (IOException e) {
            err.println("archkit report: cannot write " + output + ": " + e.getMessage());
            return ExitCode.ENVIRONMENT;
        }
        if (!quiet.quiet) err.println("wrote " + output + " (" + kb(html.length) + ", " + sections.size() + " architecture" + (sections.size() == 1 ? "" : "s") + ")");
        return ExitCode.OK;
    }

    private static String kb(long bytes) {
        return (bytes + 1023) / 1024 + " KB";
    }
}
