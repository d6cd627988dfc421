package dev.archkit.cli;

import dev.archkit.cost.PriceTable;
import dev.archkit.lang.RequirementsReader;
import dev.archkit.model.req.Requirements;
import dev.archkit.review.Candidate;
import dev.archkit.review.Candidates;
import dev.archkit.review.Review;
import dev.archkit.review.ReviewResult;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A review as 'archkit review' and 'archkit report --review' run it: the inputs resolved, the one
 * requirements block read, every candidate built, priced and linted, and the review module's
 * verdicts and ranking. Any failure is thrown as the command's {@link Failure}, after the
 * diagnostics it needs are printed.
 */
final class ReviewRun {

    private ReviewRun() { }

    /** The one requirements block of the resolved inputs. */
    static Requirements requirements(ReviewInputs.Resolved in, Console console) {
        RequirementsReader.Result req;
        try {
            req = ModelLoading.requirements(in.requirements());
        } catch (IOException e) {
            throw console.fail(ExitCode.ENVIRONMENT, "cannot read: " + e.getMessage());
        }
        if (req.hasErrors()) {
            console.printDiagnostics(req.diagnostics(), java.util.Map.of());
            throw console.fail(ExitCode.INVALID, "fix the requirements above first");
        }
        if (req.requirements().size() != 1) {
            throw console.fail(ExitCode.INVALID, in.requirements() + (req.requirements().isEmpty()
                    ? " has no 'requirements NAME { ... }' block" : " has " + req.requirements().size() + " requirements blocks; a review takes one"));
        }
        return req.requirements().get(0);
    }

    /** The requirements file and the candidates named by {@code args} (or held by one directory). */
    static ReviewInputs.Resolved resolve(List<Path> args, Console console) {
        try {
            return ReviewInputs.resolve(args);
        } catch (Inputs.BadInput e) {
            throw console.fail(ExitCode.INVALID, e.getMessage());
        } catch (IOException e) {
            throw console.fail(ExitCode.ENVIRONMENT, "cannot read: " + e.getMessage());
        }
    }

    /** Builds every candidate of {@code in} and reviews them against {@code requirements}. */
    static ReviewResult review(String command, ReviewInputs.Resolved in, Requirements requirements, PriceTable prices,
                               ImportRootOption importRoot, Console console) {
        Candidates factory = new Candidates(prices == null ? PriceTable.embedded() : prices);
        List<Candidate> candidates = new ArrayList<>();
        for (ReviewInputs.CandidateFile c : in.candidates()) {
            Inputs.Loaded loaded = Inputs.load(command, c.file(), null, console.err(), importRoot);
            if (loaded.architecture() == null) throw new Failure(loaded.exit(), null);
            candidates.add(factory.of(c.name(), c.file().toString().replace('\\', '/'), loaded.architecture()));
        }
        return Review.run(requirements, candidates);
    }
}
