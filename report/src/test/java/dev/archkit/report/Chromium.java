package dev.archkit.report;

import org.junit.jupiter.api.Assumptions;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The Chromium the browser tests drive: Debian's, never one downloaded by Playwright. CI sets
 * {@code ARCHKIT_CHROMIUM} (.ci/run installs the package); a value that names no executable
 * fails the test, so a broken CI set-up cannot pass silently, and so does a CI run (CI=true)
 * without any Chromium. Only outside CI, where the variable is unset and no chromium is
 * installed, are the tests skipped, and they say why.
 */
public final class Chromium {
    private Chromium() { }

    public static final String VARIABLE = "ARCHKIT_CHROMIUM";

    public static Path executable() {
        String named = System.getenv(VARIABLE);
        if (named != null && !named.isBlank()) {
            Path p = Path.of(named);
            if (!Files.isExecutable(p)) {
                throw new AssertionError(VARIABLE + "=" + named + " is not an executable file: install Debian's chromium "
                        + "(apt-get install chromium) or point " + VARIABLE + " at it");
            }
            return p;
        }
        Path found = onPath();
        if (found == null && "true".equals(System.getenv("CI"))) {
            throw new AssertionError("no Chromium in CI: " + VARIABLE + " is unset and no chromium is installed; "
                    + ".ci/run installs Debian's chromium and exports " + VARIABLE);
        }
        Assumptions.assumeTrue(found != null, "no Chromium: " + VARIABLE + " is unset and no chromium is installed "
                + "(apt-get install chromium, or set " + VARIABLE + "; CI sets it and fails without it)");
        return found;
    }

    private static Path onPath() {
        Path debian = Path.of("/usr/bin/chromium");
        if (Files.isExecutable(debian)) return debian;
        String path = System.getenv("PATH");
        if (path == null) return null;
        for (String dir : path.split(File.pathSeparator)) {
            Path p = Path.of(dir, "chromium");
            if (Files.isExecutable(p)) return p;
        }
        return null;
    }
}
