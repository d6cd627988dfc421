package dev.archkit.cli;

import dev.archkit.model.Suggest;
import dev.archkit.model.req.Requirement;
import dev.archkit.model.req.Requirements;
import dev.archkit.review.Assessment;
import dev.archkit.review.Explain;
import dev.archkit.review.JsonReport;
import dev.archkit.review.MarkdownReport;
import dev.archkit.review.ReviewResult;
import dev.archkit.review.SarifReport;
import dev.archkit.review.TextReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.List;

@Command(name = "review",
        description = {
            "Judge candidate designs against requirements and rank them, with the reason each one fails.",
            "",
            "REQUIREMENTS is a .arch file with a 'requirements NAME { must|should ID: PREDICATE ... }' block; each CANDIDATE is an architecture file, or a folder with one. With one DIR, DIR holds the requirements file and one file or folder per candidate.",
            "",
            "Every requirement gets a verdict per candidate: pass, fail, unknown (the model lacks the facts; never taken for a pass) or n/a. Candidates rank by failed musts, then unknown musts, then failed shoulds, then monthly cost; the winner is the one best candidate meeting every must. Each candidate's lint findings and cost are shown beside it. See docs/review.md.",
        },
        mixinStandardHelpOptions = true,
        footer = {"", "Examples:",
            "  archkit review examples/saa-container-question",
            "  archkit review examples/reviews/private-pulls/requirements.arch examples/reviews/private-pulls/endpoints.arch --format markdown",
            "  archkit review examples/saa-container-question --explain ops-managed",
            "", "Exit codes: 0 a unique winner meets every must, 1 no unique winner, 2 invalid input (requirements or designs), 3 files could not be read."})
final class ReviewCommand extends ArchkitCommand {

    enum Format { text, markdown, json, sarif }

    @Parameters(paramLabel = "REQUIREMENTS CANDIDATE...|DIR", arity = "1..*", description = "the requirements file and the candidates, or one directory holding both")
    List<Path> args;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text (default), markdown (a decision record), json or sarif (ruleId = requirement id)")
    Format format = Format.text;

    @Option(names = "--explain", paramLabel = "ID", description = "print the facts that decided one requirement for every candidate")
    String explain;

    @picocli.CommandLine.Mixin
    PricesOption pricesOption;

    @picocli.CommandLine.Mixin
    ImportRootOption importRoot;

    @Override
    public ExitCode call() {
        var out = console.out();
        ReviewInputs.Resolved in = ReviewRun.resolve(args, console);
        Requirements requirements = ReviewRun.requirements(in, console);
        Requirement explained = null;
        if (explain != null) {
            explained = requirements.find(explain).orElseThrow(() -> {
                String near = Suggest.closest(explain, requirements.items().stream().map(Requirement::id).toList());
                return console.fail(ExitCode.INVALID, "no requirement '" + explain + "' in " + in.requirements()
                        + (near != null ? "; did you mean '" + near + "'?" : "; it has " + String.join(", ", requirements.items().stream().map(Requirement::id).toList())));
            });
        }
        ReviewResult result = ReviewRun.review("review", in, requirements, pricesOption.read(console), importRoot, console);
        if (explained != null) {
            out.print(Explain.of(result, explained));
        } else {
            out.print(switch (format) {
                case text -> TextReport.of(result);
                case markdown -> MarkdownReport.of(result);
                case json -> JsonReport.of(result);
                case sarif -> SarifReport.of(result);
            });
        }
        out.flush();
        return result.winner().map(Assessment::name).isPresent() ? ExitCode.OK : ExitCode.FINDINGS;
    }
}
