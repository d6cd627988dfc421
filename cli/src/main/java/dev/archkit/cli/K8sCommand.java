package dev.archkit.cli;

import dev.archkit.gen.k8s.K8sGenerator;
import dev.archkit.model.Architecture;
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

@Command(name = "k8s",
        description = {
            "Write the Kubernetes manifests of an architecture's EKS services as a kustomize layout.",
            "",
            "DIR/base/ holds the objects of the architecture as written, one directory per service (Deployment, Service, "
                    + "HorizontalPodAutoscaler, PodDisruptionBudget, ServiceAccount for IAM roles for service accounts, NetworkPolicy, "
                    + "ExternalSecret), one per namespace (Namespace, default-deny NetworkPolicy, Ingress for the AWS Load Balancer Controller) "
                    + "and 'cluster' (the External Secrets ClusterSecretStores). DIR/overlays/ENV/ lists what each environment runs: "
                    + "'kustomize build DIR/overlays/ENV' gives exactly its objects.",
            "",
            "Secrets are never written: they are read from AWS Secrets Manager or SSM Parameter Store by the External Secrets Operator. "
                    + "NetworkPolicies admit exactly the declared callers on the declared ports. See docs/k8s.md.",
            "",
            "Files are written all or none, and every file carries a header; a file in DIR without it is never overwritten unless --force. "
                    + "Files a previous run wrote that this run does not are removed.",
        },
        mixinStandardHelpOptions = true,
        footer = {"", "Examples:",
            "  archkit k8s examples/eks-platform.arch --env prod -o k8s/",
            "  kustomize build k8s/overlays/prod | kubectl apply --dry-run=server -f -",
            "", "Exit codes: 0 written, 2 invalid input or usage, or files in DIR that archkit did not write, 3 files could not be written."})
final class K8sCommand extends ArchkitCommand {

    @Parameters(paramLabel = "FILE", description = "the architecture")
    Path file;

    @picocli.CommandLine.Mixin
    ImportRootOption importRoot;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", required = true, description = "the directory to write into")
    Path outDir;

    @Option(names = "--env", paramLabel = "NAME", description = "only this environment's overlay (default: one per environment)")
    String env;

    @Option(names = "--force", description = "overwrite files that archkit did not write")
    boolean force;

    @picocli.CommandLine.Mixin
    QuietOption quiet;

    @Override
    public ExitCode call() {
        var err = console.err();
        Inputs.Loaded loaded = Inputs.load("k8s", file, env, err, importRoot);
        if (loaded.architecture() == null) return loaded.exit();
        Architecture base = loaded.architecture();
        K8sGenerator.Result r = K8sGenerator.generate(base, env == null ? null : List.of(env), file.toString());
        if (!r.errors().isEmpty()) {
            Inputs.print(err, r.errors(), Map.of(), Inputs.color(err));
            err.println("archkit k8s: " + r.errors().size() + (r.errors().size() == 1 ? " error" : " errors") + "; nothing was written");
            return ExitCode.INVALID;
        }
        Map<String, byte[]> files = new LinkedHashMap<>();
        r.files().forEach((k, v) -> files.put(k, v.getBytes(StandardCharsets.UTF_8)));
        List<String> foreign = new ArrayList<>();
        List<Path> stale = new ArrayList<>();
        try {
            if (Files.isDirectory(outDir)) {
                try (Stream<Path> s = Files.walk(outDir)) {
                    for (Path p : s.filter(x -> Files.isRegularFile(x) && x.toString().endsWith(".yaml")).sorted().toList()) {
                        String rel = outDir.relativize(p).toString().replace('\\', '/');
                        boolean ours = generated(p);
                        boolean written = files.containsKey(rel);
                        if (written && !ours) foreign.add(p.toString());
                        if (!written && ours && keeps(rel)) stale.add(p);
                    }
                }
            }
        } catch (IOException e) {
            err.println("archkit k8s: cannot read " + outDir + ": " + e.getMessage());
            return ExitCode.ENVIRONMENT;
        }
        if (!foreign.isEmpty() && !force) {
            err.println("archkit k8s: " + String.join(", ", foreign) + (foreign.size() == 1 ? " was" : " were")
                    + " not written by archkit; nothing was written. Move them away, or pass --force to overwrite them.");
            return ExitCode.INVALID;
        }
        try {
            AtomicFiles.write(outDir, files);
            for (Path p : stale) Files.deleteIfExists(p);
        } catch (IOException e) {
            err.println("archkit k8s: cannot write to " + outDir + ": " + e.getMessage() + " (nothing was written)");
            return ExitCode.ENVIRONMENT;
        }
        // the result is the files; what was written and the notes on it are said on stderr
        if (!quiet.quiet) err.println("wrote " + files.size() + " files to " + outDir);
        if (!quiet.quiet) for (Path p : stale) err.println("removed " + p + " (no longer generated)");
        if (!r.notes().isEmpty()) {
            err.println("Notes:");
            for (String n : r.notes()) err.println("  " + n);
        }
        return ExitCode.OK;
    }

    /** Whether a stale file belongs to what this run writes: the base, and the overlay of the environment asked for (all without --env). */
    private boolean keeps(String rel) {
        return env == null || !rel.startsWith("overlays/") || rel.startsWith("overlays/" + env + "/");
    }

    static boolean generated(Path p) throws IOException {
        try (var in = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
            String first = in.readLine();
            return first != null && first.startsWith(K8sGenerator.MARKER);
        }
    }
}
