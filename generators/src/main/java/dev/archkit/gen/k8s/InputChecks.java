package dev.archkit.gen.k8s;

import dev.archkit.facts.Facts;
import dev.archkit.facts.ServiceFacts;
import dev.archkit.model.Location;
import dev.archkit.model.Property;
import dev.archkit.model.diag.Diagnostic;
import dev.archkit.model.schema.InstanceSizes;
import dev.archkit.model.view.Cluster;
import dev.archkit.model.view.NodeGroup;
import dev.archkit.model.view.Service;
import dev.archkit.model.view.Task;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What makes a service's Kubernetes objects wrong before they are written, as located errors
 * with hints: a service on EKS without an eks cluster, a probe on a port the container does not
 * expose, requests above limits, requests or limits above what the largest node of the cluster's
 * node groups can give a pod ({@link InstanceSizes.Size#allocatable()}; unknown instance types
 * leave the check out).
 */
final class InputChecks {
    static final String NO_EKS_CLUSTER = "k8s-no-eks-cluster", PROBE_PORT = "k8s-probe-port", REQUESTS_ABOVE_LIMITS = "k8s-requests-above-limits",
            ABOVE_ALLOCATABLE = "k8s-above-allocatable";

    private InputChecks() { }

    static List<Diagnostic> check(Facts facts) {
        List<Diagnostic> out = new ArrayList<>();
        for (ServiceFacts sf : facts.services()) {
            if (sf.runtime() != Service.Runtime.EKS) continue;
            Service s = sf.service();
            cluster(facts, s, out);
            probes(s, out);
            requests(s, out);
            facts.cluster(s).ifPresent(c -> allocatable(s, c, out));
        }
        return out;
    }

    private static void cluster(Facts facts, Service s, List<Diagnostic> out) {
        Optional<Cluster> c = facts.cluster(s);
        if (c.isPresent() && c.get().type() == Cluster.Type.EKS) return;
        Property runtime = s.element().property("runtime");
        Location at = runtime != null ? runtime.location() : s.element().location();
        String message = c.isPresent()
                ? "service '" + s.name() + "' runs on EKS but its cluster '" + c.get().name() + "' is of type " + c.get().type().id()
                : "service '" + s.name() + "' runs on EKS but names no cluster";
        Diagnostic d = Diagnostic.error(NO_EKS_CLUSTER, at, message)
                .withHint(c.isPresent() ? "write 'type eks' in cluster " + c.get().name() + ", or run the service on that cluster's runtime"
                        : "add 'cluster NAME' naming a cluster of type eks");
        if (c.isPresent()) d = d.withRelated(c.get().element().location(), "the cluster is declared here");
        out.add(d);
    }

    private static void probes(Service s, List<Diagnostic> out) {
        List<Integer> ports = s.ports();
        for (Task.Probe p : s.probes()) {
            if (p.port().isEmpty() || ports.contains(p.port().get().intValue())) continue;
            String exposed = ports.isEmpty() ? "the container exposes no port"
                    : "the container exposes " + ports.stream().map(String::valueOf).collect(Collectors.joining(", "));
            Diagnostic d = Diagnostic.error(PROBE_PORT, p.at(), "the " + p.type().id() + " probe of '" + s.name() + "' calls port "
                    + p.port().get() + ", which the container does not expose").withHint(exposed + "; probe one of those, or add the port");
            if (s.portAt().isKnown()) d = d.withRelated(s.portAt(), "the ports are declared here");
            out.add(d);
        }
    }

    private static void requests(Service s, List<Diagnostic> out) {
        if (s.requests().isEmpty() || s.limits().isEmpty()) return;
        Task.Resources req = s.requests().get(), lim = s.limits().get();
        if (req.cpu().isPresent() && lim.cpu().isPresent() && req.cpu().get().millicores() > lim.cpu().get().millicores()) {
            out.add(Diagnostic.error(REQUESTS_ABOVE_LIMITS, req.at(), "'" + s.name() + "' requests " + Quantities.cpu(req.cpu().get())
                    + " CPU, above its limit of " + Quantities.cpu(lim.cpu().get()) + " (Kubernetes rejects the pod)")
                    .withHint("request at most the limit, or raise the limit").withRelated(lim.at(), "the limit is set here"));
        }
        if (req.memory().isPresent() && lim.memory().isPresent() && req.memory().get().mib() > lim.memory().get().mib()) {
            out.add(Diagnostic.error(REQUESTS_ABOVE_LIMITS, req.at(), "'" + s.name() + "' requests " + Quantities.memory(req.memory().get())
                    + " of memory, above its limit of " + Quantities.memory(lim.memory().get()) + " (Kubernetes rejects the pod)")
                    .withHint("request at most the limit, or raise the limit").withRelated(lim.at(), "the limit is set here"));
        }
    }

    /** One instance type of a node group and what it leaves for pods. */
    private record NodeType(NodeGroup group, String type, InstanceSizes.Size size, InstanceSizes.Allocatable allocatable) { }

    /**
     * Requests or limits above what any node of the cluster's node groups can give a pod: the pod
     * never schedules (requests), or its limit is never reached before the node runs out (limits).
     * Compared with the largest node per resource; unknown when a group's instance type is.
     */
    private static void allocatable(Service s, Cluster c, List<Diagnostic> out) {
        NodeType cpu = null, memory = null;
        for (NodeGroup g : c.nodeGroups()) {
            for (String type : g.instanceTypes()) {
                Optional<InstanceSizes.Size> size = InstanceSizes.of(type);
                if (size.isEmpty()) return;   // unknown: no conclusion
                NodeType n = new NodeType(g, type, size.get(), size.get().allocatable());
                if (cpu == null || n.allocatable().millicores() > cpu.allocatable().millicores()) cpu = n;
                if (memory == null || n.allocatable().memoryMib() > memory.allocatable().memoryMib()) memory = n;
            }
        }
        if (cpu == null) return;   // no node groups: Fargate profiles or nodes the model does not show
        for (String what : List.of("requests", "limits")) {
            Optional<Task.Resources> r = what.equals("requests") ? s.requests() : s.limits();
            if (r.isEmpty()) continue;
            Task.Resources res = r.get();
            if (res.cpu().isPresent() && res.cpu().get().millicores() > cpu.allocatable().millicores()) {
                out.add(above(s, what, Quantities.cpu(res.cpu().get()) + " CPU", cpu, cpu.allocatable().millicores() + "m CPU",
                        cpu.size().vcpus() + " vCPUs less the kubelet's reserve", res));
            }
            if (res.memory().isPresent() && res.memory().get().mib() > memory.allocatable().memoryMib()) {
                out.add(above(s, what, Quantities.memory(res.memory().get()) + " of memory", memory, memory.allocatable().memoryMib() + "Mi of memory",
                        memory.size().memoryMib() + "Mi less " + (InstanceSizes.KUBE_RESERVED_MIB + InstanceSizes.EVICTION_MIB)
                                + "Mi the kubelet keeps (and 11Mi per pod)", res));
            }
        }
    }

    private static Diagnostic above(Service s, String what, String asked, NodeType n, String allocatable, String why, Task.Resources res) {
        String consequence = what.equals("requests") ? "no node can schedule the pod" : "the node runs out before the limit is reached";
        return Diagnostic.error(ABOVE_ALLOCATABLE, res.at(), "'" + s.name() + "' " + what + " " + asked + ", above the " + allocatable
                        + " a " + n.type() + " node of group '" + n.group().name() + "' gives pods at most (" + consequence + ")")
                .withHint("a " + n.type() + " has " + why + "; lower the " + what + ", or give the group a larger instance type")
                .withRelated(n.group().element().location(), "the node group is declared here");
    }
}
