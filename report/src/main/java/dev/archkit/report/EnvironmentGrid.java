package dev.archkit.report;

import java.util.List;

/**
 * The environments of an architecture side by side: one column each (one column named for the
 * architecture as written when it declares none), one row per fact, and one per service with its
 * replicas and size in each environment.
 */
public record EnvironmentGrid(List<String> columns, List<Row> rows) {

    public EnvironmentGrid {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /** A row's cells, in the order of the columns; {@code differs} when they are not all the same. */
    public record Row(String label, List<String> cells, boolean differs) {
        public Row {
            cells = List.copyOf(cells);
        }
    }
}
