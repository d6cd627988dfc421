package dev.archkit.facts.graph;

import dev.archkit.model.Architecture;
import dev.archkit.model.Element;
import dev.archkit.model.Runtimes;
import dev.archkit.model.view.Cluster;
import dev.archkit.model.view.Kind;
import dev.archkit.model.view.NodeGroup;
import dev.archkit.model.view.Service;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which security groups sit on a service's tasks. A service that names groups has them (ECS tasks
 * in awsvpc mode, the only mode archkit writes; EKS pods with security groups for pods). A
 * service that names none shares its hosts' network when it runs on EKS (no security groups for
 * pods: the pods use the nodes' primary network interfaces), Swarm or Beanstalk: then its tasks
 * carry the groups of its cluster's node groups, when every node group of the cluster declares
 * the same ones. When they differ (or some declare none), which node a task lands on decides,
 * and the groups are not known: never a guess.
 *
 * @param source where the groups come from
 * @param groups the groups on the tasks (empty unless {@code SERVICE} or {@code NODES})
 * @param nodeGroups the node groups they come from ({@code NODES}), or whose groups differ ({@code UNKNOWN})
 * @param why for {@code UNKNOWN}, why the groups are not known
 * @param possible for {@code UNKNOWN}, every group one of the node groups carries: the tasks may carry any of them
 */
public record TaskGroups(Source source, List<String> groups, List<String> nodeGroups, String why, List<String> possible) {

    /** Where a service's tasks get their security groups. */
    public enum Source {
        /** The service's own {@code securitygroups}. */
        SERVICE,
        /** The groups of the node groups the tasks run on (they share the hosts' network). */
        NODES,
        /** The tasks share their hosts' network, but the node groups carry different groups (or some none). */
        UNKNOWN,
        /** No group is named: neither the service nor (for tasks on the hosts' network) its node groups. */
        NONE
    }

    public TaskGroups {
        groups = List.copyOf(groups);
        nodeGroups = List.copyOf(nodeGroups);
        possible = List.copyOf(possible);
    }

    TaskGroups(Source source, List<String> groups, List<String> nodeGroups, String why) {
        this(source, groups, nodeGroups, why, List.of());
    }

    static final TaskGroups NONE = new TaskGroups(Source.NONE, List.of(), List.of(), null);

    /** The groups on a service's tasks, derived from the model (see the class comment). */
    public static TaskGroups of(Architecture arch, Service s) {
        List<String> own = s.securityGroups().names();
        if (!own.isEmpty()) return new TaskGroups(Source.SERVICE, own, List.of(), null);
        Service.Runtime runtime = Runtimes.effective(arch, s);
        if (runtime != Service.Runtime.EKS && runtime != Service.Runtime.SWARM && runtime != Service.Runtime.BEANSTALK) return NONE;
        Element ce = s.cluster().map(c -> arch.element(Kind.CLUSTER.id(), c)).orElse(null);
        if (!Kind.CLUSTER.is(ce)) return NONE;
        List<NodeGroup> nodes = new Cluster(ce).nodeGroups();
        if (nodes.isEmpty()) return NONE;
        List<String> names = new ArrayList<>();
        List<String> first = null, all = new ArrayList<>();
        boolean same = true, anyDeclared = false;
        for (NodeGroup n : nodes) {
            names.add(n.name());
            List<String> gs = n.securityGroups().names();
            anyDeclared |= !gs.isEmpty();
            for (String g : gs) if (!all.contains(g)) all.add(g);
            if (first == null) first = gs;
            else if (!sameSet(first, gs)) same = false;
        }
        if (!anyDeclared) return NONE;
        if (same) return new TaskGroups(Source.NODES, first, names, null);
        return new TaskGroups(Source.UNKNOWN, List.of(), names, "the node groups of cluster '" + ce.name()
                + "' (" + String.join(", ", names) + ") carry different security groups, and which node a task lands on decides", all);
    }

    /** Whether the groups come from the nodes. */
    public boolean fromNodes() { return source == Source.NODES; }

    /** The reason the groups are not known, when they are not. */
    public Optional<String> unknown() { return Optional.ofNullable(why); }

    private static boolean sameSet(List<String> a, List<String> b) {
        return a.size() == b.size() && a.containsAll(b) && b.containsAll(a);
    }
}
