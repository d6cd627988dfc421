package dev.archkit.report;

import dev.archkit.model.Location;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The source lines around a location, from the texts of the files read. */
final class Snippets {
    private Snippets() { }

    /** Lines {@code context} before and after the location's line; empty when the file's text is not at hand. */
    static List<FindingTable.SourceLine> around(Map<String, String> sources, Location at, int context) {
        if (at == null || !at.isKnown()) return List.of();
        String text = sources.get(at.file());
        if (text == null) return List.of();
        String[] lines = text.split("\r?\n", -1);
        int line = at.line();
        if (line < 1 || line > lines.length) return List.of();
        List<FindingTable.SourceLine> out = new ArrayList<>();
        for (int n = Math.max(1, line - context); n <= Math.min(lines.length, line + context); n++) {
            out.add(new FindingTable.SourceLine(n, lines[n - 1], n == line));
        }
        return out;
    }
}
