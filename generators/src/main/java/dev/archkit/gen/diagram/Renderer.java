package dev.archkit.gen.diagram;

import net.sourceforge.plantuml.FileFormat;
import net.sourceforge.plantuml.FileFormatOption;
import net.sourceforge.plantuml.SourceStringReader;
import net.sourceforge.plantuml.core.DiagramDescription;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

/**
 * PlantUML source to SVG or PNG in-process, with the Smetana layout (no Graphviz, no network).
 * It sets no system property: the process that draws decides, once at its start, that AWT runs
 * headless ({@code -Djava.awt.headless=true}; without a display the JVM finds that out itself) and
 * how large an image may be ({@code -DPLANTUML_LIMIT_SIZE}: PlantUML crops at 4096 px without it).
 * The archkit CLI sets both in its main method.
 */
public final class Renderer {
    private Renderer() { }

    /** Thrown when PlantUML cannot draw the source; the message says why. */
    public static final class Failed extends Exception {
        public Failed(String m) { super(m); }
    }

    public enum Image { SVG, PNG }

    public static byte[] render(String puml, Image format) throws Failed {
        SourceStringReader reader = new SourceStringReader(puml);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            DiagramDescription desc = reader.outputImage(out, 0, new FileFormatOption(format == Image.SVG ? FileFormat.SVG : FileFormat.PNG));
            if (desc == null) throw new Failed("PlantUML produced no diagram");
            String text = desc.getDescription();
            if (text != null && text.toLowerCase(java.util.Locale.ROOT).contains("error")) {
                throw new Failed("PlantUML could not draw the diagram: " + text);
            }
        } catch (IOException e) {
            throw new Failed("PlantUML failed: " + e.getMessage());
        }
        return out.toByteArray();
    }
}
