package dev.archkit.facts;

import dev.archkit.facts.graph.ArchGraph;
import dev.archkit.model.Architecture;
import dev.archkit.model.Element;
import dev.archkit.model.view.Cluster;
import dev.archkit.model.view.Kind;
import dev.archkit.model.view.NodeGroup;
import dev.archkit.model.view.SecurityGroup.IpProtocol;

import java.util.ArrayList;
import java.util.List;

/**
 * The ports an orchestrator needs open on its nodes, which no declared dependency between
 * services stands for: the EKS control plane calls each node's kubelet (tcp 10250) and the nodes
 * resolve names through CoreDNS on one another (53); Docker Swarm hosts manage the cluster (tcp
 * 2377), find one another (tcp and udp 7946) and carry the overlay network (udp 4789). ECS on EC2
 * and Beanstalk hosts need nothing inbound for their agents (they call out).
 */
public final class NodePorts {
    private NodePorts() { }

    /** One port the orchestrator needs inbound on its nodes, and what for. */
    public record Port(IpProtocol protocol, int port, String purpose) {
        /** Whether a rule of this protocol (tcp, udp or all) over this range admits the port. */
        public boolean within(IpProtocol ruleProtocol, int from, int to) {
            return port >= from && port <= to && (ruleProtocol == IpProtocol.ALL || ruleProtocol == protocol);
        }
    }

    /** A port a node group of a group's members needs. */
    public record Need(String nodeGroup, Cluster.Type orchestrator, Port port) { }

    private static final List<Port> EKS = List.of(
            new Port(IpProtocol.TCP, 10250, "the kubelet API, called by the control plane"),
            new Port(IpProtocol.TCP, 53, "CoreDNS on the nodes"),
            new Port(IpProtocol.UDP, 53, "CoreDNS on the nodes"));
    private static final List<Port> SWARM = List.of(
            new Port(IpProtocol.TCP, 2377, "Swarm cluster management"),
            new Port(IpProtocol.TCP, 7946, "Swarm node discovery"),
            new Port(IpProtocol.UDP, 7946, "Swarm node discovery"),
            new Port(IpProtocol.UDP, 4789, "the Swarm overlay network (VXLAN)"));

    /** The ports an orchestrator needs inbound on its nodes (none for ECS and Beanstalk). */
    public static List<Port> of(Cluster.Type orchestrator) {
        return switch (orchestrator) {
            case EKS -> EKS;
            case SWARM -> SWARM;
            default -> List.of();
        };
    }

    /** The orchestrator ports the node groups among a security group's members need, in member order. */
    public static List<Need> of(Architecture arch, ArchGraph graph, String group) {
        List<Need> out = new ArrayList<>();
        for (String m : graph.membersOf(group)) {
            Element e = graph.elementOf(m);   // a member's vertex: 'nodegroup:NAME' when a node bears its name too
            if (!Kind.NODEGROUP.is(e)) continue;
            Element ce = arch.element(Kind.CLUSTER.id(), new NodeGroup(e).cluster());
            if (!Kind.CLUSTER.is(ce)) continue;
            Cluster.Type t = new Cluster(ce).type();
            for (Port p : of(t)) out.add(new Need(m, t, p));
        }
        return out;
    }
}
