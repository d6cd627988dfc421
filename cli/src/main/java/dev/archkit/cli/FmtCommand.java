package dev.archkit.cli;

import dev.archkit.lang.ForeignText;
import dev.archkit.lang.Formatter;
import dev.archkit.lang.SourceParser;
import dev.archkit.lang.SourceText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

@Command(name = "fmt",
        description = {
            "Format .arch files in the canonical layout.",
            "",
            "Prints .arch files in canonical layout: two-space indentation, one statement a line, single spaces, '{' ending its line, at most one blank line. Comments are kept; a block written on one line stays on one line.",
            "",
            "A file with syntax errors is never formatted (the errors are shown, exit 2).",
        },
        mixinStandardHelpOptions = true,
        footer = {"", "Examples:",
            "  archkit fmt platform.arch            print the formatted file",
            "  archkit fmt --write examples/*.arch  rewrite files in place (atomically)",
            "  archkit fmt --check examples/        exit 1 and list files that are not formatted",
            "  archkit fmt --diff examples/         exit 1 and show what formatting would change"})
final class FmtCommand extends ArchkitCommand {

    @Parameters(paramLabel = "FILE|DIR", arity = "1..*", description = ".arch files or directories; - reads standard input")
    List<Path> paths;

    @Option(names = {"-w", "--write"}, description = "rewrite the files in place instead of printing them")
    boolean write;

    @Option(names = "--check", description = "print nothing but the names of files that are not formatted; exit 1 if any")
    boolean check;

    @Option(names = "--diff", description = "print what formatting would change, as a unified diff; exit 1 if anything")
    boolean diff;

    @picocli.CommandLine.Mixin
    QuietOption quiet;

    @Override
    public ExitCode call() {
        var out = console.out();
        var err = console.err();
        if ((write ? 1 : 0) + (check ? 1 : 0) + (diff ? 1 : 0) > 1) {
            err.println("archkit fmt: --write, --check and --diff do not go together; choose one");
            return ExitCode.INVALID;
        }
        List<Path> files;
        try {
            files = Inputs.expand(paths);
        } catch (Inputs.BadInput e) {
            err.println("archkit fmt: " + e.getMessage());
            return ExitCode.INVALID;
        } catch (IOException e) {
            err.println("archkit fmt: cannot read: " + e.getMessage());
            return ExitCode.ENVIRONMENT;
        }
        boolean invalid = false, unformatted = false, io = false;
        List<String> changed = new ArrayList<>();
        for (Path f : files) {
            String text;
            try {
                if (Stdin.is(f) && write) {
                    err.println("archkit fmt: --write cannot rewrite standard input; without --write the formatted text goes to standard output");
                    invalid = true;
                    continue;
                }
                text = Stdin.readOr(f);
            } catch (SourceText.NotUtf8 e) {
                err.println("archkit fmt: cannot read " + f + ": " + e.getMessage() + "; save it as UTF-8; not formatted");
                invalid = true;
                continue;
            } catch (IOException e) {
                err.println("archkit fmt: cannot read " + f + ": " + e.getMessage());
                io = true;
                continue;
            }
            SourceParser.Parsed p = ModelLoading.parse(f.toString(), text);
            String foreign = ForeignText.why(p);
            if (foreign != null) {
                err.println("archkit fmt: " + f + " is not an .arch file: " + foreign + " (first problem at "
                        + ForeignText.firstProblem(p) + "); its content is not shown; not formatted");
                invalid = true;
                continue;
            }
            if (p.hasErrors()) {
                console.printDiagnostics(p.diagnostics(), java.util.Map.of(f.toString(), text));
                err.println("archkit fmt: " + f + " has syntax errors; not formatted");
                invalid = true;
                continue;
            }
            String formatted = Formatter.format(text);
            boolean differs = !formatted.equals(text);
            if (check) {
                if (differs) {
                    out.println(f);
                    unformatted = true;
                }
            } else if (diff) {
                if (differs) {
                    out.print(UnifiedDiff.of(f.toString(), text, formatted));
                    unformatted = true;
                }
            } else if (write) {
                if (differs) {
                    try {
                        AtomicFiles.replace(f, formatted.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                        changed.add(f.toString());
                    } catch (IOException e) {
                        err.println("archkit fmt: cannot write " + f + ": " + e.getMessage());
                        io = true;
                    }
                }
            } else {
                out.print(formatted);
            }
        }
        if (write && !changed.isEmpty() && !quiet.quiet) err.println("formatted " + String.join(", ", changed));
        if (io) return ExitCode.ENVIRONMENT;
        if (invalid) return ExitCode.INVALID;
        return unformatted ? ExitCode.FINDINGS : ExitCode.OK;
    }
}
