package dev.archkit.live.drift;

import dev.archkit.facts.Names;
import dev.archkit.model.view.Kind;
import dev.archkit.model.view.LoadBalancer;
import dev.archkit.model.view.Typed;

import java.util.Locale;
import java.util.TreeSet;

/** Application and Network Load Balancers: scheme, type, listeners, routes and each route's target group. */
final class LoadBalancerDrift {
    private LoadBalancerDrift() { }

    static void compare(Comparison c) {
        for (LoadBalancer lb : Typed.loadBalancers(c.a)) {
            if (lb.type() == LoadBalancer.Type.CLASSIC) continue;
            Inventory.LoadBalancer live = null;
            for (Inventory.LoadBalancer x : c.inv.loadBalancers()) if (c.is(Kind.LOADBALANCER, lb.name(), x.name(), x.arn(), null, Names.LOAD_BALANCER)) { live = x; break; }
            if (live == null) { c.missing(lb, "elasticloadbalancingv2.DescribeLoadBalancers"); continue; }
            c.matched.add(live);
            c.changed(lb, Comparison.at(lb.schemeAt(), lb), "scheme", lb.scheme().id(), live.scheme());
            c.changed(lb, Comparison.at(lb.typeAt(), lb), "type", lb.type().id(), live.type());
            TreeSet<String> model = new TreeSet<>(), got = new TreeSet<>();
            for (LoadBalancer.Listener l : lb.listeners()) model.add(l.protocol().id().toUpperCase(Locale.ROOT) + " " + l.port());
            for (Inventory.Listener l : live.listeners()) got.add(l.protocol() + " " + l.port());
            if (!live.listeners().isEmpty() || !c.cannotRead("elasticloadbalancingv2.DescribeListeners")) c.changed(lb, lb.location(), "listeners", model, got);
            TreeSet<String> paths = new TreeSet<>(), livePaths = new TreeSet<>();
            for (LoadBalancer.Route r : lb.routes()) paths.add(r.path());
            for (Inventory.Listener l : live.listeners()) for (Inventory.ListenerRule r : l.rules()) livePaths.addAll(r.paths());
            if (!paths.isEmpty() && !c.cannotRead("elasticloadbalancingv2.DescribeRules")) c.changed(lb, lb.location(), "routes", paths, livePaths);
            for (LoadBalancer.Route r : lb.routes()) targetGroup(c, lb, r);
        }
    }

    private static void targetGroup(Comparison c, LoadBalancer lb, LoadBalancer.Route r) {
        String tgName = c.names.targetGroup(lb.name(), r.target());
        Inventory.TargetGroup tg = null;
        for (Inventory.TargetGroup x : c.inv.targetGroups()) if (x.name().equals(tgName)) tg = x;
        if (tg == null) return;
        c.matched.add(tg);
        if (r.port().isPresent()) c.changed(lb, r.at(), "target group port for " + r.target(), r.port().get(), tg.port());
        String path = r.health().orElse(lb.health().map(LoadBalancer.HealthCheck::path).orElse(null));
        if (path != null && tg.healthPath() != null) c.changed(lb, r.at(), "health check path for " + r.target(), path, tg.healthPath());
        if (lb.deregistration().isPresent() && tg.deregistrationDelay() != null) {
            c.changed(lb, Comparison.at(lb.deregistrationAt(), lb), "deregistration delay (s) for " + r.target(), lb.deregistration().get().millis() / 1000,
                    tg.deregistrationDelay());
        }
    }
}
