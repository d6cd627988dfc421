package dev.archkit.gen.terraform;

import dev.archkit.facts.Facts;
import dev.archkit.facts.ServiceFacts;
import dev.archkit.model.view.LoadBalancer;
import dev.archkit.model.view.Task;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The blue/green (CodeDeploy) deployments of a view: per ECS service deployed blue-green behind a
 * load balancer, its blue target group (the one the load balancer emitter writes), the green one
 * beside it, the production listener CodeDeploy reroutes and the test listener it opens first.
 * Read by the load balancer emitter (green group, test listener, ignore_changes on what CodeDeploy
 * rewrites), the service emitter (one load balancer block, ignore_changes) and the CodeDeploy emitter.
 */
final class BlueGreen {

    /**
     * One blue/green deployment.
     *
     * @param prod the listener whose traffic reaches the blue group
     * @param testPort the port of the test listener, or -1 when the load balancer already listens on it (none written)
     */
    record Deployment(ServiceFacts service, Task.Deploy deploy, TargetGroups.TargetGroup blue, LoadBalancer loadBalancer,
                      LoadBalancer.Listener prod, long testPort) {
        String greenLabel() { return blue.label() + "_green"; }
        String prodListenerLabel() { return listenerLabel(loadBalancer, prod.port()); }
        String testListenerLabel() { return listenerLabel(loadBalancer, testPort); }
        boolean hasTestListener() { return testPort > 0; }
    }

    private final Map<String, Deployment> byService = new LinkedHashMap<>();
    private final List<String> without = new ArrayList<>();

    static BlueGreen of(Facts facts, TargetGroups targetGroups) {
        BlueGreen bg = new BlueGreen();
        for (ServiceFacts sf : facts.services()) {
            Task.Deploy dep = sf.service().deploy().orElse(null);
            if (!sf.ecs() || dep == null || dep.strategy() != Task.Strategy.BLUE_GREEN) continue;
            List<TargetGroups.TargetGroup> tgs = targetGroups.ofService(sf.service().name());
            if (tgs.isEmpty()) { bg.without.add(sf.service().name()); continue; }
            TargetGroups.TargetGroup blue = tgs.get(0);
            LoadBalancer lb = new LoadBalancer(facts.architecture().element(blue.loadBalancer()));
            Optional<LoadBalancer.Listener> prod = lb.listeners().stream()
                    .filter(l -> l.forward().filter(f -> f.equals(blue.target())).isPresent() && l.redirect().isEmpty()).findFirst()
                    .or(() -> routesListener(lb));
            if (prod.isEmpty()) { bg.without.add(sf.service().name()); continue; }
            long test = prod.get().port() == 443 ? 8443 : prod.get().port() + 8000;
            final long t = test;
            if (test > 65535 || lb.listeners().stream().anyMatch(l -> l.port() == t)) test = -1;
            bg.byService.put(sf.service().name(), new Deployment(sf, dep, blue, lb, prod.get(), test));
        }
        return bg;
    }

    /** The listener a load balancer's path routes hang on: an HTTPS one that does not redirect, else the first that does not. */
    static Optional<LoadBalancer.Listener> routesListener(LoadBalancer lb) {
        LoadBalancer.Listener on = null;
        for (LoadBalancer.Listener li : lb.listeners()) {
            if (li.redirect().isPresent()) continue;
            if (on == null || li.protocol() == LoadBalancer.ListenerProtocol.HTTPS) on = li;
        }
        return Optional.ofNullable(on);
    }

    static String listenerLabel(LoadBalancer lb, long port) { return Labels.label(lb.name()) + "_" + port; }

    Optional<Deployment> of(String service) { return Optional.ofNullable(byService.get(service)); }

    List<Deployment> all() { return List.copyOf(byService.values()); }

    /** The blue/green services with no load balancer listener to shift: CodeDeploy cannot deploy them. */
    List<String> withoutListener() { return List.copyOf(without); }

    /** The deployment whose blue group this is, if any. */
    Optional<Deployment> ofBlue(TargetGroups.TargetGroup tg) {
        return byService.values().stream().filter(d -> d.blue().label().equals(tg.label())).findFirst();
    }

    /** Whether CodeDeploy rewrites this listener's actions (it carries a blue group's traffic). */
    boolean reroutes(LoadBalancer lb, long port) {
        return byService.values().stream().anyMatch(d -> d.loadBalancer().name().equals(lb.name()) && d.prod().port() == port);
    }
}
