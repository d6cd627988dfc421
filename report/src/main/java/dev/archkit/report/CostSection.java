package dev.archkit.report;

import java.util.List;

/**
 * The cost of one architecture, one table per environment (or one for the architecture as
 * written), each with a bar chart; {@code unavailable} says why there is no cost (no region, no
 * prices for it) and is empty otherwise.
 */
public record CostSection(List<Table> tables, String unavailable) {

    public CostSection {
        tables = List.copyOf(tables);
    }

    /**
     * An estimate: US dollars per month at min, desired and max scale, per component. {@code partial}
     * is empty for a complete total, else says what it leaves out (the total is then a lower bound).
     */
    public record Table(String id, String environment, String region, List<Row> rows, Amounts total, String partial, String budget,
                        List<String> assumptions, CostChart chart) {
        public Table {
            rows = List.copyOf(rows);
            assumptions = List.copyOf(assumptions);
        }
    }

    public record Row(String component, String kind, Amounts amounts) { }

    /** Amounts as printed ("$1,234.56"). */
    public record Amounts(String min, String desired, String max) { }
}
