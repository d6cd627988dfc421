package dev.archkit.report;

import dev.archkit.gen.diagram.Diagram;
import dev.archkit.gen.diagram.PlantUml;
import dev.archkit.gen.diagram.Renderer;
import dev.archkit.gen.diagram.Views;
import dev.archkit.model.Architecture;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Every view of an architecture ({@link Views#names}), drawn as 'archkit render' draws it
 * (PlantUML to SVG, in-process) with the findings outlined, and made ready for inlining, its
 * icons held by the page's {@link IconLibrary}.
 */
final class Diagrams {
    private Diagrams() { }

    static List<DiagramPanel> of(Architecture a, String sectionId, Map<String, Diagram.Mark> marks, IconLibrary icons, DrawnViews drawn) throws Renderer.Failed {
        List<DiagramPanel> out = new ArrayList<>();
        Views.Options options = new Views.Options(null, 1, null, null, marks);
        for (String view : Views.names(a)) {
            Diagram d = Views.build(a, view, options);
            String svg = drawn.svg(PlantUml.write(d));
            Map<String, String> elementOfNode = new LinkedHashMap<>();
            LinkedHashSet<String> elements = new LinkedHashSet<>();
            for (Diagram.Node n : d.nodes()) {
                elementOfNode.put(n.id(), n.element());
                if (n.element() != null) elements.add(n.element());
            }
            String id = sectionId + "-" + view;
            out.add(new DiagramPanel(id, view, d.title(), icons.share(SvgInline.prepare(svg, id, elementOfNode)), new ArrayList<>(elements)));
        }
        return out;
    }
}
