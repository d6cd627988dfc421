package dev.archkit.cli;

import dev.archkit.facts.Facts;
import dev.archkit.gen.k8s.Manifests;
import dev.archkit.live.drift.Drift;
import dev.archkit.live.drift.DriftReport;
import dev.archkit.live.drift.DriftRules;
import dev.archkit.live.k8s.ClusterInventory;
import dev.archkit.live.k8s.ClusterReader;
import dev.archkit.live.k8s.Kubeconfig;
import dev.archkit.live.k8s.WorkloadDrift;
import dev.archkit.model.Architecture;
import dev.archkit.model.Environment;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * {@code archkit drift FILE --kubeconfig K}: the Kubernetes objects {@code archkit k8s} writes
 * for one view, compared with one cluster. One environment at a time: a context is one cluster.
 */
final class ClusterDrift {
    private ClusterDrift() { }

    record Request(Path file, Architecture base, String env, Path kubeconfig, String context, List<DriftRules.Ignore> ignores,
                   DriftCommand.Format format, boolean quiet) { }

    static ExitCode run(Request q, PrintWriter out, PrintWriter err) {
        Architecture view;
        if (q.base().environments().isEmpty()) view = q.base();
        else if (q.env() == null) {
            err.println("archkit drift: " + q.file() + " has environments (" + String.join(", ", q.base().environments().stream().map(Environment::name).toList())
                    + "); a kubeconfig context is one cluster, so name the environment it runs: --env NAME");
            return ExitCode.INVALID;
        } else view = q.base().forEnvironment(q.env());
        Facts facts = Facts.of(view);
        Manifests.Result expected = Manifests.of(facts);
        if (!expected.errors().isEmpty()) {
            Inputs.print(err, expected.errors(), Map.of(), Inputs.color(err));
            err.println("archkit drift: " + expected.errors().size() + (expected.errors().size() == 1 ? " error" : " errors")
                    + " in the model's Kubernetes workloads (the same 'archkit k8s' reports); nothing was read");
            return ExitCode.INVALID;
        }
        if (WorkloadDrift.namespaces(expected.manifests()).isEmpty()) {
            err.println("archkit drift: " + q.file() + (q.env() == null ? "" : " (" + q.env() + ")") + " runs no service on EKS, so there is nothing to compare with a cluster;"
                    + " without --kubeconfig, drift compares the architecture with AWS");
            return ExitCode.INVALID;
        }
        Kubeconfig.Target target;
        try {
            target = Kubeconfig.load(q.kubeconfig(), q.context());
        } catch (Kubeconfig.Invalid e) {
            err.println("archkit drift: " + e.getMessage());
            return ExitCode.INVALID;
        } catch (Kubeconfig.Unreadable e) {
            err.println("archkit drift: " + e.getMessage());
            return ExitCode.ENVIRONMENT;
        }
        if (!q.quiet()) err.println("archkit drift: reading the cluster of " + target.describe() + " (kubeconfig " + q.kubeconfig() + "), list only");
        ClusterInventory inv = new ClusterReader(target, ClusterReader.Options.defaults()).read(WorkloadDrift.namespaces(expected.manifests()));
        List<Drift.Report> reports = List.of(WorkloadDrift.compare(facts, expected.manifests(), inv, q.ignores()));
        String against = "the cluster of " + target.describe();
        out.print(switch (q.format()) {
            case text -> DriftReport.text(reports, q.file().toString(), against, "the cluster");
            case json -> DriftReport.json(reports);
            case markdown -> DriftReport.markdown(reports, q.file() + " and " + against, "the cluster");
            case sarif -> DriftReport.sarif(reports, Main.version());
        });
        if (reports.get(0).incomplete()) return ExitCode.ENVIRONMENT;
        return reports.get(0).drifts() > 0 ? ExitCode.FINDINGS : ExitCode.OK;
    }
}
