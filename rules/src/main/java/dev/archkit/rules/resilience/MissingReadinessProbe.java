package dev.archkit.rules.resilience;

import dev.archkit.facts.ServiceFacts;
import dev.archkit.model.view.Service;
import dev.archkit.model.view.Task;
import dev.archkit.rules.Rule;
import dev.archkit.rules.RuleContext;
import dev.archkit.rules.RuleInfo;
import dev.archkit.rules.Severity;

/** resilience/missing-readiness-probe */
@RuleInfo(
        id = "resilience/missing-readiness-probe",
        severity = Severity.WARNING,
        summary = "A service on EKS has no readiness probe",
        rationale = "Without a readiness probe Kubernetes sends traffic to a pod as soon as its container starts, before it can answer, and keeps sending to a pod that can no longer answer; a rolling update then takes old pods away while the new ones are not yet serving.",
        fix = "Add 'probe readiness /ready port PORT' (and a liveness probe on a cheaper path).",
        references = {"kube-score pod-probes", "Polaris readinessProbeMissing", "kube-linter no-readiness-probe", "EKS Best Practices: reliability, probes"},
        falsePositives = {
                "A worker that takes no connections (it only consumes a queue) needs no readiness probe; the rule reports every service on EKS alike."
        })
public final class MissingReadinessProbe implements Rule {

    @Override
    public void check(RuleContext ctx) {
        for (ServiceFacts f : ctx.facts().services()) {
            if (f.runtime() != Service.Runtime.EKS) continue;
            Service s = f.service();
            if (s.probes().stream().anyMatch(p -> p.type() == Task.ProbeType.READINESS)) continue;
            ctx.about(s.element(), s.location(), "service '" + s.name() + "' runs on EKS without a readiness probe: its pods take traffic before they can answer").report();
        }
    }
}
