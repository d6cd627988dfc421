package dev.archkit.report;

import dev.archkit.model.diag.Diagnostic;

import java.util.List;

/**
 * What a page served live ({@code archkit serve}) holds beyond the report: its version, which
 * the page's script compares with the server's to reload when the files change, and the input
 * errors of files that do not build right now (a file mid-edit, deleted, or not there yet).
 */
public record Live(long version, List<FileProblems> problems) {

    /** The path the page's script listens on for new versions (server-sent events). */
    public static final String EVENTS_PATH = "/events";

    public Live {
        problems = List.copyOf(problems);
    }

    /**
     * The errors of one input file; {@code lastGood} when the page still shows the section the
     * file had when it last built, rather than none.
     */
    public record FileProblems(String file, boolean lastGood, List<Diagnostic> diagnostics) {
        public FileProblems {
            diagnostics = List.copyOf(diagnostics);
        }
    }
}
