package dev.archkit.report;

import java.util.List;

/**
 * One view of an architecture drawn as inline SVG: {@code id} is unique in the page, {@code svg}
 * is PlantUML's SVG made ready for inlining ({@link SvgInline}), each node's group carrying the
 * name of the model element it stands for ({@code data-element}), and {@code elements} lists
 * those names.
 */
public record DiagramPanel(String id, String view, String title, String svg, List<String> elements) {
    public DiagramPanel {
        elements = List.copyOf(elements);
    }
}
