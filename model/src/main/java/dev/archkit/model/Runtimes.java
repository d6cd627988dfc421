package dev.archkit.model;

import dev.archkit.model.view.Capacity;
import dev.archkit.model.view.Cluster;
import dev.archkit.model.view.Kind;
import dev.archkit.model.view.Service;

import java.util.List;

/**
 * Where a service runs: the one derivation every consumer uses (the language's checks in the
 * grammar module, and through the facts layer the rules, cost, diagrams, Terraform and drift).
 */
public final class Runtimes {
    private Runtimes() { }

    /**
     * The service's runtime: as written, else its cluster's orchestrator (eks, swarm,
     * beanstalk), else EC2 for an ECS cluster whose capacity is EC2 only, else Fargate.
     */
    public static Service.Runtime effective(Architecture a, Service service) {
        var written = service.runtime();
        if (written.isPresent()) return written.get();
        Element ce = service.cluster().map(c -> a.element(Kind.CLUSTER.id(), c)).orElse(null);
        if (!Kind.CLUSTER.is(ce)) return Service.Runtime.FARGATE;
        Cluster c = new Cluster(ce);
        switch (c.type()) {
            case EKS: return Service.Runtime.EKS;
            case SWARM: return Service.Runtime.SWARM;
            case BEANSTALK: return Service.Runtime.BEANSTALK;
            default: break;
        }
        List<Capacity> caps = c.capacity();
        boolean onlyEc2 = !caps.isEmpty() && caps.stream().allMatch(x -> x.provider() == Capacity.Provider.EC2);
        return onlyEc2 ? Service.Runtime.EC2 : Service.Runtime.FARGATE;
    }

    /** The runtime's word ({@link #effective}), for callers that still compare words. */
    public static String of(Architecture a, Element service) {
        return effective(a, new Service(service)).id();
    }
}
