package dev.archkit.cli;

/** For end-to-end tests of documented command lines: parses arguments as archkit would, without running the command. */
public final class CommandLines {
    private CommandLines() { }

    /** Throws picocli's ParameterException for an unknown command or option, or a value an option does not take. */
    public static void parse(String... args) {
        Main.commandLine(args).parseArgs(args);
    }
}
