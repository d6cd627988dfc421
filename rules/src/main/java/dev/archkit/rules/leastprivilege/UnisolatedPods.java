package dev.archkit.rules.leastprivilege;

import dev.archkit.facts.CallFact;
import dev.archkit.facts.ServiceFacts;
import dev.archkit.model.view.Cluster;
import dev.archkit.model.view.Service;
import dev.archkit.rules.Listing;
import dev.archkit.rules.Rule;
import dev.archkit.rules.RuleContext;
import dev.archkit.rules.RuleInfo;
import dev.archkit.rules.Severity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** least-privilege/unisolated-pods */
@RuleInfo(
        id = "least-privilege/unisolated-pods",
        severity = Severity.WARNING,
        securitySeverity = 5.3,
        summary = "Pods of an EKS cluster that enforces no NetworkPolicy reach services they do not call",
        rationale = "Kubernetes lets every pod connect to every other unless NetworkPolicies say otherwise, and on EKS they are enforced only by the VPC CNI's network policy agent (or Calico, Cilium). In a cluster declared 'network-policy none', 'archkit k8s' writes no policy, so a compromised pod reaches every service of the cluster, not just those its service calls: the declared dependencies no longer bound what an intruder can reach.",
        fix = "Enable enforcement (the VPC CNI's network policy agent: 'network-policy vpc-cni') so the default-deny and per-caller policies that 'archkit k8s' writes apply.",
        references = {"kube-score networkpolicy-targets-pod", "CKV_K8S_7 (default namespace policy)", "EKS Best Practices: network security, network policies", "WA SEC05-BP02"},
        falsePositives = {
                "Only services of the architecture are named; pods the model does not show (controllers, add-ons) reach the service too and are not counted.",
                "A cluster that does not write 'network-policy' is taken to enforce the policies archkit writes; the rule says nothing about it."
        })
public final class UnisolatedPods implements Rule {

    @Override
    public void check(RuleContext ctx) {
        Map<String, List<String>> byCluster = null;   // the EKS services of each cluster, by name; built once, when a cluster needs it
        for (ServiceFacts f : ctx.facts().services()) {
            if (f.podIsolation().orElse(true) || f.service().ports().isEmpty()) continue;   // isolated or unknown; a worker takes no connections
            if (byCluster == null) byCluster = eksServicesByCluster(ctx);
            String cluster = f.service().cluster().orElseThrow();
            Set<String> callers = new TreeSet<>();
            for (CallFact c : f.callers()) if (!c.async()) callers.add(c.from());
            List<String> members = byCluster.getOrDefault(cluster, List.of());
            int callersInCluster = 0;
            for (String c : callers) if (!c.equals(f.name()) && Collections.binarySearch(members, c) >= 0) callersInCluster++;
            int count = members.size() - 1 - callersInCluster;   // the service itself is a member
            if (count <= 0) continue;
            List<String> beyond = new ArrayList<>();
            for (String m : members) {
                if (beyond.size() == Listing.SHOWN) break;
                if (!m.equals(f.name()) && !callers.contains(m)) beyond.add(m);
            }
            Cluster c = new Cluster(ctx.arch().element(dev.archkit.model.view.Kind.CLUSTER.id(), cluster));
            ctx.about(f.service().element(), f.service().location(), "service '" + f.name() + "' runs on EKS cluster '" + cluster
                            + "', which enforces no NetworkPolicy: " + count + " service" + (count == 1 ? "" : "s")
                            + " that do" + (count == 1 ? "es" : "") + " not call it can reach it (" + String.join(", ", beyond)
                            + (count > beyond.size() ? " and " + dev.archkit.model.Digits.grouped(count - beyond.size()) + " more" : "") + ")")
                    .related(c.networkPolicyAt(), "no NetworkPolicy is enforced here").report();
        }
    }

    /** Each EKS cluster's services, sorted by name, so a finding names the first few without a pass over all services per service. */
    private static Map<String, List<String>> eksServicesByCluster(RuleContext ctx) {
        Map<String, List<String>> out = new HashMap<>();
        for (ServiceFacts o : ctx.facts().services()) {
            if (o.runtime() != Service.Runtime.EKS) continue;
            o.service().cluster().ifPresent(cl -> out.computeIfAbsent(cl, k -> new ArrayList<>()).add(o.name()));
        }
        out.values().forEach(l -> l.sort(null));
        return out;
    }
}
