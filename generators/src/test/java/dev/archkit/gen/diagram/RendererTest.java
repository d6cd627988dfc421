package dev.archkit.gen.diagram;

import org.junit.jupiter.api.Test;

import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The renderer draws without changing the process's system properties. It is loaded afresh (in a
 * class loader of its own) so that what its class would set when first loaded counts too, whatever
 * test used it before in this JVM. Properties the JDK itself sets while drawing ('sun.*', such as
 * the font manager) are left out.
 */
class RendererTest {

    private static final String PUML = "@startuml\nrectangle a\nrectangle b\na --> b\n@enduml\n";

    @Test
    void drawsSvgAndPngAndLeavesSystemPropertiesAlone() throws Exception {
        List<URL> urls = new ArrayList<>();
        for (String p : System.getProperty("java.class.path").split(File.pathSeparator)) urls.add(new File(p).toURI().toURL());
        // the build sets these two for every test, as archkit's main method does; unset, a renderer that set them would show
        String headless = System.clearProperty("java.awt.headless"), limit = System.clearProperty("PLANTUML_LIMIT_SIZE");
        Map<String, String> before = properties();
        byte[] svg, png;
        Map<String, String> after;
        try (URLClassLoader fresh = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader())) {
            Class<?> renderer = fresh.loadClass(Renderer.class.getName());
            Class<?> image = fresh.loadClass(Renderer.Image.class.getName());
            var render = renderer.getMethod("render", String.class, image);
            svg = (byte[]) render.invoke(null, PUML, image.getField("SVG").get(null));
            png = (byte[]) render.invoke(null, PUML, image.getField("PNG").get(null));
            after = properties();
        } finally {
            if (headless != null) System.setProperty("java.awt.headless", headless);
            if (limit != null) System.setProperty("PLANTUML_LIMIT_SIZE", limit);
        }
        assertThat(new String(svg, StandardCharsets.UTF_8)).contains("<svg").contains(">a<").contains(">b<");
        assertThat(png).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
        assertThat(after).isEqualTo(before);
    }

    private static Map<String, String> properties() {
        Map<String, String> m = new TreeMap<>();
        System.getProperties().forEach((k, v) -> {
            if (!k.toString().startsWith("sun.")) m.put(k.toString(), v.toString());
        });
        return m;
    }
}
