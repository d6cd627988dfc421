package dev.archkit.review;

import dev.archkit.facts.ServiceFacts;
import dev.archkit.model.req.Argument;
import dev.archkit.model.req.Requirement;
import dev.archkit.model.view.Cluster;
import dev.archkit.model.view.NodeGroup;
import dev.archkit.model.view.Service;

import java.util.ArrayList;
import java.util.List;

/**
 * no-servers-to-manage, managed-orchestrator, orchestrator, no-kubernetes, min-services,
 * independent-scaling and independent-deployment: from each service's effective runtime, its
 * cluster and node groups, and its scaling.
 */
final class OperationsChecks implements Check {

    @Override
    public Outcome judge(Requirement r, Design d) {
        return switch (r.predicate()) {
            case NO_SERVERS_TO_MANAGE -> noServers(d);
            case MANAGED_ORCHESTRATOR -> each(d, OperationsChecks::managed);
            case ORCHESTRATOR -> each(d, s -> orchestrator(s, ((Argument.Choice) r.argument()).word()));
            case NO_KUBERNETES -> noKubernetes(d);
            case MIN_SERVICES -> minServices(d, Check.count(r));
            case INDEPENDENT_SCALING -> each(d, OperationsChecks::scaling);
            case INDEPENDENT_DEPLOYMENT -> each(d, OperationsChecks::deployment);
            default -> throw new IllegalArgumentException(r.predicate().id());
        };
    }

    private static Outcome each(Design d, java.util.function.Function<ServiceFacts, Outcome> check) {
        List<Outcome> out = new ArrayList<>();
        for (ServiceFacts s : d.services()) out.add(check.apply(s));
        return Outcome.every("services", out);
    }

    private static Outcome noServers(Design d) {
        List<Outcome> out = new ArrayList<>();
        for (ServiceFacts s : d.services()) {
            out.add(s.fargate()
                    ? Outcome.pass(s.name() + " runs on Fargate", Design.of(s.service().element(), "runtime fargate"))
                    : Outcome.fail(s.name() + " runs on instances the team patches and scales (" + s.runtime().id() + ")",
                            Design.of(s.service().element(), "runtime " + s.runtime().id())));
        }
        for (Cluster c : d.clusters()) {
            for (NodeGroup ng : c.nodeGroups()) {
                out.add(Outcome.fail("node group " + ng.element().name() + " is instances to manage",
                        Design.of(ng.element(), "instances " + String.join(", ", ng.instanceTypes()), ng.instanceTypesAt())));
            }
        }
        return Outcome.every("services and node groups", out);
    }

    private static Outcome managed(ServiceFacts s) {
        return s.runtime() == Service.Runtime.SWARM
                ? Outcome.fail(s.name() + " runs on Docker Swarm, a control plane the team runs itself", Design.of(s.service().element(), "runtime swarm"))
                : Outcome.pass(s.name() + " runs on " + s.runtime().id() + ", run by AWS", Design.of(s.service().element(), "runtime " + s.runtime().id()));
    }

    private static Outcome orchestrator(ServiceFacts s, String wanted) {
        boolean ok = switch (wanted) {
            case "ecs" -> s.ecs();
            case "eks" -> s.runtime() == Service.Runtime.EKS;
            default -> s.ecs() || s.runtime() == Service.Runtime.EKS;
        };
        String want = wanted.equals("any") ? "ECS or EKS" : wanted.toUpperCase(java.util.Locale.ROOT);
        return ok
                ? Outcome.pass(s.name() + " runs on " + want, Design.of(s.service().element(), "runtime " + s.runtime().id()))
                : Outcome.fail(s.name() + " runs on " + s.runtime().id() + ", not " + want, Design.of(s.service().element(), "runtime " + s.runtime().id()));
    }

    private static Outcome noKubernetes(Design d) {
        List<Outcome> out = new ArrayList<>();
        for (Cluster c : d.clusters()) {
            if (c.type() == Cluster.Type.EKS) {
                out.add(Outcome.fail("EKS cluster " + c.element().name() + " needs Kubernetes skills to run and upgrade",
                        Design.of(c.element(), "type eks")));
            }
        }
        for (ServiceFacts s : d.services()) {
            out.add(s.runtime() == Service.Runtime.EKS
                    ? Outcome.fail(s.name() + " is a Kubernetes workload", Design.of(s.service().element(), "runtime eks"))
                    : Outcome.pass(s.name() + " needs no Kubernetes", Design.of(s.service().element(), "runtime " + s.runtime().id())));
        }
        return Outcome.every("services and clusters", out);
    }

    private static Outcome minServices(Design d, long n) {
        List<ServiceFacts> services = d.services();
        if (services.isEmpty()) return Outcome.fail("no services, fewer than " + n);
        Evidence[] ev = services.stream().map(s -> Design.of(s.service().element(), "service")).toArray(Evidence[]::new);
        return services.size() >= n
                ? Outcome.pass(services.size() + " services, at least " + n, ev)
                : Outcome.fail(services.size() + " service(s), fewer than " + n + " (one per domain)", ev);
    }

    private static Outcome scaling(ServiceFacts s) {
        var e = s.service().element();
        switch (s.runtime()) {
            case BEANSTALK:
                return Outcome.fail(s.name() + " scales only with its Beanstalk environment's instances, with every container in it",
                        Design.of(e, "runtime beanstalk"));
            case SWARM:
                return Outcome.fail(s.name() + ": Docker Swarm has no service autoscaling", Design.of(e, "runtime swarm"));
            default:
                return s.scaling().autoscaled() && s.scaling().max() > s.scaling().min()
                        ? Outcome.pass(s.name() + " autoscales " + s.scaling().min() + "-" + s.scaling().max(), Design.of(e, "replicas " + s.scaling().min() + "-" + s.scaling().max(), s.service().replicas().at()))
                        : Outcome.fail(s.name() + " has no autoscaling range", Design.of(e, "replicas " + s.scaling().desired(), s.service().replicas().at()));
        }
    }

    private static Outcome deployment(ServiceFacts s) {
        var e = s.service().element();
        return s.runtime() == Service.Runtime.BEANSTALK
                ? Outcome.fail(s.name() + " ships as one application version with every container of its Beanstalk environment", Design.of(e, "runtime beanstalk"))
                : Outcome.pass(s.name() + " deploys on its own", Design.of(e, "runtime " + s.runtime().id()));
    }
}
