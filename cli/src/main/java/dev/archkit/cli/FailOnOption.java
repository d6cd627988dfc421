package dev.archkit.cli;

import dev.archkit.rules.Finding;
import dev.archkit.rules.Severity;
import picocli.CommandLine.Option;

import java.util.Collection;

/** --fail-on LEVEL: the least severe finding that makes a run exit 1 (a picocli mixin). */
final class FailOnOption {

    enum Level { error, warning, info, never }

    @Option(names = "--fail-on", paramLabel = "LEVEL",
            description = "exit 1 when a finding is at least this severe: error (default), warning, info or never")
    Level level = Level.error;

    /** The severity that fails a run, or null for 'never'. */
    Severity threshold() {
        return level == Level.never ? null : Severity.parse(level.name());
    }

    /** FINDINGS when one of {@code findings} is at or above the level, else OK. */
    ExitCode exitFor(Collection<Finding> findings) {
        Severity t = threshold();
        return t != null && findings.stream().anyMatch(f -> f.severity().atLeast(t)) ? ExitCode.FINDINGS : ExitCode.OK;
    }
}
