package dev.archkit.report;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The report as one HTML page: the page model through the precompiled JTE template
 * {@code report.jte} (every value HTML-escaped), with the stylesheet and the script inlined so
 * that the page makes no request of its own.
 */
public final class HtmlReport {
    private HtmlReport() { }

    private static final TemplateEngine TEMPLATES =
            TemplateEngine.createPrecompiled(null, ContentType.Html, HtmlReport.class.getClassLoader(), "dev.archkit.report.jte");

    /** The style and script of every page, and the script of a live page, read once from the module's resources. */
    public record Assets(String css, String js, String liveJs) {
        static final Assets INLINE = new Assets(resource("report.css"), resource("report.js"), resource("live.js"));
    }

    public static String write(ReportPage page) {
        StringOutput out = new StringOutput();
        TEMPLATES.render("report.jte", Map.of("page", page, "assets", Assets.INLINE), out);
        return out.toString();
    }

    private static String resource(String name) {
        try (InputStream in = HtmlReport.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing resource " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
