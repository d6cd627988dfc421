package dev.archkit.rules.availability;

import dev.archkit.facts.ServiceFacts;
import dev.archkit.model.view.Bucket;
import dev.archkit.model.view.Service;
import dev.archkit.model.view.Task;
import dev.archkit.model.view.Typed;
import dev.archkit.rules.Rule;
import dev.archkit.rules.RuleContext;
import dev.archkit.rules.RuleInfo;
import dev.archkit.rules.Severity;

import java.util.List;
import java.util.Optional;

/** availability/ephemeral-data */
@RuleInfo(
        id = "availability/ephemeral-data",
        severity = Severity.WARNING,
        summary = "An EKS service keeps data that must persist on emptyDir, on a host path, or on no volume",
        rationale = "An emptyDir volume is deleted with its pod, and a pod is replaced on every deployment, node drain, eviction or crash loop; a hostPath volume stays on one node while the pod may start on another. Data written there (a volume marked 'persistent', or the state of a data store the service runs: MinIO serving a bucket, a database or broker image) is lost at the next reschedule, without any error at the time.",
        fix = "Mount an EBS or EFS volume for the data ('volume efs path \"/data\" persistent'; archkit k8s notes the PersistentVolumeClaim to add), or move the data to the managed service (S3, RDS, ElastiCache).",
        references = {"Kubernetes docs: volumes, emptyDir", "EKS Best Practices: persistent storage with the EBS and EFS CSI drivers", "WA REL09-BP01"},
        falsePositives = {
                "A data store is recognised by its image's name (minio, postgres, redis...), an engine's port, or a bucket it serves: a cache or a scratch copy of a store that may lose its data is reported; suppress it with a reason.",
                "Storage the model does not show (a PersistentVolumeClaim added by a kustomize patch) is not seen: the service is reported although its data persists."
        })
public final class EphemeralData implements Rule {

    @Override
    public void check(RuleContext ctx) {
        for (ServiceFacts f : ctx.facts().services()) {
            if (f.runtime() != Service.Runtime.EKS) continue;
            Service s = f.service();
            List<Task.Volume> volumes = s.volumes();
            for (Task.Volume v : volumes) {
                if (!v.persistent() || v.durable()) continue;
                ctx.about(s.element(), v.at(), "service '" + s.name() + "' marks its " + v.type().id() + " volume" + path(v) + " persistent, but "
                        + lost(v.type())).report();
            }
            if (volumes.stream().anyMatch(v -> v.durable() || v.persistent())) continue;
            Optional<String> holds = state(ctx, f);
            if (holds.isEmpty()) continue;
            Task.Volume scratch = volumes.stream().filter(v -> v.type() == Task.VolumeType.EMPTYDIR || v.type() == Task.VolumeType.HOSTPATH)
                    .findFirst().orElse(null);
            if (scratch == null) {
                ctx.about(s.element(), s.location(), "service '" + s.name() + "' " + holds.get() + " but mounts no volume: its data lives in the"
                        + " container's writable layer and is lost with the pod").report();
            } else {
                ctx.about(s.element(), scratch.at(), "service '" + s.name() + "' " + holds.get() + " on " + scratch.type().id() + path(scratch) + ": "
                        + lost(scratch.type())).report();
            }
        }
    }

    /** What state the service holds, when the model says it holds any. */
    private static Optional<String> state(RuleContext ctx, ServiceFacts f) {
        for (Bucket b : Typed.buckets(ctx.arch())) {
            if (b.servedBy().filter(f.name()::equals).isPresent()) return Optional.of("serves bucket '" + b.name() + "'");
        }
        return f.selfManagedStore().map(store -> "runs " + store.engine() + " and keeps its data");
    }

    private static String path(Task.Volume v) {
        return v.path().map(p -> " at " + p).orElse("");
    }

    private static String lost(Task.VolumeType type) {
        return type == Task.VolumeType.HOSTPATH
                ? "a host path stays on one node: a pod started on another node finds none of the data"
                : "an emptyDir is deleted with its pod: every restart, deployment or node drain loses the data";
    }
}
