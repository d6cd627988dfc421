package dev.archkit.cli;

import dev.archkit.rules.RuleEngine;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * --config FILE and --no-config: the project's settings ({@code .archkit.yaml}, docs/config.md),
 * for every command that shows findings (a picocli mixin). The rules a project turns off or
 * re-grades are off or re-graded in 'check', 'diff', 'render', 'report' and 'serve' alike, so no
 * command shows a finding the project has excused elsewhere; 'check' also takes its defaults
 * (fail-on, format, import root, baseline) from the file.
 */
final class ConfigOption {

    @Option(names = "--config", paramLabel = "FILE", description = "read the project's settings from FILE "
            + "(default: .archkit.yaml in the working directory or the nearest parent, up to the top of the git work tree)")
    Path file;

    @Option(names = "--no-config", description = "read no .archkit.yaml")
    boolean none;

    private String shown;

    /**
     * The project's settings, or null without a file (or with --no-config). A file with errors
     * shows them, located, and fails with exit 2: {@code nothing} says what was then not done
     * ("nothing was checked").
     */
    ProjectConfig load(RuleEngine engine, Console console, String nothing) {
        if (none && file != null) throw console.fail(ExitCode.INVALID, "--config and --no-config exclude each other");
        if (none) return null;
        Path f = file;
        if (f != null && !Files.isRegularFile(f)) {
            throw console.fail(ExitCode.INVALID, "--config " + f + (Files.exists(f) ? " is not a file" : " does not exist")
                    + "; without --config, " + ProjectConfig.NAME + " is looked for in the working directory and its parents");
        }
        if (f == null) f = ProjectConfig.find(Path.of(""));
        if (f == null) return null;
        try {
            ProjectConfig c = ProjectConfig.load(f, engine.ruleIds());
            shown = ProjectConfig.shown(f);
            return c;
        } catch (ProjectConfig.Invalid e) {
            String name = ProjectConfig.shown(f);
            console.printDiagnostics(e.diagnostics, Map.of(name, e.source));
            throw console.fail(ExitCode.INVALID, name + ": " + dev.archkit.rules.report.Report.plural(e.diagnostics.size(), "error")
                    + " in the configuration; " + nothing);
        } catch (IOException e) {
            throw console.fail(ExitCode.ENVIRONMENT, "cannot read " + f + ": " + e.getMessage());
        }
    }

    /** {@code engine} with the project's rules off and severities applied; unchanged without a file. */
    RuleEngine apply(RuleEngine engine, Console console, String nothing) {
        ProjectConfig c = load(engine, console, nothing);
        return c == null ? engine : engine.configured(c.rules());
    }

    /** The file read, as a summary shows it, or null when none was. */
    String shown() {
        return shown;
    }
}
