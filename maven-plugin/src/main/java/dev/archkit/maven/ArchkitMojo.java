package dev.archkit.maven;

import dev.archkit.cli.Main;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * What the goals share: the paths to check, the environment assumed for architectures without
 * one, skipping, and running the archkit command in-process (the plugin only wires: every
 * decision is the command's, so the build and the command line agree).
 */
abstract class ArchkitMojo extends AbstractMojo {

    /** .arch files or directories (every .arch file under a directory); relative paths are read from the project's directory. */
    @Parameter(property = "archkit.paths", defaultValue = "src/main/arch")
    List<String> paths;

    /** Check architectures that declare no environments as this environment (as --assume-env); without it, as production. */
    @Parameter(property = "archkit.assumeEnv")
    String assumeEnv;

    /** Skip archkit. */
    @Parameter(property = "archkit.skip", defaultValue = "false")
    boolean skip;

    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    File basedir;

    /** The exit codes of the archkit command. */
    static final int OK = 0, FINDINGS = 1, INVALID = 2, ENVIRONMENT = 3;

    record Result(int code, String out, String err) { }

    /** Runs {@code archkit ARGS... -- PATHS...} with the paths made absolute against the project's directory. */
    Result archkit(List<String> args) throws MojoExecutionException {
        List<String> all = new ArrayList<>(args);
        if (assumeEnv != null && !assumeEnv.isBlank()) {
            all.add("--assume-env");
            all.add(assumeEnv);
        }
        all.add("--");
        for (String p : paths) {
            File f = new File(p);
            all.add((f.isAbsolute() ? f : new File(basedir, p)).getPath());
        }
        StringWriter out = new StringWriter(), err = new StringWriter();
        getLog().debug("archkit " + String.join(" ", all));
        int code;
        try {
            code = Main.run(all.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
        } catch (RuntimeException e) {
            throw new MojoExecutionException("archkit failed: " + e, e);
        }
        return new Result(code, out.toString(), err.toString());
    }

    /** Each line of archkit's output in the build log at its level. */
    void log(String text) {
        for (String line : text.split("\n")) {
            if (line.isEmpty()) continue;
            if (line.contains(": error: ")) getLog().error(line);
            else if (line.contains(": warning: ")) getLog().warn(line);
            else getLog().info(line);
        }
    }

    /** An exit code that is not 0 or 1 fails the build whatever the goal: the input was not (all) checked. */
    static void failOnInput(Result r) throws MojoFailureException, MojoExecutionException {
        if (r.code() == INVALID) throw new MojoFailureException("archkit: the input has errors (listed above); the rules did not run on it");
        if (r.code() == ENVIRONMENT) throw new MojoExecutionException("archkit: files could not be read (listed above)");
        if (r.code() != OK && r.code() != FINDINGS) throw new MojoExecutionException("archkit exited " + r.code());
    }
}
