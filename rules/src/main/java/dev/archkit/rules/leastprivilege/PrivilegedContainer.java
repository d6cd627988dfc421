package dev.archkit.rules.leastprivilege;

import dev.archkit.model.view.Service;
import dev.archkit.rules.Rule;
import dev.archkit.rules.RuleContext;
import dev.archkit.rules.RuleInfo;
import dev.archkit.rules.Severity;

/** least-privilege/privileged-container */
@RuleInfo(
        id = "least-privilege/privileged-container",
        severity = Severity.ERROR,
        securitySeverity = 8.8,
        summary = "A service's container runs privileged",
        rationale = "A privileged container has every capability and the node's devices: a compromise of the application is root on the node, and from there every pod on it, their service account tokens and the node's IAM role.",
        fix = "Remove 'privileged'; grant the one capability the container needs in the image or the manifest, or run the work (a node agent) as a DaemonSet outside the architecture's services.",
        references = {"CKV_K8S_16", "kube-linter privileged-container", "Polaris privilegeEscalationAllowed / runAsPrivileged", "Pod Security Standards: baseline", "AwsSolutions-ECS4"},
        falsePositives = {
                "A node agent (CNI, storage or monitoring driver) that needs the privilege is reported; suppress it with the reason."
        })
public final class PrivilegedContainer implements Rule {

    @Override
    public void check(RuleContext ctx) {
        for (Service s : ctx.facts().serviceViews()) {
            if (!s.privileged()) continue;
            ctx.about(s.element(), s.privilegedAt(), "service '" + s.name() + "' runs its container privileged: a compromise of it is root on the node").report();
        }
    }
}
