package dev.archkit.gen.diagram;

import net.sourceforge.plantuml.FileFormat;
import net.sourceforge.plantuml.FileFormatOption;
import net.sourceforge.plantuml.SourceStringReader;
import net.sourceforge.plantuml.core.Diagram;
import net.sourceforge.plantuml.core.ImageData;
import net.sourceforge.plantuml.dot.GraphvizUtils;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

/**
 * PlantUML source to SVG or PNG in-process, with the Smetana layout (no Graphviz, no network).
 * It sets no system property: the process that draws decides, once at its start, that AWT runs
 * headless ({@code -Djava.awt.headless=true}; without a display the JVM finds that out itself) and
 * how large an image may be ({@code -DPLANTUML_LIMIT_SIZE}: PlantUML crops at 4096 px without it).
 * The archkit CLI sets both in its main method.
 *
 * <p>PlantUML crops a PNG larger than that limit without a word (a wide dependencies view loses
 * every service past the limit). {@link #draw} never returns a cropped PNG: when the diagram is
 * larger than the limit it draws it again scaled down to fit, and says so in the {@link Drawing}.
 * SVG has no such limit.
 */
public final class Renderer {
    private Renderer() { }

    /** Thrown when PlantUML cannot draw the source; the message says why. */
    public static final class Failed extends Exception {
        public Failed(String m) { super(m); }
    }

    public enum Image { SVG, PNG }

    /**
     * An image, its size in pixels, and the size of the diagram it shows: larger than the image
     * when a PNG had to be scaled down by {@code scale} to stay within {@code limit}.
     */
    public record Drawing(byte[] bytes, int width, int height, int diagramWidth, int diagramHeight, double scale, int limit) {
        /** Whether the image is smaller than the diagram (a PNG above the size limit). */
        public boolean scaled() { return scale < 1; }
    }

    /** The image's bytes (a PNG scaled down to fit the size limit, never cropped). */
    public static byte[] render(String puml, Image format) throws Failed {
        return draw(puml, format).bytes();
    }

    /** Draws the source; a PNG larger than {@link #pngLimit()} is drawn again, scaled down to fit. */
    public static Drawing draw(String puml, Image format) throws Failed {
        return draw(puml, format, 0, 0);
    }

    /**
     * As {@link #draw(String, Image)}, when the diagram's size is known already (from its SVG): a
     * PNG that would not fit is then drawn once, scaled, instead of twice.
     */
    public static Drawing draw(String puml, Image format, int knownWidth, int knownHeight) throws Failed {
        if (format == Image.SVG) {
            Out o = export(puml, FileFormat.SVG);
            return new Drawing(o.bytes, o.width, o.height, o.width, o.height, 1, Integer.MAX_VALUE);
        }
        int limit = pngLimit();
        int w = knownWidth, h = knownHeight;
        if (w <= 0 || h <= 0 || fits(w, h, limit)) {
            Out o = export(puml, FileFormat.PNG);
            if (fits(o.width, o.height, limit)) return new Drawing(o.bytes, o.width, o.height, o.width, o.height, 1, limit);
            w = o.width;
            h = o.height;
        }
        // a little under the limit: PlantUML rounds the scaled size and adds its margins
        double scale = Math.min((limit - 8.0) / w, (limit - 8.0) / h);
        for (int attempt = 0; attempt < 4; attempt++) {
            Out o = export(scaled(puml, scale), FileFormat.PNG);
            // PlantUML reports the unscaled size; the image as written is read from its header
            int pw = pngSide(o.bytes, 16), ph = pngSide(o.bytes, 20);
            if (whole(pw, w * scale, limit) && whole(ph, h * scale, limit)) return new Drawing(o.bytes, pw, ph, w, h, scale, limit);
            scale *= 0.95;
        }
        throw new Failed("PlantUML could not draw the diagram within " + limit + " px, even scaled down; draw it as SVG");
    }

    /** The largest PNG side PlantUML draws without cropping (its PLANTUML_LIMIT_SIZE, 4096 by default). */
    public static int pngLimit() {
        return GraphvizUtils.getenvImageLimit();
    }

    /** The width (at 16) or height (at 20) in a PNG's header chunk. */
    static int pngSide(byte[] png, int at) {
        if (png.length < at + 4) return 0;
        return ((png[at] & 0xff) << 24) | ((png[at + 1] & 0xff) << 16) | ((png[at + 2] & 0xff) << 8) | (png[at + 3] & 0xff);
    }

    /** Whether an image side of {@code actual} px holds all of a scaled side of {@code expected} px (a cropped one is the limit exactly). */
    private static boolean whole(int actual, double expected, int limit) {
        return actual > 0 && (actual < limit || Math.abs(actual - expected) <= 2);
    }

    private static boolean fits(int w, int h, int limit) {
        return w <= limit && h <= limit;
    }

    /** The source with a 'scale' directive right after its start line. */
    static String scaled(String puml, double scale) {
        int start = puml.indexOf("@startuml");
        int eol = start < 0 ? -1 : puml.indexOf('\n', start);
        String directive = String.format(Locale.ROOT, "scale %.5f\n", scale);
        return eol < 0 ? directive + puml : puml.substring(0, eol + 1) + directive + puml.substring(eol + 1);
    }

    private record Out(byte[] bytes, int width, int height) { }

    private static Out export(String puml, FileFormat format) throws Failed {
        SourceStringReader reader = new SourceStringReader(puml);
        List<net.sourceforge.plantuml.BlockUml> blocks = reader.getBlocks();
        if (blocks.isEmpty()) throw new Failed("PlantUML produced no diagram");
        Diagram diagram = blocks.get(0).getDiagram();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageData data = diagram.exportDiagram(out, 0, new FileFormatOption(format));
            String text = diagram.getDescription() == null ? null : diagram.getDescription().getDescription();
            if (text != null && text.toLowerCase(Locale.ROOT).contains("error")) throw new Failed("PlantUML could not draw the diagram: " + text);
            if (data == null) throw new Failed("PlantUML produced no diagram");
            return new Out(out.toByteArray(), data.getWidth(), data.getHeight());
        } catch (IOException e) {
            throw new Failed("PlantUML failed: " + e.getMessage());
        }
    }
}
