package dev.archkit.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The archkit command: picks the subcommand, sets the process-wide settings once (headless AWT,
 * PlantUML's image size limit) and turns every outcome into an {@link ExitCode}: what a command
 * returns, a {@link Failure} it throws, a usage error, or an internal error.
 */
@Command(name = "archkit",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = {
            "Model, check and generate AWS container architectures described in .arch files.",
            "",
            "Start with:  archkit check examples/",
            "             archkit fmt --check my-platform.arch",
            "             archkit graph my-platform.arch --format json",
            "             archkit rules",
            "             archkit diff old.arch new.arch",
            "             archkit cost my-platform.arch",
            "             archkit render my-platform.arch -o docs/diagrams",
            "             archkit terraform my-platform.arch -o infra/",
            "             archkit drift my-platform.arch --snapshot live.json",
        },
        footerHeading = "%nExit codes:%n")
public final class Main implements Runnable {

    /** The width of 'archkit --help': the longest example line fits. */
    static final int HELP_WIDTH = 100;

    /** Below the exit codes (which {@link ExitCode} lists) in 'archkit --help'. */
    private static final List<String> FOOTER_END = List.of("", "The language reference is docs/language.md; NO_COLOR turns colors off.");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        ProcessSettings.apply();
        Stdout.install();
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** The subcommands, in the order 'archkit --help' lists them. */
    static final List<Class<?>> SUBCOMMANDS = List.of(CheckCommand.class, FmtCommand.class, GraphCommand.class,
            RulesCommand.class, DiffCommand.class, CostCommand.class, ReviewCommand.class, RenderCommand.class, ReportCommand.class, ServeCommand.class,
            TerraformCommand.class, K8sCommand.class,
            SnapshotCommand.class, DriftCommand.class, PricesCommand.class, LspCommand.class, CompletionCommand.class, ManCommand.class,
            CommandLine.HelpCommand.class);

    /**
     * The command line: archkit with the subcommand the arguments name, or with all of them (for
     * help, a misspelt command, or none). picocli reads a command's annotations when it is added,
     * and reading all eleven cost every run about 60 ms of a start of 300.
     */
    static CommandLine commandLine(String[] args) {
        CommandLine cl = new CommandLine(new Main());
        List<String> footer = new ArrayList<>(ExitCode.helpLines());
        footer.addAll(FOOTER_END);
        cl.getCommandSpec().usageMessage().footer(footer.toArray(String[]::new));
        String first = args.length > 0 ? args[0] : "";
        for (Class<?> c : SUBCOMMANDS) {
            if (c.getAnnotation(Command.class).name().equals(first) && !first.equals("help")) {
                cl.addSubcommand(c);
                return cl;
            }
        }
        for (Class<?> c : SUBCOMMANDS) cl.addSubcommand(c);
        return cl;
    }

    /** Runs archkit with the given streams; returns the exit code (used by tests too). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = commandLine(args);
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setUsageHelpWidth(HELP_WIDTH);   // the examples' file names must not wrap
        cl.setExitCodeExceptionMapper(new ExitCode.Mapper());
        cl.setParameterExceptionHandler(Main::usageError);
        cl.setExecutionExceptionHandler((ex, c, parseResult) -> {
            if (ex instanceof Failure f) {
                if (f.getMessage() != null) c.getErr().println(f.getMessage());   // null: the reason is printed already
            } else {
                internalError(c.getErr(), ex);
            }
            return c.getExitCodeExceptionMapper().getExitCode(ex);
        });
        int code;
        try {
            code = cl.execute(args);
        } catch (Throwable t) {   // errors (stack or heap exhausted) pass picocli's exception handler
            internalError(err, t);
            code = ExitCode.of(t).code();
        }
        out.flush();
        if (out.checkError() && !Stdout.readerClosed()) {   // a full disk: the output is incomplete, whatever the command found
            err.println("archkit: could not write to standard output (is the disk full?); "
                    + "the output is incomplete");
            code = ExitCode.ENVIRONMENT.code();
        }
        err.flush();
        return code;
    }

    /** A mistake on the command line: what is wrong, the closest option or command, and where help is. */
    private static int usageError(CommandLine.ParameterException ex, String[] args) {
        CommandLine c = ex.getCommandLine();
        if (ex instanceof CommandLine.UnmatchedArgumentException u && c.getParent() == null
                && !u.getUnmatched().isEmpty() && !u.getUnmatched().get(0).startsWith("-")) {
            // 'archkit chekc ...': a command that does not exist, not an argument
            String word = u.getUnmatched().get(0);
            c.getErr().println("archkit: unknown command '" + word + "'");
            String meant = CommandSuggestion.forWord(word, c.getSubcommands().keySet());
            if (meant != null) c.getErr().println("Did you mean: archkit " + meant + "?");
            c.getErr().println("Run 'archkit --help' for the commands.");
            return c.getExitCodeExceptionMapper().getExitCode(ex);
        }
        c.getErr().println(c.getCommandSpec().qualifiedName() + ": " + ex.getMessage());
        boolean suggested = false;
        if (ex instanceof CommandLine.UnmatchedArgumentException u) {
            // an option misspelt: the closest option of this command (picocli's own list can offer --version for --veiw)
            for (String arg : u.getUnmatched()) {
                if (!arg.startsWith("-")) continue;
                String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
                String m = dev.archkit.model.Suggest.closest(name, c.getCommandSpec().optionsMap().keySet().stream().filter(o -> o.startsWith("--")).toList());
                if (m != null && !m.equals(name)) {
                    c.getErr().println("Did you mean: " + m + "?");
                    suggested = true;
                }
            }
        }
        if (!suggested) CommandLine.UnmatchedArgumentException.printSuggestions(ex, c.getErr());
        c.getErr().println("Run '" + c.getCommandSpec().qualifiedName() + " --help' for usage.");
        return c.getExitCodeExceptionMapper().getExitCode(ex);
    }

    private static void internalError(PrintWriter err, Throwable t) {
        err.println("archkit: internal error: " + t);
        err.println("This is a bug in archkit, not in your input. Please report it with the command line and files.");
    }

    /** archkit's version, from the jar ("dev" when run from classes). */
    static String version() {
        Properties p = new Properties();
        try (var in = Main.class.getResourceAsStream("/archkit-version.properties")) {
            if (in != null) p.load(in);
        } catch (java.io.IOException e) {
            return "dev";
        }
        return p.getProperty("version", "dev");
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[]{"archkit " + version(), "Java " + System.getProperty("java.version")};
        }
    }
}
