package dev.archkit.cli;

import dev.archkit.model.diag.Diagnostic;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

/**
 * The streams a command writes to (results to stdout, problems and progress to stderr), whether
 * each shows colour (NO_COLOR and TERM=dumb turn it off), and failures under the command's name.
 * A picocli mixin: it adds no option of its own (picocli takes a class without options as a
 * mixin only when it carries {@code @Command}, which adds nothing here).
 */
@Command
final class Console {

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** Whether output to {@code stream} is coloured. */
    boolean color(PrintWriter stream) {
        return Inputs.color(stream);
    }

    /** Prints diagnostics with their source lines and carets to stderr. */
    void printDiagnostics(List<Diagnostic> diagnostics, Map<String, String> sources) {
        Inputs.print(err(), diagnostics, sources, color(err()));
    }

    /** A failure to throw: 'archkit COMMAND: message' on stderr, then exit with {@code code}. */
    Failure fail(ExitCode code, String message) {
        return new Failure(code, spec.qualifiedName() + ": " + message);
    }
}
