package dev.archkit.cli;

import dev.archkit.cost.PriceTable;
import dev.archkit.model.Parallelism;
import dev.archkit.rules.RuleEngine;
import dev.archkit.rules.catalog.Catalog;
import dev.archkit.serve.Serve;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

@Command(name = "serve",
        description = {
            "Show the report of architectures on a local page that follows the files as they are edited.",
            "",
            "The page is the one 'archkit report' writes (diagrams, findings, cost, environments), served on 127.0.0.1 only. "
                    + "When a file or a file it imports changes, the page is built again and every open browser tab reloads "
                    + "(in about a second; a model of 16 services and four diagrams takes 1 to 1.5 s). A file that does not build "
                    + "(a half-typed line, a deleted file) does not stop the server: the page lists its errors as file:line:col "
                    + "and keeps showing its last good version below them until it builds again.",
            "",
            "A directory means every .arch file under it when the server starts; a named file that does not exist yet "
                    + "is shown as missing until it is written. Ctrl-C stops the server.",
        },
        mixinStandardHelpOptions = true,
        footer = {"", "Examples:",
            "  archkit serve examples/open-market.arch                 (then open http://127.0.0.1:8181/)",
            "  archkit serve --port 0 examples/                        (a free port; the URL is printed)",
            "", "Exit codes: 2 invalid input (a path that is neither a file, a directory nor a new .arch file in an existing directory), "
                    + "3 the port is in use or the files cannot be watched. It runs until Ctrl-C."})
final class ServeCommand extends ArchkitCommand {

    /** The port when none is named. */
    static final int DEFAULT_PORT = 8181;

    @Parameters(paramLabel = "FILE|DIR", arity = "1..*", description = ".arch files or directories (a directory: every .arch file under it)")
    List<Path> paths;

    @Option(names = "--port", paramLabel = "N", defaultValue = "" + DEFAULT_PORT,
            description = "the port on 127.0.0.1 (default: ${DEFAULT-VALUE}); 0 takes a free one")
    int port;

    /** The project's rules off and severities (.archkit.yaml). */
    @Mixin
    ConfigOption config;

    @Mixin
    ImportRootOption importRoot;

    @Mixin
    PricesOption pricesOption;

    @Option(names = "--assume-env", paramLabel = "NAME", description = "find the findings of an architecture that declares no environments "
            + "as 'check --assume-env NAME' does (default: as production)")
    String assumeEnv;

    @Override
    public ExitCode call() {
        if (port < 0 || port > 65535) throw console.fail(ExitCode.INVALID, "--port " + port + " is not a port: name one from 1 to 65535, or 0 for a free one");
        List<Path> files = files();
        PriceTable read = pricesOption.read(console);
        RuleEngine engine = config.apply(pricesOption.apply(Catalog.engine(Parallelism.available()), console), console, "nothing was served");
        if (assumeEnv != null) engine = engine.assumingEnvironment(assumeEnv);
        var err = console.err();
        Serve serve;
        try {
            serve = Serve.start(new Serve.Settings(files, importRoot::forEntry, engine, read == null ? PriceTable.embedded() : read,
                    port, Duration.ofMillis(100), line -> { err.println(line); err.flush(); }));
        } catch (Serve.PortInUse e) {
            throw console.fail(ExitCode.ENVIRONMENT, e.getMessage());
        } catch (IOException e) {
            throw console.fail(ExitCode.ENVIRONMENT, "cannot watch the files: " + e.getMessage());
        }
        // Ctrl-C: stop watching and serving before the process ends
        Thread stop = new Thread(() -> {
            serve.close();
            err.println("archkit serve: stopped");
            err.flush();
        }, "archkit-serve-stop");
        Runtime.getRuntime().addShutdownHook(stop);
        console.out().println("archkit serve: " + serve.url() + " (Ctrl-C stops)");
        console.out().flush();
        try {
            serve.await();
        } catch (InterruptedException e) {
            // stopped from within the process (a test, the Maven plugin): stop now, and not again at exit
            Thread.currentThread().interrupt();
            serve.close();
            try {
                Runtime.getRuntime().removeShutdownHook(stop);
            } catch (IllegalStateException exiting) {
                // the process is ending: the hook runs anyway, and closing twice is harmless
            }
        }
        return ExitCode.OK;
    }

    /**
     * The files to serve: those named and those under named directories; a named .arch file that
     * does not exist yet, in a directory that does, is served as missing until it is written.
     */
    private List<Path> files() {
        Set<Path> out = new LinkedHashSet<>();
        for (Path p : paths) {
            if (p.toString().equals(Stdin.DASH)) {
                throw console.fail(ExitCode.INVALID, "serve follows files as they change and cannot follow standard input: name .arch files");
            }
            Path dir = p.toAbsolutePath().getParent();
            if (!Files.exists(p) && p.toString().endsWith(".arch") && dir != null && Files.isDirectory(dir)) {
                out.add(p.normalize());
                continue;
            }
            try {
                out.addAll(Inputs.expand(List.of(p)));
            } catch (Inputs.BadInput e) {
                throw console.fail(ExitCode.INVALID, e.getMessage());
            } catch (IOException e) {
                throw console.fail(ExitCode.ENVIRONMENT, "cannot read: " + e.getMessage());
            }
        }
        return new ArrayList<>(out);
    }
}
