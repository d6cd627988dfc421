package dev.archkit.cli;

import dev.archkit.model.Location;
import dev.archkit.model.diag.Diagnostic;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Shows at most so many diagnostics per file, the first ones: a file with thousands of errors
 * gives pages no one reads (and reports CI systems choke on), and the first errors are the ones
 * to fix. What is left out is counted in one more diagnostic of that file.
 */
record DiagnosticCap(int perFile) {

    /** The code of the diagnostic that counts what is left out. */
    static final String CODE = "too-many-errors";

    /** The default: 100 per file. */
    static final DiagnosticCap DEFAULT = new DiagnosticCap(100);

    /** No cap at all (a limit of 0). */
    boolean unlimited() {
        return perFile <= 0;
    }

    /** How many of {@code diagnostics} {@link #apply} leaves out. */
    long leftOut(List<Diagnostic> diagnostics) {
        if (unlimited()) return 0;
        Map<String, Long> byFile = new LinkedHashMap<>();
        for (Diagnostic d : diagnostics) if (!d.code().equals(CODE)) byFile.merge(d.location().file(), 1L, Long::sum);
        return byFile.values().stream().mapToLong(n -> Math.max(0, n - perFile)).sum();
    }

    /** The first {@link #perFile} diagnostics of each file, in the order given, and a count of the rest. */
    List<Diagnostic> apply(List<Diagnostic> diagnostics) {
        if (unlimited()) return diagnostics;
        Map<String, List<Diagnostic>> byFile = new LinkedHashMap<>();
        List<Diagnostic> out = new ArrayList<>();
        for (Diagnostic d : diagnostics) {
            if (d.code().equals(CODE)) out.add(d);   // a count of what the parser left out already: always shown
            else byFile.computeIfAbsent(d.location().file(), f -> new ArrayList<>()).add(d);
        }
        if (byFile.values().stream().allMatch(l -> l.size() <= perFile)) return diagnostics;
        for (Map.Entry<String, List<Diagnostic>> e : byFile.entrySet()) {
            List<Diagnostic> all = e.getValue();
            if (all.size() <= perFile) {
                out.addAll(all);
                continue;
            }
            out.addAll(all.subList(0, perFile));
            List<Diagnostic> rest = all.subList(perFile, all.size());
            boolean errors = rest.stream().anyMatch(Diagnostic::isError);
            String message = rest.size() + " more " + (errors ? "problems" : "warnings") + " in " + e.getKey()
                    + " are not shown (the first " + perFile + " are)";
            Location at = new Location(e.getKey(), 0, 0, 0);
            String hint = "fix the first ones and check again, or show more with --max-errors N (0: all)";
            out.add((errors ? Diagnostic.error(CODE, at, message) : Diagnostic.warning(CODE, at, message)).withHint(hint));
        }
        return out;
    }
}
