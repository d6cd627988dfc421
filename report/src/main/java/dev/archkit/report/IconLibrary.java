package dev.archkit.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The AWS icons of a page's diagrams, each held once. PlantUML embeds an icon as a PNG data URI
 * in every node that shows it (open-market's Fargate icon 64 times); here each drawing's images
 * become {@code <use>} references to one definition per icon, which the page writes once. Ids
 * are given in the order icons are first met, so one input gives one page. One library per
 * page, filled on one thread.
 */
public final class IconLibrary {

    /** One icon: its id in the page, its size and its data URI. */
    public record Icon(String id, String width, String height, String href) { }

    private static final Pattern IMAGE = Pattern.compile(
            "<image width=\"([^\"]*)\" height=\"([^\"]*)\" x=\"([^\"]*)\" y=\"([^\"]*)\" xlink:href=\"(data:[^\"]*)\"/>");

    private final Map<String, Icon> icons = new LinkedHashMap<>();

    /** {@code svg} with each embedded image replaced by a reference to its icon. */
    String share(String svg) {
        return IMAGE.matcher(svg).replaceAll(m -> {
            String key = m.group(1) + 'x' + m.group(2) + ' ' + m.group(5);
            Icon icon = icons.computeIfAbsent(key, k -> new Icon("icon-" + (icons.size() + 1), m.group(1), m.group(2), m.group(5)));
            return Matcher.quoteReplacement("<use href=\"#" + icon.id() + "\" x=\"" + m.group(3) + "\" y=\"" + m.group(4) + "\"/>");
        });
    }

    /** The icons met so far, in the order they were first met. */
    List<Icon> icons() {
        return new ArrayList<>(icons.values());
    }
}
