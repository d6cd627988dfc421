package dev.archkit.gen.k8s;

import dev.archkit.facts.CallFact;
import dev.archkit.facts.Facts;
import dev.archkit.model.Element;
import dev.archkit.model.view.Kind;
import dev.archkit.model.view.LoadBalancer;
import dev.archkit.model.view.Subnet;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.LabelSelectorBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRuleBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeerBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPortBuilder;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Who may open connections to a service's pods: a default-deny policy per namespace, then per
 * service exactly its declared synchronous callers on the declared ports (the call facts' ports):
 * pods of callers on EKS by label (and namespace when it differs), a load balancer by the CIDRs
 * of its subnets (the AWS Load Balancer Controller's ip targets are reached from there), a service
 * outside the cluster (ECS) by the CIDRs of its subnets, and the service's own pods on the ports
 * they call each other on ({@code peers port N}). Callers without any are left out, and said so.
 */
final class NetworkPolicies {
    static final String DEFAULT_DENY = "default-deny-ingress";
    static final String NAMESPACE_LABEL = "kubernetes.io/metadata.name";

    private NetworkPolicies() { }

    static NetworkPolicy defaultDeny(String namespace, String architecture) {
        return new NetworkPolicyBuilder()
                .withNewMetadata().withName(DEFAULT_DENY).withNamespace(namespace)
                .withLabels(Map.of("app.kubernetes.io/managed-by", "archkit", "app.kubernetes.io/part-of", architecture)).endMetadata()
                .withNewSpec().withPodSelector(new LabelSelectorBuilder().build()).withPolicyTypes("Ingress").endSpec()
                .build();
    }

    /** The allow policy of a service; empty when nothing calls it on a known port. */
    static Optional<NetworkPolicy> allow(Facts facts, Workload w, Map<String, Workload> workloads, List<String> notes) {
        List<NetworkPolicyIngressRule> rules = new ArrayList<>();
        List<CallFact> callers = new ArrayList<>(w.facts().callers());
        callers.sort(Comparator.comparing(CallFact::from));
        for (CallFact c : callers) {
            if (c.async()) continue;
            if (c.ports().isEmpty()) {
                notes.add(w.name() + ": the call from " + c.from() + " names no port; no NetworkPolicy rule admits it");
                continue;
            }
            List<NetworkPolicyPeer> peers = peers(facts, w, c.from(), workloads);
            if (peers.isEmpty()) {
                notes.add(w.name() + ": " + c.from() + " runs neither on EKS nor in known subnets; no NetworkPolicy rule admits its calls");
                continue;
            }
            List<NetworkPolicyPort> ports = new ArrayList<>();
            for (int p : c.ports()) ports.add(new NetworkPolicyPortBuilder().withProtocol("TCP").withPort(new IntOrString(p)).build());
            rules.add(new NetworkPolicyIngressRuleBuilder().withFrom(peers).withPorts(ports).build());
        }
        w.facts().service().peers().ifPresent(range -> {   // its own pods call each other ('peers port N')
            var port = new NetworkPolicyPortBuilder().withProtocol("TCP").withPort(new IntOrString(range.from()));
            if (range.to() > range.from()) port.withEndPort(range.to());
            rules.add(new NetworkPolicyIngressRuleBuilder()
                    .withFrom(new NetworkPolicyPeerBuilder().withNewPodSelector().withMatchLabels(w.selector()).endPodSelector().build())
                    .withPorts(port.build()).build());
        });
        if (rules.isEmpty()) return Optional.empty();
        return Optional.of(new NetworkPolicyBuilder()
                .withNewMetadata().withName(w.name()).withNamespace(w.namespace()).withLabels(w.labels()).endMetadata()
                .withNewSpec()
                .withNewPodSelector().withMatchLabels(w.selector()).endPodSelector()
                .withPolicyTypes("Ingress")
                .withIngress(rules)
                .endSpec()
                .build());
    }

    private static List<NetworkPolicyPeer> peers(Facts facts, Workload callee, String caller, Map<String, Workload> workloads) {
        Workload from = workloads.get(caller);
        if (from != null) {
            var peer = new NetworkPolicyPeerBuilder().withNewPodSelector().withMatchLabels(from.selector()).endPodSelector();
            if (!from.namespace().equals(callee.namespace())) {
                peer.withNewNamespaceSelector().withMatchLabels(Map.of(NAMESPACE_LABEL, from.namespace())).endNamespaceSelector();
            }
            return List.of(peer.build());
        }
        Element e = facts.architecture().element(caller);
        List<String> subnets = Kind.LOADBALANCER.is(e) ? new LoadBalancer(e).subnets().names()
                : Kind.SERVICE.is(e) ? new dev.archkit.model.view.Service(e).subnets().names() : List.of();
        List<NetworkPolicyPeer> out = new ArrayList<>();
        for (String sn : subnets) {
            Element se = facts.architecture().element(Kind.SUBNET.id(), sn);
            if (!Kind.SUBNET.is(se)) continue;
            new Subnet(se).cidr().ifPresent(cidr -> out.add(new NetworkPolicyPeerBuilder().withNewIpBlock().withCidr(cidr.text()).endIpBlock().build()));
        }
        return out;
    }
}
