package dev.archkit.cli;

import picocli.CommandLine;
import picocli.CommandLine.Mixin;

/**
 * What every archkit command shares: the {@link Console} it writes to, and its result as an
 * {@link ExitCode} (picocli asks {@link #getExitCode()} once the command has run).
 */
abstract class ArchkitCommand implements Runnable, CommandLine.IExitCodeGenerator {

    @Mixin
    Console console;

    private ExitCode exit = ExitCode.OK;

    /** Does the command's work; problems that end it early may also be thrown as a {@link Failure}. */
    abstract ExitCode call();

    @Override
    public final void run() {
        exit = call();
    }

    @Override
    public final int getExitCode() {
        return exit.code();
    }
}
