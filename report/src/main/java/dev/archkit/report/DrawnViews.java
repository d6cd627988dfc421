package dev.archkit.report;

import dev.archkit.gen.diagram.Renderer;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The SVG of each PlantUML text drawn lately, so that a builder asked again for a view whose text
 * did not change (the live page after an edit elsewhere, most of its views) reuses the drawing
 * instead of laying it out again: drawing is most of a rebuild (open-market: four views, 0.4 to
 * 0.9 s of a 0.5 to 1.1 s rebuild). The text is the whole input of the drawing, so a hit is
 * exactly what drawing would give. Bounded: the least recently used drawings go first.
 */
final class DrawnViews {
    private final int capacity;
    private final Map<String, String> svgOfText;
    private long drawn, reused;

    DrawnViews(int capacity) {
        this.capacity = capacity;
        this.svgOfText = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
                return size() > DrawnViews.this.capacity;
            }
        };
    }

    /** The SVG of {@code puml}, drawn now or reused. */
    synchronized String svg(String puml) throws Renderer.Failed {
        String svg = svgOfText.get(puml);
        if (svg != null) {
            reused++;
            return svg;
        }
        svg = new String(Renderer.render(puml, Renderer.Image.SVG), StandardCharsets.UTF_8);
        svgOfText.put(puml, svg);
        drawn++;
        return svg;
    }

    /** Drawings made so far. */
    synchronized long drawn() { return drawn; }

    /** Drawings reused so far. */
    synchronized long reused() { return reused; }
}
