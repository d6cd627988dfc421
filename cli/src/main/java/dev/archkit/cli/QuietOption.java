package dev.archkit.cli;

import picocli.CommandLine.Option;

/**
 * -q/--quiet for the commands that say on stderr what they are doing or what they wrote
 * (progress, "wrote N files", "formatted ..."): quiet, they print only problems and warnings
 * (a picocli mixin).
 */
final class QuietOption {

    @Option(names = {"-q", "--quiet"}, description = "no progress and no 'wrote' lines on stderr; problems and warnings still show")
    boolean quiet;
}
