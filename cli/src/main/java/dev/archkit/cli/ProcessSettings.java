package dev.archkit.cli;

/**
 * The JVM-wide settings archkit needs, set once where the process starts ({@link Main#main}),
 * not by the libraries that need them: AWT runs headless (PlantUML draws SVG and PNG without a
 * display), and PlantUML crops images at 4096 px unless PLANTUML_LIMIT_SIZE says otherwise, which
 * large architectures exceed. A value the user gave (-D on the java command line) is kept.
 */
final class ProcessSettings {
    private ProcessSettings() { }

    /** The largest image side PlantUML may draw, in pixels. */
    static final String PLANTUML_LIMIT_SIZE = "16384";

    static void apply() {
        setIfAbsent("java.awt.headless", "true");
        setIfAbsent("PLANTUML_LIMIT_SIZE", PLANTUML_LIMIT_SIZE);
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) System.setProperty(key, value);
    }
}
