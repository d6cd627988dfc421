package dev.archkit.cli;

import picocli.CommandLine;

import java.util.ArrayList;
import java.util.List;

/**
 * archkit's exit codes, the one place they are defined: 'archkit --help' lists them from here,
 * commands return them, and {@link Mapper} gives the code of an exception that ends a command.
 */
public enum ExitCode {
    OK(0, "clean"),
    FINDINGS(1, "findings (or files that 'fmt --check' would change, or a cost total that is only partly priced)"),
    INVALID(2, "invalid input: syntax, unknown names, wrong values, bad usage"),
    ENVIRONMENT(3, "could not read or write files, could not read AWS (or only in part), or an internal error");

    private final int code;
    private final String meaning;

    ExitCode(int code, String meaning) {
        this.code = code;
        this.meaning = meaning;
    }

    /** The number the process exits with. */
    public int code() {
        return code;
    }

    /** What the code means, as 'archkit --help' and docs/exit-codes.md say it. */
    public String meaning() {
        return meaning;
    }

    /** The lines of 'archkit --help' that list the codes, one per code. */
    static List<String> helpLines() {
        List<String> lines = new ArrayList<>();
        for (ExitCode c : values()) lines.add("  " + c.code + "  " + c.meaning);
        return lines;
    }

    /**
     * The code of an exception that ends a command: a {@link Failure} carries its own, a usage
     * error is invalid input, and anything else is an internal error.
     */
    static ExitCode of(Throwable t) {
        if (t instanceof Failure f) return f.exit();
        if (t instanceof CommandLine.ParameterException) return INVALID;
        return ENVIRONMENT;
    }

    /** picocli's view of {@link #of}. */
    static final class Mapper implements CommandLine.IExitCodeExceptionMapper {
        @Override
        public int getExitCode(Throwable t) {
            return of(t).code();
        }
    }
}
