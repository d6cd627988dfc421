package dev.archkit.rules.report;

/** Writes a report in one format. */
public interface Reporter {
    String write(Report report);

    /** The reporter for a --format name: text, json, sarif, junit, github or markdown. */
    static Reporter forFormat(String format, boolean color) {
        return switch (format) {
            case "text" -> new TextReporter(color);
            case "json" -> new JsonReporter();
            case "sarif" -> new SarifReporter();
            case "junit" -> new JUnitReporter();
            case "github" -> new GithubReporter();
            case "markdown" -> new MarkdownReporter();
            default -> throw new IllegalArgumentException("unknown format " + format);
        };
    }
}
