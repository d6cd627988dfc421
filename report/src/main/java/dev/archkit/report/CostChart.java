package dev.archkit.report;

import dev.archkit.cost.CostModel;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A horizontal bar chart of an estimate, drawn by the template as inline SVG: one group of three
 * bars (min, desired, max) per component, all on one scale. Coordinates are pixels, formatted
 * here with a fixed locale so the page is the same on every machine.
 */
public record CostChart(int width, int height, int labelWidth, List<Bar> bars, List<Tick> ticks) {

    static final int LABEL_WIDTH = 220;
    static final int PLOT_WIDTH = 480;
    static final int ROW = 30;
    static final int BAR = 7;
    static final int TOP = 8;
    static final int AXIS = 22;

    public CostChart {
        bars = List.copyOf(bars);
        ticks = List.copyOf(ticks);
    }

    /** One component: its label's baseline, its three bars' tops and widths, and its max in dollars. */
    public record Bar(String label, String labelY, String minY, String min, String desiredY, String desired, String maxY, String max,
                      String maxLabelX, String maxLabel) { }

    /** A gridline of the scale: its x and the amount it stands for. */
    public record Tick(String x, String label) { }

    static CostChart of(List<CostModel.Line> lines) {
        double top = 0;
        for (CostModel.Line l : lines) top = Math.max(top, Math.max(l.max(), Math.max(l.min(), l.desired())));
        double scale = top <= 0 ? 0 : PLOT_WIDTH / top;
        List<Bar> bars = new ArrayList<>();
        int y = TOP;
        for (CostModel.Line l : lines) {
            bars.add(new Bar(l.component(), px(y + ROW / 2.0 + 4), px(y + 3), px(l.min() * scale), px(y + 3 + BAR + 1),
                    px(l.desired() * scale), px(y + 3 + 2 * (BAR + 1)), px(l.max() * scale),
                    px(LABEL_WIDTH + l.max() * scale + 6), CostModel.usd(l.max())));
            y += ROW;
        }
        List<Tick> ticks = new ArrayList<>();
        if (top > 0) {
            for (int i = 0; i <= 4; i++) ticks.add(new Tick(px(LABEL_WIDTH + PLOT_WIDTH * i / 4.0), CostModel.usd(top * i / 4)));
        }
        return new CostChart(LABEL_WIDTH + PLOT_WIDTH + 110, y + AXIS, LABEL_WIDTH, bars, ticks);
    }

    static String px(double d) {
        return String.format(Locale.ROOT, "%.1f", d);
    }
}
