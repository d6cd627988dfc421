package dev.archkit.rules.leastprivilege;

import dev.archkit.model.view.Service;
import dev.archkit.rules.Rule;
import dev.archkit.rules.RuleContext;
import dev.archkit.rules.RuleInfo;
import dev.archkit.rules.Severity;

/** least-privilege/host-network */
@RuleInfo(
        id = "least-privilege/host-network",
        severity = Severity.WARNING,
        securitySeverity = 6.1,
        summary = "A service's pods use the node's network namespace (hostNetwork)",
        rationale = "A pod on the host network listens on the node's addresses, sees every connection of the node, reaches the instance metadata service with the node's IAM role, and is not isolated by NetworkPolicies (which select pod addresses): the policies 'archkit k8s' writes do not apply to it.",
        fix = "Remove 'host-network'; expose the port through the Service (and the load balancer) instead.",
        references = {"CKV_K8S_19", "kube-linter host-network", "Polaris hostNetworkSet", "Pod Security Standards: baseline"},
        falsePositives = {
                "A node agent that must see the node's traffic is reported; suppress it with the reason."
        })
public final class HostNetwork implements Rule {

    @Override
    public void check(RuleContext ctx) {
        for (Service s : ctx.facts().serviceViews()) {
            if (!s.hostNetwork()) continue;
            ctx.about(s.element(), s.hostNetworkAt(), "service '" + s.name() + "' runs its pods on the node's network: no NetworkPolicy isolates them,"
                    + " and they reach the node's instance metadata").report();
        }
    }
}
