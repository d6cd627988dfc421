package dev.archkit.report;

import dev.archkit.gen.diagram.Diagram;
import dev.archkit.model.Architecture;
import dev.archkit.rules.Finding;
import dev.archkit.rules.Severity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The worst finding about each element of an architecture, as the outline its diagrams draw. */
final class Marks {
    private Marks() { }

    static Map<String, Diagram.Mark> of(Architecture a, List<Finding> findings) {
        Map<String, Diagram.Mark> out = new HashMap<>();
        for (Finding f : findings) {
            if (f.subjectIn(a) == null) continue;
            out.merge(a.uniqueName(f.subjectKind(), f.subject()), mark(f.severity()), (x, y) -> x.ordinal() >= y.ordinal() ? x : y);
        }
        return out;
    }

    static Diagram.Mark mark(Severity s) {
        return switch (s) {
            case ERROR -> Diagram.Mark.ERROR;
            case WARNING -> Diagram.Mark.WARNING;
            case INFO -> Diagram.Mark.INFO;
        };
    }
}
