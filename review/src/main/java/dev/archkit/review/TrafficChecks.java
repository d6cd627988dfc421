package dev.archkit.review;

import dev.archkit.facts.CallFact;
import dev.archkit.facts.ServiceFacts;
import dev.archkit.model.Element;
import dev.archkit.model.req.Requirement;
import dev.archkit.model.view.ApiGateway;
import dev.archkit.model.view.Kind;
import dev.archkit.model.view.LoadBalancer;
import dev.archkit.model.view.Service;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** path-routing, api-gateway, service-discovery and messaging: from load balancers, gateways, Cloud Map and asynchronous edges. */
final class TrafficChecks implements Check {

    @Override
    public Outcome judge(Requirement r, Design d) {
        return switch (r.predicate()) {
            case PATH_ROUTING -> pathRouting(d);
            case API_GATEWAY -> apiGateway(d);
            case SERVICE_DISCOVERY -> discovery(d);
            case MESSAGING -> messaging(d);
            default -> throw new IllegalArgumentException(r.predicate().id());
        };
    }

    /** The services a load balancer sends to: listener defaults, path routes and its edges. */
    static Set<String> servicesBehind(Design d, LoadBalancer lb) {
        Set<String> out = new LinkedHashSet<>();
        for (LoadBalancer.Listener l : lb.listeners()) l.forward().ifPresent(out::add);
        for (LoadBalancer.Route rt : lb.routes()) out.add(rt.target());
        for (CallFact c : d.facts().callsFrom(lb.element().name())) out.add(c.to());
        out.removeIf(n -> d.facts().service(n) == null);
        return out;
    }

    private static Outcome pathRouting(Design d) {
        if (d.services().isEmpty()) return Outcome.notApplicable("no services in the design");
        List<Evidence> classic = new ArrayList<>();
        List<Evidence> routing = new ArrayList<>();
        for (LoadBalancer lb : d.loadBalancers()) {
            Set<String> behind = servicesBehind(d, lb);
            if (behind.isEmpty()) continue;
            if (lb.type() == LoadBalancer.Type.CLASSIC) {
                classic.add(Design.of(lb.element(), "type classic in front of " + String.join(", ", behind), lb.typeAt()));
            } else if (lb.type() == LoadBalancer.Type.APPLICATION && !lb.routes().isEmpty()) {
                routing.add(Design.of(lb.element(), "application load balancer, " + lb.routes().size() + " path route(s)"));
            }
        }
        for (Element e : d.ofKind(Kind.APIGATEWAY)) {
            ApiGateway g = new ApiGateway(e);
            if (!g.routes().isEmpty()) routing.add(Design.of(e, "API gateway, " + g.routes().size() + " route(s)"));
        }
        if (!classic.isEmpty()) {
            return new Outcome(Verdict.FAIL, "a Classic Load Balancer fronts containers: no path routing, no dynamic port mapping", classic);
        }
        if (routing.isEmpty()) {
            List<Evidence> lbs = d.loadBalancers().stream().map(lb -> Design.of(lb.element(), "type " + lb.type().id() + ", no path routes", lb.typeAt())).toList();
            return new Outcome(Verdict.FAIL, "no Application Load Balancer or API gateway routes request paths to the services", lbs);
        }
        return new Outcome(Verdict.PASS, "request paths are routed to the services", routing);
    }

    private static Outcome apiGateway(Design d) {
        List<Evidence> gateways = new ArrayList<>();
        for (Element e : d.ofKind(Kind.APIGATEWAY)) {
            ApiGateway g = new ApiGateway(e);
            if (!g.routes().isEmpty()) gateways.add(Design.of(e, g.routes().size() + " route(s)"));
        }
        return gateways.isEmpty()
                ? Outcome.fail("no API gateway with routes in front of the services")
                : new Outcome(Verdict.PASS, "an API gateway fronts the services", gateways);
    }

    private static Outcome discovery(Design d) {
        List<Outcome> out = new ArrayList<>();
        for (ServiceFacts s : d.services()) {
            var e = s.service().element();
            if (s.service().discovery().isPresent()) {
                out.add(Outcome.pass(s.name() + " registers in Cloud Map", Design.of(e, "discovery " + s.service().discovery().get(), s.service().discoveryAt())));
            } else if (s.runtime() == Service.Runtime.EKS || s.runtime() == Service.Runtime.SWARM) {
                out.add(Outcome.pass(s.name() + " is found through the orchestrator's DNS", Design.of(e, "runtime " + s.runtime().id())));
            } else {
                out.add(Outcome.fail(s.name() + " registers nowhere other services could find it", Design.of(e, "no discovery")));
            }
        }
        return Outcome.every("services", out);
    }

    private static Outcome messaging(Design d) {
        List<Evidence> async = new ArrayList<>();
        for (dev.archkit.model.Dependency dep : d.architecture().dependencies()) {
            if (!dep.async()) continue;
            Element from = d.architecture().element(dep.from()), to = d.architecture().element(dep.to());
            if (isBroker(to) || isBroker(from)) async.add(new Evidence(dep.from(), "~> " + dep.to(), dep.location()));
        }
        return async.isEmpty()
                ? Outcome.fail("no queue, topic or event bus carries messages between the services")
                : new Outcome(Verdict.PASS, "services exchange messages asynchronously", async);
    }

    private static boolean isBroker(Element e) {
        return Kind.QUEUE.is(e) || Kind.TOPIC.is(e) || Kind.EVENTBUS.is(e);
    }
}
