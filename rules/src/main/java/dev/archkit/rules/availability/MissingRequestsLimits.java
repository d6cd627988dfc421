package dev.archkit.rules.availability;

import dev.archkit.facts.ServiceFacts;
import dev.archkit.model.view.Service;
import dev.archkit.model.view.Task;
import dev.archkit.rules.Rule;
import dev.archkit.rules.RuleContext;
import dev.archkit.rules.RuleInfo;
import dev.archkit.rules.Severity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** availability/missing-requests-limits */
@RuleInfo(
        id = "availability/missing-requests-limits",
        severity = Severity.WARNING,
        summary = "A service on EKS sets no CPU or memory requests, or no memory limit",
        rationale = "The scheduler places pods by their requests: a pod without them lands on a full node and is the first evicted under pressure (BestEffort), and a HorizontalPodAutoscaler has no base for a utilization target. A pod without a memory limit can take a node's memory from its neighbours.",
        fix = "Write 'requests cpu 250m memory 256Mi' and 'limits memory 512Mi' (a CPU limit is optional: it throttles rather than protects).",
        references = {"kube-score container-resources", "Polaris cpuRequestsMissing / memoryLimitsMissing", "kube-linter unset-cpu-requirements / unset-memory-requirements", "EKS Best Practices: reliability, resource requests and limits"},
        falsePositives = {
                "A namespace with a LimitRange gives pods default requests and limits that the model does not show; the rule reports the service although its pods get them."
        })
public final class MissingRequestsLimits implements Rule {

    @Override
    public void check(RuleContext ctx) {
        for (ServiceFacts f : ctx.facts().services()) {
            if (f.runtime() != Service.Runtime.EKS) continue;
            Service s = f.service();
            List<String> missing = new ArrayList<>();
            Optional<Task.Resources> req = s.requests(), lim = s.limits();
            if (req.flatMap(Task.Resources::cpu).isEmpty()) missing.add("a CPU request");
            if (req.flatMap(Task.Resources::memory).isEmpty()) missing.add("a memory request");
            if (lim.flatMap(Task.Resources::memory).isEmpty()) missing.add("a memory limit");
            if (missing.isEmpty()) continue;
            ctx.about(s.element(), s.location(), "service '" + s.name() + "' runs on EKS without " + join(missing)
                    + ": the scheduler cannot place its pods by what they need").report();
        }
    }

    private static String join(List<String> parts) {
        if (parts.size() == 1) return parts.get(0);
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " or " + parts.get(parts.size() - 1);
    }
}
