package dev.archkit.cli;

import dev.archkit.gen.terraform.TerraformGenerator;
import dev.archkit.model.Architecture;
import dev.archkit.model.Environment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

@Command(name = "terraform",
        description = {
            "Write the Terraform (AWS provider v5+) for an architecture.",
            "",
            "One file per concern: versions.tf, variables.tf, network.tf, security.tf, iam.tf, ecs.tf, alb.tf, autoscaling.tf, data.tf (databases, caches, lookups), eks.tf and outputs.tf. "
                    + "An architecture with environments gets one directory per environment (DIR/dev, DIR/prod, ...): each is a root module with its own state, "
                    + "because environments may differ in more than values (elements excluded or added, other classes and sizes).",
            "",
            "Security group rules are derived from the declared dependencies (least privilege); traffic from outside (CIDR sources) is kept as declared. "
                    + "Where the model's own rules are wider, the command says so. Secrets appear only as ARNs or name lookups, never as values. "
                    + "What archkit does not generate is listed at the top of versions.tf and on the standard error.",
            "",
            "Files are written all or none, and every file carries a header; a file in DIR without it is never overwritten unless --force. "
                    + "Files a previous run wrote that this run does not are removed.",
        },
        mixinStandardHelpOptions = true,
        footer = {"", "Examples:",
            "  archkit terraform examples/fintech.arch -o infra/",
            "  archkit terraform examples/eks-platform.arch --env prod -o infra/",
            "", "Exit codes: 0 written, 2 invalid input or usage, or files in DIR that archkit did not write, 3 files could not be written."})
final class TerraformCommand extends ArchkitCommand {

    @Parameters(paramLabel = "FILE", description = "the architecture")
    Path file;

    @picocli.CommandLine.Mixin
    ImportRootOption importRoot;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", required = true, description = "the directory to write into")
    Path outDir;

    @Option(names = "--env", paramLabel = "NAME", description = "only this environment (default: each, in its own directory)")
    String env;

    @Option(names = "--force", description = "overwrite files that archkit did not write")
    boolean force;

    @picocli.CommandLine.Mixin
    QuietOption quiet;

    @Override
    public ExitCode call() {
        var err = console.err();
        Inputs.Loaded loaded = Inputs.load("terraform", file, env, err, importRoot);
        if (loaded.architecture() == null) return loaded.exit();
        Architecture base = loaded.architecture();
        Map<String, TerraformGenerator.Result> results = new LinkedHashMap<>();
        if (base.environments().isEmpty()) {
            results.put("", TerraformGenerator.generate(base, file.toString()));
        } else {
            for (Environment e : base.environments()) {
                if (env != null && !env.equals(e.name())) continue;
                results.put(e.name() + "/", TerraformGenerator.generate(base.forEnvironment(e.name()), file.toString()));
            }
        }
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (Map.Entry<String, TerraformGenerator.Result> e : results.entrySet()) {
            for (Map.Entry<String, String> f : e.getValue().files().entrySet()) {
                files.put(e.getKey() + f.getKey(), f.getValue().getBytes(StandardCharsets.UTF_8));
            }
        }
        List<String> foreign = new ArrayList<>();
        List<Path> stale = new ArrayList<>();
        try {
            for (String dir : results.keySet()) {
                Path d = outDir.resolve(dir);
                if (!Files.isDirectory(d)) continue;
                try (Stream<Path> s = Files.list(d)) {
                    for (Path p : s.filter(x -> x.toString().endsWith(".tf")).sorted().toList()) {
                        boolean ours = generated(p);
                        boolean written = files.containsKey(dir + p.getFileName());
                        if (written && !ours) foreign.add(p.toString());
                        if (!written && ours) stale.add(p);
                    }
                }
            }
        } catch (IOException e) {
            err.println("archkit terraform: cannot read " + outDir + ": " + e.getMessage());
            return ExitCode.ENVIRONMENT;
        }
        if (!foreign.isEmpty() && !force) {
            err.println("archkit terraform: " + String.join(", ", foreign) + (foreign.size() == 1 ? " was" : " were")
                    + " not written by archkit; nothing was written. Move them away, or pass --force to overwrite them.");
            return ExitCode.INVALID;
        }
        try {
            AtomicFiles.write(outDir, files);
            for (Path p : stale) Files.deleteIfExists(p);
        } catch (IOException e) {
            err.println("archkit terraform: cannot write to " + outDir + ": " + e.getMessage() + " (nothing was written)");
            return ExitCode.ENVIRONMENT;
        }
        // the result is the files; what was written and what was left out are said on stderr
        if (!quiet.quiet) err.println("wrote " + files.size() + " files to " + outDir + (results.size() > 1 || !results.containsKey("") ? " (" + String.join(", ", results.keySet().stream().map(k -> k.replace("/", "")).toList()) + ")" : ""));
        if (!quiet.quiet) for (Path p : stale) err.println("removed " + p + " (no longer generated)");
        // the same remark in several environments is said once, naming them
        Map<String, List<String>> not = new LinkedHashMap<>(), narrowed = new LinkedHashMap<>();
        for (Map.Entry<String, TerraformGenerator.Result> e : results.entrySet()) {
            String name = e.getKey().replace("/", "");
            for (String n : e.getValue().notGenerated()) not.computeIfAbsent(n, k -> new ArrayList<>()).add(name);
            for (String n : e.getValue().narrowed()) narrowed.computeIfAbsent(n, k -> new ArrayList<>()).add(name);
        }
        if (!narrowed.isEmpty()) {
            err.println("Security groups differ from the model's rules (derived from the declared dependencies):");
            narrowed.forEach((n, envs) -> err.println("  " + n + envSuffix(envs, results.size())));
        }
        if (!not.isEmpty()) {
            err.println("Not generated:");
            not.forEach((n, envs) -> err.println("  " + n + envSuffix(envs, results.size())));
        }
        return ExitCode.OK;
    }

    static String envSuffix(List<String> envs, int total) {
        if (envs.size() == total || envs.stream().allMatch(String::isEmpty)) return "";
        return " (" + String.join(", ", envs) + ")";
    }

    static boolean generated(Path p) throws IOException {
        try (var in = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
            String first = in.readLine();
            return first != null && first.startsWith(TerraformGenerator.MARKER);
        }
    }
}
