package dev.archkit.cli;

import dev.archkit.live.drift.Drift;
import dev.archkit.live.drift.DriftReport;
import dev.archkit.live.drift.DriftRules;
import dev.archkit.live.drift.Inventory;
import dev.archkit.live.drift.LiveReader;
import dev.archkit.model.Architecture;
import dev.archkit.model.Environment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

@Command(name = "drift",
        description = {
            "Compare an architecture with what runs in AWS (read-only), or with a snapshot taken by 'archkit snapshot'.",
            "",
            "Reports what the model has that is not live (missing), what runs live in the architecture's clusters and VPCs that the model does "
                    + "not have (extra), and what differs attribute by attribute (changed: desired count against the autoscaling range, CPU, memory, "
                    + "image, ports, subnets, security groups and their rules, circuit breaker, autoscaling, listeners and routes, target groups, "
                    + "instance classes, Multi-AZ, IAM actions). Each is located at its .arch line.",
            "",
            "Live resources are matched to elements by the tag archkit:element (and archkit:environment), else by the name archkit terraform gives "
                    + "them (ARCH-NAME, or ARCH-ENV-NAME in an environment). Brownfield names are mapped in NAME.drift-map (KIND:NAME = LIVE-NAME-OR-ID); accepted drift is "
                    + "listed in NAME.driftignore, each entry with its reason (WHAT:KIND:NAME[:ATTRIBUTE] \"reason\").",
            "",
            "What could not be read (access denied, throttled beyond the retries, server errors, timeouts, a list that stopped part way) is "
                    + "reported as unknown, never as missing, extra or changed: the element, or the attribute, and everything beneath it. The report then "
                    + "says it is incomplete and lists the calls that failed. Elements drift does not read at all (caches, tables, queues, topics, "
                    + "buckets, functions, API gateways, alarms, Classic Load Balancers, services not on ECS) are listed as not checked, never as matching.",
            "",
            "With --kubeconfig FILE (and --context NAME, --env ENV): the EKS workloads instead. The Kubernetes objects 'archkit k8s' writes for "
                    + "the environment (Deployments, Services, Ingresses, HorizontalPodAutoscalers, NetworkPolicies, PodDisruptionBudgets, "
                    + "ServiceAccounts) are compared with the cluster of that context, field by field (image, replicas, requests and limits, probes, "
                    + "ports, autoscaling, policy rules...). Only the fields archkit sets are compared: what the cluster defaults (strategy, "
                    + "clusterIP, status...) is not drift. Objects labelled app.kubernetes.io/managed-by=archkit and part-of=ARCH that the model "
                    + "does not have are extra. The cluster is only listed (HTTP GET, page by page); a kind that is forbidden, times out or fails "
                    + "is unknown, never missing. Credentials stay in the kubeconfig: nothing prints them.",
            "",
            "Region: --region, else the architecture's, else the SDK's default chain (AWS_REGION, the profile's config). Credentials: the SDK's "
                    + "default chain (environment, --profile or AWS_PROFILE with keys, assume-role, SSO or web identity, container and instance roles). "
                    + "Which source was used is said on stderr, with the read's progress (a bar on a terminal, a line every ten seconds otherwise; "
                    + "none with --quiet).",
        },
        mixinStandardHelpOptions = true,
        footer = {"", "Examples:",
            "  archkit drift examples/open-market.arch --snapshot examples/drift/open-market.live.json",
            "  archkit drift platform.arch --region ap-northeast-2 --format sarif > drift.sarif",
            "  archkit drift --print-policy > archkit-drift-policy.json",
            "  archkit drift eks.arch --env prod --kubeconfig ~/.kube/config --context prod",
            "", "Exit codes: 0 no drift and complete; 1 drift, and everything was read; 2 invalid input or usage; 3 AWS (or the snapshot) could not be "
                    + "read, or the report is incomplete (something is unknown), with or without drift: incomplete wins, so a CI job never takes a "
                    + "partial read for a clean or a merely drifted one."})
final class DriftCommand extends ArchkitCommand {

    enum Format { text, json, markdown, sarif }

    @Parameters(paramLabel = "FILE", arity = "0..1", description = "the architecture")
    Path file;

    @picocli.CommandLine.Mixin
    ImportRootOption importRoot;

    @Option(names = "--snapshot", paramLabel = "FILE", description = "compare with a snapshot instead of reading AWS")
    Path snapshot;

    @Option(names = "--region", paramLabel = "REGION", description = "the region to read (default: the architecture's)")
    String region;

    @Option(names = "--profile", paramLabel = "NAME", description = "the AWS profile to read with")
    String profile;

    @Option(names = "--env", paramLabel = "NAME", description = "compare this environment only (default: each)")
    String env;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text (default), json, markdown or sarif")
    Format format = Format.text;

    @Option(names = "--ignore", paramLabel = "FILE", description = "accepted drift, with reasons (default: NAME.driftignore beside FILE)")
    Path ignoreFile;

    @Option(names = "--map", paramLabel = "FILE", description = "element to live name mapping (default: NAME.drift-map beside FILE)")
    Path mapFile;

    @Option(names = "--print-policy", description = "print the read-only IAM policy drift and snapshot need, and exit")
    boolean printPolicy;

    @Option(names = {"-q", "--quiet"}, description = "no progress and no credential notes on stderr")
    boolean quiet;

