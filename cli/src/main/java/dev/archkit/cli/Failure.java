package dev.archkit.cli;

/**
 * A command cannot go on: its message (already prefixed 'archkit COMMAND: ') goes to stderr and
 * the process exits with its code. Thrown by the steps of a command instead of passing exit codes
 * back up by hand; {@link Main} prints it and {@link ExitCode.Mapper} maps it.
 */
final class Failure extends RuntimeException {
    private final ExitCode exit;

    Failure(ExitCode exit, String message) {
        super(message, null, false, false);
        this.exit = exit;
    }

    ExitCode exit() {
        return exit;
    }
}
