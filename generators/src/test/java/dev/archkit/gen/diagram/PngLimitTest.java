package dev.archkit.gen.diagram;

import net.sourceforge.plantuml.dot.GraphvizUtils;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A PNG above PlantUML's size limit is scaled down to fit, never cropped. The limit is lowered for
 * this thread only (PlantUML keeps a per-thread override), so a small diagram crosses it quickly.
 */
class PngLimitTest {

    /** Forty boxes in a row: about 4,000 px wide and under 100 px high. */
    static final String WIDE;
    static {
        StringBuilder sb = new StringBuilder("@startuml\n!pragma layout smetana\nleft to right direction\n");
        for (int i = 0; i < 40; i++) sb.append("rectangle \"box ").append(i).append("\" as b").append(i).append('\n');
        for (int i = 0; i + 1 < 40; i++) sb.append("b").append(i).append(" --> b").append(i + 1).append('\n');
        WIDE = sb.append("@enduml\n").toString();
    }

    @AfterEach
    void restore() {
        GraphvizUtils.removeLocalLimitSize();
    }

    @Test
    void aPngAboveTheLimitIsScaledToFitAndHoldsTheWholeDiagram() throws Exception {
        Renderer.Drawing full = Renderer.draw(WIDE, Renderer.Image.SVG);
        assertThat(full.width()).as("the diagram").isGreaterThan(1000);
        GraphvizUtils.setLocalImageLimit(800);
        Renderer.Drawing png = Renderer.draw(WIDE, Renderer.Image.PNG);
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(png.bytes()));
        assertThat(img.getWidth()).isLessThanOrEqualTo(800).isEqualTo(png.width());
        assertThat(img.getHeight()).isLessThanOrEqualTo(800).isEqualTo(png.height());
        assertThat(png.scaled()).isTrue();
        assertThat(png.limit()).isEqualTo(800);
        assertThat(png.diagramWidth()).isGreaterThan(800);
        // the whole diagram: the image's width is the diagram's, scaled (not 800 px of it cut off)
        assertThat((double) png.width()).isCloseTo(png.diagramWidth() * png.scale(), org.assertj.core.data.Offset.offset(png.diagramWidth() * 0.05));
        // the last box is drawn: its column of the image is not blank
        assertThat(inkInColumns(img, img.getWidth() * 9 / 10, img.getWidth() - 1)).isTrue();

        // knowing the size from the SVG gives the same image in one drawing
        Renderer.Drawing known = Renderer.draw(WIDE, Renderer.Image.PNG, full.width(), full.height());
        assertThat(known.width()).isLessThanOrEqualTo(800);
        assertThat(known.scaled()).isTrue();
    }

    @Test
    void aPngWithinTheLimitIsDrawnAsIs() throws Exception {
        Renderer.Drawing png = Renderer.draw("@startuml\nrectangle a\nrectangle b\na --> b\n@enduml\n", Renderer.Image.PNG);
        assertThat(png.scaled()).isFalse();
        assertThat(png.width()).isEqualTo(png.diagramWidth());
    }

    @Test
    void theScaleDirectiveFollowsTheStartLine() {
        assertThat(Renderer.scaled("@startuml\nrectangle a\n@enduml\n", 0.5)).isEqualTo("@startuml\nscale 0.50000\nrectangle a\n@enduml\n");
    }

    private static boolean inkInColumns(BufferedImage img, int from, int to) {
        int background = img.getRGB(0, 0);
        for (int x = from; x <= to; x++) for (int y = 0; y < img.getHeight(); y++) if (img.getRGB(x, y) != background) return true;
        return false;
    }
}