    @Option(names = "--kubeconfig", paramLabel = "FILE", description = "compare the EKS workloads with the Kubernetes cluster of this kubeconfig "
            + "(instead of AWS; with --env for an architecture with environments)")
    Path kubeconfig;

    @Option(names = "--context", paramLabel = "NAME", description = "the kubeconfig context to read (default: its current-context)")
    String context;

    @Override
    public ExitCode call() {
        var out = console.out();
        var err = console.err();
        if (printPolicy) {
            out.print(LiveReader.policy());
            return ExitCode.OK;
        }
        if (file == null) {
            err.println("archkit drift: name the architecture to compare (or --print-policy)");
            return ExitCode.INVALID;
        }
        Inputs.Loaded loaded = Inputs.load("drift", file, env, err, importRoot);
        if (loaded.architecture() == null) return loaded.exit();
        Architecture base = loaded.architecture();
        String stem = file.getFileName().toString().replaceFirst("\\.arch$", "");
        Path ignore = ignoreFile != null ? ignoreFile : file.resolveSibling(stem + ".driftignore");
        Path map = mapFile != null ? mapFile : file.resolveSibling(stem + ".drift-map");
        List<DriftRules.Ignore> ignores = List.of();
        List<DriftRules.Mapping> mappings = List.of();
        try {
            if (ignoreFile != null || Files.exists(ignore)) ignores = DriftRules.ignores(ignore);
            if (kubeconfig == null && (mapFile != null || Files.exists(map))) mappings = DriftRules.mappings(map);
        } catch (DriftRules.Invalid e) {
            err.println("archkit drift: " + e.getMessage());
            return ExitCode.INVALID;
        }
        if (kubeconfig != null) {
            if (snapshot != null || region != null || profile != null || mapFile != null) {
                err.println("archkit drift: --kubeconfig compares the workloads with a Kubernetes cluster; --snapshot, --region, --profile and --map "
                        + "are for AWS: run the two comparisons separately");
                return ExitCode.INVALID;
            }
            return ClusterDrift.run(new ClusterDrift.Request(file, base, env, kubeconfig, context, ignores, format, quiet), out, err);
        }
        if (context != null) {
            err.println("archkit drift: --context names a context of a kubeconfig; add --kubeconfig FILE");
            return ExitCode.INVALID;
        }
        Inventory inv;
        if (snapshot != null) {
            try {
                inv = Inventory.fromJson(snapshot.toString(), Files.readString(snapshot));
            } catch (java.nio.file.NoSuchFileException e) {
                err.println("archkit drift: no such snapshot: " + snapshot + " (take one with 'archkit snapshot --region R -o FILE')");
                return ExitCode.INVALID;
            } catch (IOException e) {
                err.println("archkit drift: cannot read " + snapshot + ": " + e.getMessage());
                return ExitCode.ENVIRONMENT;
            } catch (Inventory.Invalid e) {
                err.println("archkit drift: " + e.getMessage());
                return ExitCode.INVALID;
            }
            if (base.region() != null && !base.region().equals(inv.region())) {
                err.println("archkit drift: warning: the snapshot is of " + inv.region() + ", the architecture is in " + base.region());
            }
        } else {
            String reg = region != null ? region : base.region();
            java.util.Set<String> roles = new java.util.TreeSet<>();
            for (Architecture v : views(base)) {
                var names = dev.archkit.facts.Facts.of(v).names();
                for (var r : dev.archkit.model.view.Typed.roles(v)) roles.add(names.role(r.name()));
            }
            try {
                inv = new LiveReader(LiveReader.Options.of(reg, profile).withRegionSource(region != null ? "--region" : "the architecture")
                        .withRoles(roles).withProgress(ReadProgressLine.of(err, quiet)).withNotes(n -> { if (!quiet) err.println("archkit drift: " + n); })).read();
            } catch (LiveReader.CannotRead e) {
                err.println("archkit drift: " + e.getMessage() + "; or compare offline with --snapshot FILE");
                return ExitCode.ENVIRONMENT;
            }
        }
        List<Drift.Report> reports = new ArrayList<>();
        for (Architecture v : views(base)) reports.add(Drift.compare(v, inv, mappings, ignores));
        String source = file.toString() + (snapshot != null ? " and " + snapshot : "");
        out.print(switch (format) {
            case text -> DriftReport.text(reports, file.toString(), snapshot != null ? "the snapshot " + snapshot : "the account");
            case json -> DriftReport.json(reports);
            case markdown -> DriftReport.markdown(reports, source);
            case sarif -> DriftReport.sarif(reports, Main.version());
        });
        // incomplete wins: drift found in a partial read is not the whole story, and no drift in one is not "clean"
        if (reports.stream().anyMatch(Drift.Report::incomplete)) return ExitCode.ENVIRONMENT;
        return reports.stream().mapToLong(Drift.Report::drifts).sum() > 0 ? ExitCode.FINDINGS : ExitCode.OK;
    }

    /** The views compared: the architecture, or each environment (only --env when given). */
    private List<Architecture> views(Architecture base) {
        if (base.environments().isEmpty()) return List.of(base);
        List<Architecture> out = new ArrayList<>();
        for (Environment e : base.environments()) if (env == null || env.equals(e.name())) out.add(base.forEnvironment(e.name()));
        return out;
    }
}
