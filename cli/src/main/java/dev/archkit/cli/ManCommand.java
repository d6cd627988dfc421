package dev.archkit.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

@Command(name = "man",
        description = {
            "Print archkit's man page, or one command's, in roff; or write them all with -o DIR.",
            "",
            "The pages are made from the same definitions as --help: synopsis, description, options, examples and exit codes.",
        },
        mixinStandardHelpOptions = true,
        footer = {"", "Examples:",
            "  archkit man check | man -l -",
            "  archkit man -o ~/.local/share/man/man1     # then: man archkit-check"})
final class ManCommand extends ArchkitCommand {

    @Parameters(paramLabel = "COMMAND", arity = "0..1", description = "the command whose page to print (default: archkit's own)")
    String command;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "write archkit.1 and archkit-COMMAND.1 for every command into DIR")
    Path output;

    @Option(names = {"-q", "--quiet"}, description = "print nothing but errors")
    boolean quiet;

    @Override
    ExitCode call() {
        CommandLine root = Main.commandLine(new String[0]);
        root.setUsageHelpWidth(Main.HELP_WIDTH);
        if (output != null) {
            if (command != null) throw console.fail(ExitCode.INVALID, "-o writes every page; leave out '" + command + "', or leave out -o to print its page");
            Map<String, byte[]> files = new LinkedHashMap<>();
            ManPages.all(root).forEach((name, text) -> files.put(name, text.getBytes(StandardCharsets.UTF_8)));
            try {
                AtomicFiles.write(output, files);
            } catch (java.nio.file.FileSystemException e) {
                throw console.fail(ExitCode.ENVIRONMENT, "cannot write to " + output + ": " + (e.getReason() != null ? e.getReason() + " (" + e.getFile() + ")"
                        : e.getFile() + " is in the way") + "; nothing was written");
            } catch (IOException e) {
                throw console.fail(ExitCode.ENVIRONMENT, "cannot write to " + output + ": " + e.getMessage() + "; nothing was written");
            }
            if (!quiet) console.err().println("archkit man: wrote " + files.size() + " pages to " + output);
            return ExitCode.OK;
        }
        if (command == null) {
            console.out().print(ManPages.page(root));
            return ExitCode.OK;
        }
        CommandLine sub = root.getSubcommands().get(command);
        if (sub == null || command.equals("help")) {
            String m = CommandSuggestion.forWord(command, root.getSubcommands().keySet());
            throw console.fail(ExitCode.INVALID, "no command '" + command + "'" + (m != null ? "; did you mean '" + m + "'?" : "")
                    + " ('archkit --help' lists them)");
        }
        console.out().print(ManPages.page(sub));
        return ExitCode.OK;
    }
}
