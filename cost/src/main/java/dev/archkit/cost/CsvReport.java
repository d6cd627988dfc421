package dev.archkit.cost;

import java.util.List;

import static dev.archkit.cost.Numbers.money;

/** Estimates and cost changes as CSV (RFC 4180), one priced line or change a row. */
final class CsvReport {
    private CsvReport() { }

    static String of(List<CostModel.Estimate> estimates) {
        StringBuilder sb = new StringBuilder("environment,component,kind,line,min,desired,max\n");
        for (CostModel.Estimate e : estimates) {
            String env = e.environment() == null ? "" : e.environment();
            for (CostModel.Line l : e.lines()) {
                for (CostModel.Item i : l.items()) {
                    sb.append(quote(env)).append(',').append(quote(l.component())).append(',').append(l.kind().id()).append(',').append(quote(i.what()))
                      .append(',').append(money(i.min()).toPlainString()).append(',').append(money(i.desired()).toPlainString())
                      .append(',').append(money(i.max()).toPlainString()).append('\n');
                }
            }
            sb.append(quote(env)).append(",TOTAL,,").append(e.partial() ? quote("partial: " + ReportParts.unpricedCount(e) + " ("
                    + String.join(", ", e.missing().stream().map(CostModel.Unpriced::component).toList()) + "), a lower bound") : "").append(',').append(money(e.min()).toPlainString()).append(',')
              .append(money(e.desired()).toPlainString()).append(',').append(money(e.max()).toPlainString()).append('\n');
        }
        return sb.toString();
    }

    static String diff(List<CostReport.Delta> deltas) {
        StringBuilder sb = new StringBuilder("environment,component,kind,before,after,delta,percent,unpriced_before,unpriced_after\n");
        for (CostReport.Delta d : deltas) {
            sb.append(d.environment() == null ? "" : quote(d.environment())).append(',').append(d.component() == null ? "TOTAL" : quote(d.component()))
              .append(',').append(d.kind() == null ? "" : d.kind().id()).append(',').append(cell(d, d.unpricedBefore(), d.before())).append(',')
              .append(cell(d, d.unpricedAfter(), d.after())).append(',').append(d.component() != null && d.partial() ? "" : money(d.amount()).toPlainString()).append(',')
              .append(Double.isNaN(d.percent()) || (d.component() != null && d.partial()) ? "" : Numbers.percent(d.percent()).toPlainString())
              .append(',').append(quote(String.join(" ", d.unpricedBefore()))).append(',').append(quote(String.join(" ", d.unpricedAfter()))).append('\n');
        }
        return sb.toString();
    }

    /** A side of a delta: empty for a component without a price on that side (unknown, not zero). */
    private static String cell(CostReport.Delta d, java.util.List<String> unpriced, double v) {
        return d.component() != null && !unpriced.isEmpty() ? "" : money(v).toPlainString();
    }

    private static String quote(String s) {
        if (s.isEmpty()) return s;
        // RFC 4180 quoting; a leading = + - @ is neutralised so a spreadsheet does not run it as a formula
        String t = "=+-@".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
        if (t.contains(",") || t.contains("\"") || t.contains("\n") || !t.equals(s)) return '"' + t.replace("\"", "\"\"") + '"';
        return t;
    }
}
