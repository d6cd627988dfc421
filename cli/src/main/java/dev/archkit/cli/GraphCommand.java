package dev.archkit.cli;

import dev.archkit.gen.json.ModelJson;
import dev.archkit.lang.ModelBuilder;
import dev.archkit.model.Architecture;
import dev.archkit.facts.Facts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;

@Command(name = "graph",
        description = {
            "Print the resolved model and its graphs as JSON.",
            "",
            "Prints the resolved model as JSON: elements with their typed values (durations in ms, sizes in MiB, CPU in millicores), dependencies and environments; then the graph views: dependency edges (sync or async), security group flows, placement by zone.",
        },
        mixinStandardHelpOptions = true,
        footer = {"", "Examples:",
            "  archkit graph examples/open-market.arch --format json",
            "  archkit graph examples/eks-platform.arch --env prod | jq '.graph.placement'"})
final class GraphCommand extends ArchkitCommand {

    enum Format { json }

    @Parameters(paramLabel = "FILE", description = "the .arch file of the architecture")
    Path file;

    @picocli.CommandLine.Mixin
    ImportRootOption importRoot;

    @Option(names = "--format", paramLabel = "FORMAT", description = "json (the default and, for now, the only one)")
    Format format = Format.json;

    @Option(names = "--env", paramLabel = "NAME", description = "the effective model of one environment")
    String env;

    @Option(names = "--no-locations", description = "leave out file:line:col of elements and properties")
    boolean noLocations;

    @Override
    public ExitCode call() {
        var out = console.out();
        var err = console.err();
        try {
            Inputs.singleFile(file);
        } catch (Inputs.BadInput | java.io.IOException e) {
            err.println("archkit graph: " + e.getMessage());
            return ExitCode.INVALID;
        }
        ModelBuilder.Result r = ModelLoading.build(file, importRoot.forEntry(file));
        if (r.hasErrors() || r.architecture() == null) {
            console.printDiagnostics(r.diagnostics(), r.sources());
            boolean io = r.diagnostics().stream().anyMatch(d -> d.code().equals("io"));
            return io ? ExitCode.ENVIRONMENT : ExitCode.INVALID;
        }
        Architecture a = r.architecture();
        if (env != null) {
            if (a.environmentNamed(env) == null) {
                err.println("archkit graph: " + Inputs.unknownEnvironment(file, a, env));
                return ExitCode.INVALID;
            }
            a = a.forEnvironment(env);
        }
        out.print(new ModelJson(!noLocations).write(Facts.of(a)));
        return ExitCode.OK;
    }
}
