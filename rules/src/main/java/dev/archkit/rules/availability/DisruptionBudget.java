package dev.archkit.rules.availability;

import dev.archkit.facts.ServiceFacts;
import dev.archkit.model.view.Service;
import dev.archkit.model.view.Task;
import dev.archkit.rules.Rule;
import dev.archkit.rules.RuleContext;
import dev.archkit.rules.RuleInfo;
import dev.archkit.rules.Severity;

/** availability/disruption-budget */
@RuleInfo(
        id = "availability/disruption-budget",
        severity = Severity.WARNING,
        summary = "The PodDisruptionBudget of an EKS service lets a node drain take down all of its pods",
        rationale = "'archkit k8s' writes a PodDisruptionBudget for every EKS service that never runs fewer than two pods (maxUnavailable 1, or the declared 'disruption max-unavailable'). A budget whose maxUnavailable is at least the service's minimum pod count protects nothing: a node group upgrade or a drain may evict every pod at once, and the service stops although it was sized to survive losing one.",
        fix = "Write 'disruption max-unavailable 1' (or any number below the minimum replicas), or raise the minimum.",
        references = {"kube-score poddisruptionbudget", "Polaris missingPodDisruptionBudget", "EKS Best Practices: reliability, pod disruption budgets"},
        falsePositives = {
                "The minimum is the written 'replicas min' (and scheduled minimums); an HPA that in practice keeps more pods running is not known, so a budget that would leave pods up at the usual load is reported."
        })
public final class DisruptionBudget implements Rule {

    @Override
    public void check(RuleContext ctx) {
        for (ServiceFacts f : ctx.facts().services()) {
            if (f.runtime() != Service.Runtime.EKS) continue;
            Task.Disruption d = f.service().disruption().orElse(null);
            long floor = f.scaling().floor();
            if (d == null || floor < 2 || d.maxUnavailable() < floor) continue;
            ctx.about(f.service().element(), d.at(), "service '" + f.name() + "' allows " + d.maxUnavailable() + " pods down at once (disruption max-unavailable "
                    + d.maxUnavailable() + ") but runs as few as " + floor + ": its PodDisruptionBudget lets a node drain evict every pod").report();
        }
    }
}
