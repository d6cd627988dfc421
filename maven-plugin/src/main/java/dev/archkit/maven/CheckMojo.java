package dev.archkit.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.util.List;

/**
 * {@code archkit:check}, bound to {@code verify}: checks the architectures (the language, then
 * the rules) and fails the build on input errors and on findings at or above {@code failOn}.
 * The findings go to the build log, errors as errors and warnings as warnings.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckMojo extends ArchkitMojo {

    /** The least severe finding that fails the build: error, warning, info or never. */
    @Parameter(property = "archkit.failOn", defaultValue = "error")
    String failOn;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("archkit: skipped");
            return;
        }
        Result r = archkit(List.of("check", "--fail-on", failOn));
        log(r.out());
        log(r.err());
        failOnInput(r);
        if (r.code() == FINDINGS) {
            throw new MojoFailureException("archkit: findings at or above '" + failOn + "' (listed above); fix them, or suppress one with its reason");
        }
    }
}
