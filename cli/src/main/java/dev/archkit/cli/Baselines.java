package dev.archkit.cli;

import dev.archkit.rules.report.Report;
import dev.archkit.rules.report.Baseline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * 'check --baseline FILE' and '--write-baseline FILE': the baseline is read (and refused with
 * exit 2 when it is not one) before anything is checked, and written, atomically, only from a
 * run whose input had no error: a baseline of a run the rules did not finish would accept less
 * than there is and fail the next run on old findings.
 */
final class Baselines {

    /** What the command line asked for: a baseline read ({@code read}) or one to write to {@code write}. */
    record Given(String name, Baseline read, Path write) { }

    /** The baseline a run used (its file's name) and how it split the findings. */
    record Applied(String name, Baseline.Split split) { }

    private Baselines() {
    }

    /** Reads --baseline FILE now, so that a missing or broken file fails before the check; null when neither option is given. */
    static Given given(Console console, Path read, Path write, boolean rules) {
        if (write != null) {
            if (!rules) throw console.fail(ExitCode.INVALID, "--write-baseline needs the rules' findings; leave out --no-rules");
            if (Files.isDirectory(write)) throw console.fail(ExitCode.INVALID, "--write-baseline " + write + " is a directory; name a file such as archkit-baseline.json");
            Path dir = write.toAbsolutePath().getParent();
            if (dir != null && !Files.isDirectory(dir)) {
                throw console.fail(ExitCode.ENVIRONMENT, "cannot write baseline " + write + ": the directory " + dir
                        + (Files.exists(dir) ? " is not a directory" : " does not exist") + " (nothing was checked)");
            }
            return new Given(write.toString(), null, write);
        }
        if (read == null) return null;
        String name = ProjectConfig.shown(read);
        try {
            return new Given(name, Baseline.parse(name, Files.readString(read, StandardCharsets.UTF_8)), null);
        } catch (NoSuchFileException e) {
            throw console.fail(ExitCode.INVALID, "baseline " + name + " does not exist; write it first with: archkit check --write-baseline "
                    + name + " FILE|DIR");
        } catch (java.nio.charset.MalformedInputException e) {
            throw console.fail(ExitCode.INVALID, "baseline " + name + " is not UTF-8 text; write it again with --write-baseline " + name);
        } catch (Baseline.Invalid e) {
            throw console.fail(ExitCode.INVALID, e.getMessage());
        } catch (IOException e) {
            throw console.fail(ExitCode.ENVIRONMENT, "cannot read baseline " + name + ": " + e.getMessage());
        }
    }

    /** Writes the baseline when asked (and the input allows it), then splits the findings by it; null without a baseline. */
    static Applied apply(Console console, Given given, CheckRun.Outcome o, boolean quiet) {
        if (given == null) return null;
        if (given.write() == null) return new Applied(given.name(), given.read().apply(o.findings()));
        if (o.errors() > 0 || o.ioFailure()) {
            console.err().println("archkit check: baseline " + given.name() + " not written: the input has errors, and the rules did not check it all");
            return null;
        }
        Baseline b = Baseline.of(o.findings());
        try {
            AtomicFiles.replace(given.write(), b.json().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw console.fail(ExitCode.ENVIRONMENT, "cannot write baseline " + given.name() + ": " + e.getMessage());
        }
        if (!quiet) console.err().println("archkit check: wrote " + Report.plural(b.entries().size(), "finding") + " to " + given.name());
        return new Applied(given.name(), b.apply(o.findings()));
    }
}
