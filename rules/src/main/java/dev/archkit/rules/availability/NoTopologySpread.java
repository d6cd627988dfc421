package dev.archkit.rules.availability;

import dev.archkit.facts.ServiceFacts;
import dev.archkit.model.Element;
import dev.archkit.model.view.Cluster;
import dev.archkit.model.view.Kind;
import dev.archkit.model.view.NodeGroup;
import dev.archkit.model.view.Service;
import dev.archkit.model.view.Settings;
import dev.archkit.model.view.Subnet;
import dev.archkit.rules.Rule;
import dev.archkit.rules.RuleContext;
import dev.archkit.rules.RuleInfo;
import dev.archkit.rules.Severity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** availability/no-topology-spread */
@RuleInfo(
        id = "availability/no-topology-spread",
        severity = Severity.WARNING,
        summary = "The pods of a service on EKS cannot spread over zones: its cluster's nodes are all in one",
        rationale = "A topology spread constraint (which 'archkit k8s' writes over the architecture's zones) places pods in every zone that has nodes; when the node groups' subnets are all in one zone, every pod lands there and a zone outage stops the service, whatever its replica count.",
        fix = "Give the cluster's node groups subnets in at least two of the architecture's zones.",
        references = {"kube-score pod-topology-spread-constraints", "EKS Best Practices: reliability, spread pods across AZs", "WA REL10-BP01"},
        falsePositives = {
                "Nodes that Karpenter or Fargate profiles bring in other zones are not in the model; the rule sees only the declared node groups (or, without them, the cluster's subnets)."
        })
public final class NoTopologySpread implements Rule {

    @Override
    public void check(RuleContext ctx) {
        if (new Settings(ctx.arch()).zones().size() < 2) return;
        for (ServiceFacts f : ctx.facts().services()) {
            if (f.runtime() != Service.Runtime.EKS) continue;
            Service s = f.service();
            Cluster c = f.cluster().orElse(null);
            if (c == null) continue;
            Set<String> zones = nodeZones(ctx, c);
            if (zones.size() != 1) continue;   // none known, or spread
            ctx.about(s.element(), s.location(), "service '" + s.name() + "' runs on EKS cluster '" + c.name() + "' whose nodes are all in "
                    + zones.iterator().next() + ": its pods cannot spread over the architecture's zones")
                    .related(c.location(), "the cluster is declared here").report();
        }
    }

    /** The zones of the node groups' subnets, else of the cluster's subnets. */
    private static Set<String> nodeZones(RuleContext ctx, Cluster c) {
        List<String> subnets = new ArrayList<>();
        for (NodeGroup g : c.nodeGroups()) subnets.addAll(g.subnets().names());
        if (subnets.isEmpty()) subnets.addAll(c.subnets().names());
        Set<String> zones = new TreeSet<>();
        for (String name : subnets) {
            Element e = ctx.arch().element(Kind.SUBNET.id(), name);
            if (Kind.SUBNET.is(e) && new Subnet(e).zone() != null) zones.add(new Subnet(e).zone());
        }
        return zones;
    }
}
