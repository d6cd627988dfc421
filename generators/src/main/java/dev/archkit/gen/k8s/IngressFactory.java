package dev.archkit.gen.k8s;

import dev.archkit.facts.CallFact;
import dev.archkit.facts.Facts;
import dev.archkit.model.view.LoadBalancer;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPathBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.IngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.IngressRuleBuilder;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * An application load balancer in front of EKS services as Ingresses for the AWS Load Balancer
 * Controller: listeners, routes, the default health check, certificates, scheme, subnets and
 * security groups become {@code alb.ingress.kubernetes.io/*} annotations and rules, with ip
 * targets. An Ingress reaches only Services of its own namespace, so there is one per namespace
 * of the balancer's targets, joined into one ALB by a shared {@code group.name}.
 */
final class IngressFactory {
    static final String PREFIX = "alb.ingress.kubernetes.io/";

    private IngressFactory() { }

    /** A target on EKS reached through this balancer: path, host and the Service port. */
    record Target(String path, String host, Workload workload, int port) { }

    /** The Ingresses of one load balancer, one per namespace of its EKS targets, by namespace. */
    static Map<String, Ingress> of(Facts facts, LoadBalancer lb, Map<String, Workload> workloads, List<String> notes) {
        if (lb.type() != LoadBalancer.Type.APPLICATION) {
            notes.add(lb.name() + ": a " + lb.type().id() + " load balancer (no Ingress is written for it)");
            return Map.of();
        }
        Map<String, List<Target>> byNamespace = new TreeMap<>();
        for (Target t : targets(facts, lb, workloads)) byNamespace.computeIfAbsent(t.workload().namespace(), k -> new ArrayList<>()).add(t);
        Map<String, String> annotations = annotations(facts, lb, notes);
        Map<String, Ingress> out = new LinkedHashMap<>();
        byNamespace.forEach((ns, targets) -> out.put(ns, new IngressBuilder()
                .withNewMetadata().withName(lb.name()).withNamespace(ns)
                .withLabels(Map.of("app.kubernetes.io/managed-by", "archkit", "app.kubernetes.io/part-of", facts.architecture().name()))
                .withAnnotations(annotations).endMetadata()
                .withNewSpec().withIngressClassName("alb").withRules(rules(targets)).endSpec()
                .build()));
        return out;
    }

    private static List<Target> targets(Facts facts, LoadBalancer lb, Map<String, Workload> workloads) {
        List<Target> out = new ArrayList<>();
        for (LoadBalancer.Route r : lb.routes()) {
            Workload w = workloads.get(r.target());
            if (w == null) continue;
            int port = r.port().map(Long::intValue).orElse(port(facts, lb, w));
            out.add(new Target(r.path(), r.host().orElse(null), w, port));
        }
        for (LoadBalancer.Listener l : lb.listeners()) {
            if (l.forward().isEmpty()) continue;
            Workload w = workloads.get(l.forward().get());
            if (w == null || out.stream().anyMatch(t -> t.workload() == w && t.path().equals("/*"))) continue;
            out.add(new Target("/*", null, w, port(facts, lb, w)));
        }
        return out;
    }

    /** The port the balancer calls the service on (the call facts' first port), else the service's first port. */
    private static int port(Facts facts, LoadBalancer lb, Workload w) {
        for (CallFact c : facts.callsFrom(lb.name())) if (c.to().equals(w.name()) && c.port() > 0) return c.port();
        List<Integer> ports = w.service().ports();
        return ports.isEmpty() ? 80 : ports.get(0);
    }

    private static List<IngressRule> rules(List<Target> targets) {
        Map<String, List<HTTPIngressPath>> byHost = new LinkedHashMap<>();
        for (Target t : targets) {
            String path = t.path().endsWith("/*") ? t.path().substring(0, t.path().length() - 1) : t.path();
            boolean exact = !path.contains("*");
            HTTPIngressPath p = new HTTPIngressPathBuilder()
                    .withPath(exact && path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path)
                    .withPathType(exact ? "Prefix" : "ImplementationSpecific")
                    .withNewBackend().withNewService().withName(t.workload().name())
                    .withNewPort().withNumber(t.port()).endPort().endService().endBackend()
                    .build();
            byHost.computeIfAbsent(t.host() == null ? "" : t.host(), k -> new ArrayList<>()).add(p);
        }
        List<IngressRule> out = new ArrayList<>();
        byHost.forEach((host, paths) -> out.add(new IngressRuleBuilder().withHost(host.isEmpty() ? null : host)
                .withNewHttp().withPaths(paths).endHttp().build()));
        return out;
    }

    private static Map<String, String> annotations(Facts facts, LoadBalancer lb, List<String> notes) {
        Map<String, String> a = new TreeMap<>();
        String name = facts.names().loadBalancer(lb.name());
        a.put(PREFIX + "load-balancer-name", name);
        a.put(PREFIX + "group.name", name.toLowerCase(Locale.ROOT));
        a.put(PREFIX + "scheme", lb.scheme().id());
        a.put(PREFIX + "target-type", "ip");
        List<String> listen = new ArrayList<>(), certs = new ArrayList<>();
        for (LoadBalancer.Listener l : lb.listeners()) {
            if (l.protocol() != LoadBalancer.ListenerProtocol.HTTP && l.protocol() != LoadBalancer.ListenerProtocol.HTTPS) continue;
            listen.add("{\"" + l.protocol().id().toUpperCase(Locale.ROOT) + "\":" + l.port() + "}");
            l.redirect().ifPresent(port -> a.put(PREFIX + "ssl-redirect", Long.toString(port)));
            l.certificate().ifPresent(c -> {
                if (c.startsWith("arn:")) certs.add(c);
                else notes.add(lb.name() + ": certificate '" + c + "' is not an ARN (the controller finds one by the rules' hosts)");
            });
        }
        if (!listen.isEmpty()) a.put(PREFIX + "listen-ports", "[" + String.join(",", listen) + "]");
        if (!certs.isEmpty()) a.put(PREFIX + "certificate-arn", String.join(",", certs));
        if (!lb.subnets().isEmpty()) a.put(PREFIX + "subnets", String.join(",", lb.subnets().names().stream().map(facts.names()::aws).toList()));
        if (!lb.securityGroups().isEmpty()) {
            a.put(PREFIX + "security-groups", String.join(",", lb.securityGroups().names().stream().map(facts.names()::aws).toList()));
            a.put(PREFIX + "manage-backend-security-group-rules", "true");
        }
        lb.health().ifPresent(h -> {
            a.put(PREFIX + "healthcheck-path", h.path());
            h.interval().ifPresent(d -> a.put(PREFIX + "healthcheck-interval-seconds", Integer.toString(Quantities.seconds(d))));
            h.timeout().ifPresent(d -> a.put(PREFIX + "healthcheck-timeout-seconds", Integer.toString(Quantities.seconds(d))));
            h.healthy().ifPresent(n -> a.put(PREFIX + "healthy-threshold-count", Long.toString(n)));
            h.unhealthy().ifPresent(n -> a.put(PREFIX + "unhealthy-threshold-count", Long.toString(n)));
            h.matcher().ifPresent(m -> a.put(PREFIX + "success-codes", m));
        });
        List<String> attrs = new ArrayList<>();
        lb.idleTimeout().ifPresent(d -> attrs.add("idle_timeout.timeout_seconds=" + Quantities.seconds(d)));
        if (lb.deletionProtection()) attrs.add("deletion_protection.enabled=true");
        if (!attrs.isEmpty()) a.put(PREFIX + "load-balancer-attributes", String.join(",", attrs));
        lb.deregistration().ifPresent(d -> a.put(PREFIX + "target-group-attributes", "deregistration_delay.timeout_seconds=" + Quantities.seconds(d)));
        return a;
    }

    /**
     * The health check path of a target's Service: its route's own, else (when the balancer has no
     * default check) the pod's readiness probe path, so that the ALB and Kubernetes agree on when a
     * pod can take traffic; empty when the service is not the balancer's target or neither is written.
     */
    static Map<String, String> serviceAnnotations(LoadBalancer lb, Workload w) {
        boolean target = false;
        for (LoadBalancer.Route r : lb.routes()) {
            if (!r.target().equals(w.name())) continue;
            if (r.health().isPresent()) return Map.of(PREFIX + "healthcheck-path", r.health().get());
            target = true;
        }
        for (LoadBalancer.Listener l : lb.listeners()) target |= l.forward().filter(w.name()::equals).isPresent();
        if (!target || lb.health().isPresent()) return Map.of();
        for (var p : w.service().probes()) {
            if (p.type() == dev.archkit.model.view.Task.ProbeType.READINESS) return Map.of(PREFIX + "healthcheck-path", p.path());
        }
        return Map.of();
    }
}
