package dev.archkit.report;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PlantUML's SVG made fit to sit inline in an HTML page beside other diagrams: the XML prolog
 * and processing instructions go, every id (and every reference to one) gets the panel's prefix
 * so that two diagrams never share an id, and each node's group gets the name of the model
 * element it draws ({@code data-element}) for the page's script to find.
 */
final class SvgInline {
    private SvgInline() { }

    private static final Pattern PROCESSING = Pattern.compile("<\\?[^>]*\\?>");
    private static final Pattern ID = Pattern.compile("\\bid=\"([^\"]*)\"");
    private static final Pattern URL_REF = Pattern.compile("url\\(#([^)]*)\\)");
    private static final Pattern HREF_REF = Pattern.compile("href=\"#([^\"]*)\"");
    private static final Pattern NODE = Pattern.compile("data-qualified-name=\"([^\"]*)\"");

    /** {@code svg} for the panel {@code prefix}; {@code elementOfNode} maps a node's id to its element's name. */
    static String prepare(String svg, String prefix, Map<String, String> elementOfNode) {
        String s = PROCESSING.matcher(svg).replaceAll("");
        s = ID.matcher(s).replaceAll(m -> Matcher.quoteReplacement("id=\"" + prefix + "-" + m.group(1) + "\""));
        s = URL_REF.matcher(s).replaceAll(m -> Matcher.quoteReplacement("url(#" + prefix + "-" + m.group(1) + ")"));
        s = HREF_REF.matcher(s).replaceAll(m -> Matcher.quoteReplacement("href=\"#" + prefix + "-" + m.group(1) + "\""));
        return NODE.matcher(s).replaceAll(m -> {
            // a node inside a group is qualified by the groups' ids: cluster.node
            String qualified = m.group(1);
            String element = elementOfNode.get(qualified.substring(qualified.lastIndexOf('.') + 1));
            String tag = m.group(0) + (element == null ? "" : " data-element=\"" + attribute(element) + "\"");
            return Matcher.quoteReplacement(tag);
        });
    }

    /** Text safe inside a double-quoted XML attribute. */
    static String attribute(String s) {
        return s.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
