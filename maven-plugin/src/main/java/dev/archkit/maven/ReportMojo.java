package dev.archkit.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;

/**
 * {@code archkit:report}: writes the findings, and the input's own errors, in each of
 * {@code formats} to {@code outputDirectory} (archkit.sarif, archkit-junit.xml, archkit.json,
 * archkit.md), or the one-page HTML report of {@code archkit report} (archkit.html: diagrams,
 * findings, cost and environments). Findings do not fail the build (that is {@code check}'s job); input errors do,
 * after the reports that list them are written.
 */
@Mojo(name = "report", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class ReportMojo extends ArchkitMojo {

    static final Map<String, String> FILES = Map.of("sarif", "archkit.sarif", "junit", "archkit-junit.xml",
            "json", "archkit.json", "markdown", "archkit.md", "html", "archkit.html");

    /** The formats to write: sarif, junit, json, markdown and/or html. */
    @Parameter(property = "archkit.formats", defaultValue = "sarif")
    List<String> formats;

    /** Where the reports are written. */
    @Parameter(property = "archkit.outputDirectory", defaultValue = "${project.build.directory}/archkit")
    File outputDirectory;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("archkit: skipped");
            return;
        }
        for (String f : formats) {
            if (!FILES.containsKey(f)) throw new MojoFailureException("archkit: unknown report format '" + f + "'; use sarif, junit, json, markdown or html");
        }
        Result last = null;
        for (String f : formats) {
            if (f.equals("html")) {
                html(outputDirectory.toPath().resolve(FILES.get(f)));
                continue;
            }
            Result r = archkit(List.of("check", "--format", f, "--fail-on", "never"));
            if (r.code() != OK && r.code() != INVALID) {
                log(r.err());
                failOnInput(r);
            }
            Path file = outputDirectory.toPath().resolve(FILES.get(f));
            write(file, r.out());
            getLog().info("archkit: wrote " + file);
            last = r;
        }
        if (last != null) {
            log(last.err());
            failOnInput(last);
        }
    }

    /** The HTML report, written by the command itself (atomically); input errors fail the build and write nothing. */
    private void html(Path file) throws MojoExecutionException, MojoFailureException {
        Result r = archkit(List.of("report", "-o", file.toString()));
        log(r.err());
        failOnInput(r);
        getLog().info("archkit: wrote " + file);
    }

    /** Atomically: a temporary file beside it, then a rename. */
    private static void write(Path file, String text) throws MojoExecutionException {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new MojoExecutionException("archkit: cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
