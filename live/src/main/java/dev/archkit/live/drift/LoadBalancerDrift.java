package dev.archkit.live.drift;

import dev.archkit.facts.Names;
import dev.archkit.model.view.Kind;
import dev.archkit.model.view.LoadBalancer;
import dev.archkit.model.view.Typed;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
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
            if (live.listeners() == null) {
                c.unknown(lb, "listeners and routes", lb.location(), c.reasonAbout(live.name(), "elasticloadbalancingv2.DescribeListeners"));
            } else {
                TreeSet<String> model = new TreeSet<>(), got = new TreeSet<>();
                for (LoadBalancer.Listener l : lb.listeners()) model.add(l.protocol().id().toUpperCase(Locale.ROOT) + " " + l.port());
                for (Inventory.Listener l : live.listeners()) got.add(l.protocol() + " " + l.port());
                c.changed(lb, lb.location(), "listeners", model, got);
                routes(c, lb, live);
            }
            for (LoadBalancer.Route r : lb.routes()) targetGroup(c, lb, r);
        }
    }

    /** The routes' paths, and each path's target group; unknown when a listener's rules could not be read. */
    private static void routes(Comparison c, LoadBalancer lb, Inventory.LoadBalancer live) {
        if (lb.routes().isEmpty()) return;
        for (Inventory.Listener l : live.listeners()) {
            if (l.rules() == null) {
                c.unknown(lb, "routes", lb.location(), c.reasonAbout(live.name() + ":" + l.port(), "elasticloadbalancingv2.DescribeRules"));
                return;
            }
        }
        TreeSet<String> paths = new TreeSet<>(), livePaths = new TreeSet<>();
        Map<String, TreeSet<String>> liveTargets = new TreeMap<>();
        for (LoadBalancer.Route r : lb.routes()) paths.add(r.path());
        for (Inventory.Listener l : live.listeners()) {
            for (Inventory.ListenerRule r : l.rules()) {
                livePaths.addAll(r.paths());
                for (String p : r.paths()) liveTargets.computeIfAbsent(p, k -> new TreeSet<>()).addAll(r.targetGroups());
            }
        }
        c.changed(lb, lb.location(), "routes", paths, livePaths);
        boolean groupsKnown = !c.cannotRead("elasticloadbalancingv2.DescribeTargetGroups");
        for (LoadBalancer.Route r : lb.routes()) {
            TreeSet<String> got = liveTargets.get(r.path());
            if (got == null) continue;   // the path itself differs: reported above
            String want = c.names.targetGroup(lb.name(), r.target());
            if (!groupsKnown && got.stream().anyMatch(t -> t.startsWith("arn:"))) {
                c.unknown(lb, "route target for " + r.path(), r.at(), "a target group is not known: " + c.reasonFor("elasticloadbalancingv2.DescribeTargetGroups"));
            } else if (!got.equals(new TreeSet<>(List.of(want)))) {
                c.changed(lb, r.at(), "route target for " + r.path(), want, String.join(", ", got));
            }
        }
    }

    private static void targetGroup(Comparison c, LoadBalancer lb, LoadBalancer.Route r) {
        String tgName = c.names.targetGroup(lb.name(), r.target());
        Inventory.TargetGroup tg = null;
        for (Inventory.TargetGroup x : c.inv.targetGroups()) if (x.name().equals(tgName)) tg = x;
        if (tg == null) {
            if (c.cannotRead("elasticloadbalancingv2.DescribeTargetGroups")) {
                c.unknown(lb, "target group for " + r.target(), r.at(), c.reasonFor("elasticloadbalancingv2.DescribeTargetGroups"));
            }
            return;   // the route itself is compared above
        }
        c.matched.add(tg);
        if (r.port().isPresent()) c.changed(lb, r.at(), "target group port for " + r.target(), r.port().get(), tg.port());
        String path = r.health().orElse(lb.health().map(LoadBalancer.HealthCheck::path).orElse(null));
        if (path != null && tg.healthPath() != null) c.changed(lb, r.at(), "health check path for " + r.target(), path, tg.healthPath());
        if (lb.deregistration().isPresent() && tg.deregistrationDelay() == null) {
            c.unknown(lb, "deregistration delay (s) for " + r.target(), Comparison.at(lb.deregistrationAt(), lb),
                    c.reasonAbout(tg.name(), "elasticloadbalancingv2.DescribeTargetGroupAttributes"));
        } else if (lb.deregistration().isPresent()) {
            c.changed(lb, Comparison.at(lb.deregistrationAt(), lb), "deregistration delay (s) for " + r.target(), lb.deregistration().get().millis() / 1000,
                    tg.deregistrationDelay());
        }
    }
}
