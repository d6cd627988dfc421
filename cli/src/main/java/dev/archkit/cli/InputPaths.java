package dev.archkit.cli;

import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** The .arch files and directories a command reads (a picocli mixin). */
final class InputPaths {

    @Parameters(paramLabel = "FILE|DIR", arity = "1..*", description = ".arch files or directories (a directory: every .arch file under it); - reads standard input")
    List<Path> paths;

    /** Every .arch file named or under a named directory, sorted, without repeats. */
    List<Path> expand(Console console) {
        try {
            return Inputs.expand(paths);
        } catch (Inputs.BadInput e) {
            throw console.fail(ExitCode.INVALID, e.getMessage());
        } catch (IOException e) {
            throw console.fail(ExitCode.ENVIRONMENT, "cannot read: " + e.getMessage());
        }
    }
}
