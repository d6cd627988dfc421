package dev.archkit.gen.diagram;

import net.sourceforge.plantuml.FileFormat;
import net.sourceforge.plantuml.FileFormatOption;
import net.sourceforge.plantuml.SourceStringReader;
import net.sourceforge.plantuml.core.DiagramDescription;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

/** PlantUML source to SVG or PNG in-process, with the Smetana layout (no Graphviz, no network). */
public final class Renderer {
    private Renderer() { }

    /** Thrown when PlantUML cannot draw the source; the message says why. */
    public static final class Failed extends Exception {
        public Failed(String m) { super(m); }
    }

    public enum Image { SVG, PNG }

    static {
        System.setProperty("java.awt.headless", "true");
        // PlantUML crops images at 4096 px unless told otherwise; large architectures need more
        if (System.getProperty("PLANTUML_LIMIT_SIZE") == null) System.setProperty("PLANTUML_LIMIT_SIZE", "16384");
    }

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
