package dev.archkit.maven;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The Maven block and table of docs/ci.md name goals, parameters and properties the plugin has. */
class MavenDocsTest {

    static final Path DOC = Path.of("..", "docs", "ci.md");
    /** goal -> its parameters (name -> property), from the plugin descriptor the build generated from the mojos. */
    static Map<String, Map<String, String>> goals() throws Exception {
        Document d;
        try (InputStream in = MavenDocsTest.class.getResourceAsStream("/META-INF/maven/plugin.xml")) {
            assertThat(in).as("the generated plugin descriptor").isNotNull();
            d = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
        }
        Map<String, Map<String, String>> out = new HashMap<>();
        NodeList mojos = d.getElementsByTagName("mojo");
        for (int i = 0; i < mojos.getLength(); i++) {
            Element mojo = (Element) mojos.item(i);
            Map<String, String> params = new HashMap<>();
            Element config = (Element) mojo.getElementsByTagName("configuration").item(0);
            for (Node n = config.getFirstChild(); n != null; n = n.getNextSibling()) {
                // the user's parameters are set by a property archkit.*; the read-only ones (basedir) are not
                if (n instanceof Element e && e.getTextContent().startsWith("${archkit.")) {
                    params.put(e.getTagName(), e.getTextContent().replaceAll("^\\$\\{(.*)}$", "$1"));
                }
            }
            out.put(text(mojo, "goal"), params);
        }
        assertThat(out).containsOnlyKeys("check", "report");
        return out;
    }

    @Test
    void theXmlBlockUsesGoalsAndParametersThePluginHas() throws Exception {
        String doc = Files.readString(DOC);
        Matcher m = Pattern.compile("```xml\n(.*?)```", Pattern.DOTALL).matcher(doc);
        assertThat(m.find()).isTrue();
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(m.group(1).getBytes(StandardCharsets.UTF_8)));
        Element plugin = xml.getDocumentElement();
        assertThat(text(plugin, "artifactId")).isEqualTo("archkit-maven-plugin");
        Map<String, Map<String, String>> goals = goals();
        NodeList gs = plugin.getElementsByTagName("goal");
        Set<String> used = new HashSet<>();
        for (int i = 0; i < gs.getLength(); i++) used.add(gs.item(i).getTextContent());
        assertThat(goals.keySet()).containsAll(used).hasSize(used.size());
        Set<String> all = new HashSet<>();
        goals.values().forEach(p -> all.addAll(p.keySet()));
        Element config = (Element) plugin.getElementsByTagName("configuration").item(0);
        for (Node n = config.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) assertThat(all).as("parameter " + e.getTagName()).contains(e.getTagName());
        }
    }

    @Test
    void theTableListsEveryParameterWithItsProperty() throws Exception {
        String doc = Files.readString(DOC);
        for (Map<String, String> params : goals().values()) {
            for (var p : params.entrySet()) {
                assertThat(doc).contains("| `" + p.getKey() + "` | `" + p.getValue() + "` |");
            }
        }
    }

    private static String text(Element e, String tag) {
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c && c.getTagName().equals(tag)) return c.getTextContent();
        }
        return null;
    }
}
