package dev.archkit.gen.terraform;

import dev.archkit.facts.Facts;
import dev.archkit.model.view.Kind;
import dev.archkit.model.view.LoadBalancer;
import dev.archkit.model.view.Network;
import dev.archkit.model.view.Typed;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static dev.archkit.gen.terraform.Hcl.obj;
import static dev.archkit.gen.terraform.Hcl.raw;
import static dev.archkit.gen.terraform.Hcl.strings;
import static dev.archkit.gen.terraform.TfExpr.ids;
import static dev.archkit.gen.terraform.TfExpr.ref;
import static dev.archkit.gen.terraform.TfExpr.tags;

/**
 * alb.tf: the application and network load balancers, their target groups (with health checks),
 * listeners (forward, redirect or a fixed 404) and path routes as listener rules. Classic load
 * balancers are noted, not generated.
 */
final class LoadBalancerEmitter implements Emitter {
    private final Facts facts;
    private final TargetGroups targetGroups;
    private final Inputs inputs;
    private final BlueGreen blueGreen;

    LoadBalancerEmitter(Facts facts, TargetGroups targetGroups, Inputs inputs, BlueGreen blueGreen) {
        this.facts = facts;
        this.targetGroups = targetGroups;
        this.inputs = inputs;
        this.blueGreen = blueGreen;
    }

    @Override public TfFile file() { return TfFile.ALB; }

    @Override
    public void emit(Hcl.Doc d, Notes notes) {
        for (LoadBalancer lb : Typed.loadBalancers(facts.architecture())) {
            if (lb.type() == LoadBalancer.Type.CLASSIC) {
                notes.notGenerated("Classic Load Balancer '" + lb.name() + "' (migrate it to an ALB or NLB)");
                continue;
            }
            boolean alb = lb.type() == LoadBalancer.Type.APPLICATION;
            loadBalancer(d, notes, lb, alb);
            for (TargetGroups.TargetGroup tg : targetGroups.ofLoadBalancer(lb.name())) {
                targetGroup(d, lb, tg, alb, tg.label(), facts.names().targetGroup(lb.name(), tg.target()));
                // the green group a blue/green deployment shifts to, configured as the blue one
                if (blueGreen.ofBlue(tg).isPresent()) targetGroup(d, lb, tg, alb, tg.label() + "_green", facts.names().greenTargetGroup(lb.name(), tg.target()));
            }
            String rulesOn = listeners(d, notes, lb, alb);
            for (BlueGreen.Deployment bg : blueGreen.all()) {
                if (bg.loadBalancer().name().equals(lb.name())) testListener(d, notes, lb, bg);
            }
            routes(d, notes, lb, alb, rulesOn);
        }
    }

    private void loadBalancer(Hcl.Doc d, Notes notes, LoadBalancer lb, boolean alb) {
        d.open("resource", "aws_lb", Labels.label(lb.name()));
        d.attr("name", facts.names().loadBalancer(lb.name()));
        d.attr("internal", lb.scheme() == LoadBalancer.Scheme.INTERNAL);
        d.attr("load_balancer_type", lb.type().id());
        if (!lb.securityGroups().isEmpty()) d.attr("security_groups", ids("aws_security_group", lb.securityGroups().names()));
        d.attr("subnets", ids("aws_subnet", lb.subnets().names()));
        if (alb) lb.idleTimeout().ifPresent(it -> d.attr("idle_timeout", it.millis() / 1000));
        if (!alb && lb.crossZoneDeclared()) d.attr("enable_cross_zone_load_balancing", lb.crossZone());
        d.attr("enable_deletion_protection", lb.deletionProtection());
        // a header that is not valid HTTP is dropped rather than passed to the targets (request smuggling)
        if (alb) d.attr("drop_invalid_header_fields", true);
        if (lb.accessLogs()) {
            d.open("access_logs");
            d.attr("bucket", inputs.bucket().ref());
            d.attr("prefix", facts.names().loadBalancer(lb.name()));
            d.attr("enabled", true);
            d.close();
            notes.notGenerated("the bucket policy that lets Elastic Load Balancing write the access logs of '" + lb.name() + "' to var.access_logs_bucket");
        }
        d.attr("tags", tags(lb, facts.names().aws(lb.name())));
        d.close().blank();
    }

    private void targetGroup(Hcl.Doc d, LoadBalancer lb, TargetGroups.TargetGroup tg, boolean alb, String label, String name) {
        Network net = facts.network(lb.name()).orElse(null);
        LoadBalancer.HealthCheck hc = lb.health().orElse(null);
        d.open("resource", "aws_lb_target_group", label);
        d.attr("name", name);
        d.attr("port", tg.port());
        d.attr("protocol", alb ? "HTTP" : "TCP");
        d.attr("target_type", "ip");
        if (net != null) d.attr("vpc_id", ref("aws_vpc", net.name(), "id"));
        lb.deregistration().ifPresent(dr -> d.attr("deregistration_delay", Long.toString(dr.millis() / 1000)));
        String path = routeHealth(lb, tg.target());
        if (path == null && hc != null) path = hc.path();
        d.open("health_check");
        d.attr("enabled", true);
        if (alb) d.attr("path", path == null ? "/" : path);
        if (hc != null) {
            hc.interval().ifPresent(i -> d.attr("interval", i.millis() / 1000));
            hc.timeout().ifPresent(t -> d.attr("timeout", t.millis() / 1000));
            hc.healthy().ifPresent(h -> d.attr("healthy_threshold", h));
            hc.unhealthy().ifPresent(u -> d.attr("unhealthy_threshold", u));
            if (alb) hc.matcher().ifPresent(m -> d.attr("matcher", m));
        }
        d.close();
        d.attr("tags", obj().put("Name", name).put("archkit:element", lb.name()).put("archkit:target", tg.target()).build());
        d.close().blank();
    }

    /** The health check path of the first route to the target that names one, or null. */
    private static String routeHealth(LoadBalancer lb, String target) {
        for (LoadBalancer.Route r : lb.routes()) {
            if (r.target().equals(target) && r.health().isPresent()) return r.health().get();
        }
        return null;
    }

    /** Writes the listeners; returns the label of the one routes hang on (the HTTPS one, else the first that does not redirect), or null. */
    private String listeners(Hcl.Doc d, Notes notes, LoadBalancer lb, boolean alb) {
        String l = Labels.label(lb.name());
        String rulesOn = null;
        for (LoadBalancer.Listener li : lb.listeners()) {
            String proto = li.protocol().id().toUpperCase(Locale.ROOT);
            long port = li.port();
            String ll = l + "_" + port;
            d.open("resource", "aws_lb_listener", ll);
            d.attr("load_balancer_arn", raw("aws_lb." + l + ".arn"));
            d.attr("port", port);
            d.attr("protocol", proto);
            certificate(d, lb, li);
            d.open("default_action");
            defaultAction(d, notes, lb, li, port, alb);
            d.close();
            // CodeDeploy moves this listener's traffic between the blue and green groups
            if (forwardOf(lb, li).flatMap(blueGreen::ofBlue).isPresent()) ignoreChanges(d, "default_action");
            d.close().blank();
            boolean redirect = li.redirect().isPresent();
            if (!redirect && (rulesOn == null || proto.equals("HTTPS"))) rulesOn = ll;
        }
        return rulesOn;
    }

    private void certificate(Hcl.Doc d, LoadBalancer lb, LoadBalancer.Listener li) {
        if (li.certificate().isEmpty()) return;
        d.attr("certificate_arn", inputs.arn("certificate_arn_" + lb.name() + "_" + li.port(),
                "ARN of the ACM certificate of listener " + li.port() + " of load balancer " + lb.name() + " (the model writes "
                        + li.certificate().get() + ").", Inputs.ArnKind.CERTIFICATE, li.certificate().get()).ref());
        if (li.protocol() == LoadBalancer.ListenerProtocol.HTTPS) d.attr("ssl_policy", "ELBSecurityPolicy-TLS13-1-2-2021-06");
    }

    /** The test listener CodeDeploy sends test traffic through before shifting production traffic; on the blue group until then. */
    private void testListener(Hcl.Doc d, Notes notes, LoadBalancer lb, BlueGreen.Deployment bg) {
        if (!bg.hasTestListener()) {
            notes.notGenerated("the test listener of the blue/green deployment of '" + bg.service().service().name()
                    + "' (load balancer '" + lb.name() + "' already listens on its port)");
            return;
        }
        d.open("resource", "aws_lb_listener", bg.testListenerLabel());
        d.attr("load_balancer_arn", raw("aws_lb." + Labels.label(lb.name()) + ".arn"));
        d.attr("port", bg.testPort());
        d.attr("protocol", bg.prod().protocol().id().toUpperCase(Locale.ROOT));
        certificate(d, lb, bg.prod());
        d.open("default_action");
        d.attr("type", "forward");
        d.attr("target_group_arn", raw("aws_lb_target_group." + bg.blue().label() + ".arn"));
        d.close();
        ignoreChanges(d, "default_action");
        d.close().blank();
        notes.notGenerated("an ingress rule for test listener " + bg.testPort() + " of '" + lb.name()
                + "' (blue/green test traffic; open it to the testers' network by hand if they call it)");
    }

    private static void ignoreChanges(Hcl.Doc d, String attribute) {
        d.open("lifecycle");
        d.attr("ignore_changes", Hcl.refs(List.of(attribute)));
        d.close();
    }

    private void defaultAction(Hcl.Doc d, Notes notes, LoadBalancer lb, LoadBalancer.Listener li, long port, boolean alb) {
        Optional<TargetGroups.TargetGroup> forward = li.redirect().isPresent() ? Optional.empty() : forwardOf(lb, li);
        if (li.redirect().isPresent()) {
            d.attr("type", "redirect");
            d.open("redirect");
            d.attr("port", Long.toString(li.redirect().get()));
            d.attr("protocol", "HTTPS");
            d.attr("status_code", "HTTP_301");
            d.close();
        } else if (forward.isPresent()) {
            d.attr("type", "forward");
            d.attr("target_group_arn", raw("aws_lb_target_group." + forward.get().label() + ".arn"));
        } else if (alb) {
            d.attr("type", "fixed-response");
            d.open("fixed_response");
            d.attr("content_type", "text/plain");
            d.attr("message_body", "not found");
            d.attr("status_code", "404");
            d.close();
        } else {
            d.attr("type", "forward");
            d.attr("target_group_arn", raw("REPLACE_ME"));
            notes.notGenerated("a default target for listener " + port + " of '" + lb.name() + "' (write 'forward SERVICE')");
        }
    }

    /** The target group a listener forwards to by default: the one for the port its service listens on, if there is one. */
    private Optional<TargetGroups.TargetGroup> forwardOf(LoadBalancer lb, LoadBalancer.Listener li) {
        return li.forward().flatMap(target -> targetGroups.find(lb.name(), target, facts.listenPort(target)));
    }

    /** A listener rule per path route to a service, on the listener routes hang on; priorities from 100 in steps of 10 unless given. */
    private void routes(Hcl.Doc d, Notes notes, LoadBalancer lb, boolean alb, String rulesOn) {
        long priority = 100;
        for (LoadBalancer.Route r : lb.routes()) {
            if (!Kind.SERVICE.is(facts.architecture().element(r.target()))) {
                notes.notGenerated("the route " + r.path() + " of '" + lb.name() + "' to '" + r.target() + "' (only services are targets here)");
                continue;
            }
            if (rulesOn == null || !alb) {
                notes.notGenerated("the route " + r.path() + " of '" + lb.name() + "' (no listener to hang it on)");
                continue;
            }
            long port = r.port().orElse((long) facts.listenPort(r.target()));
            if (port <= 0) {
                // there is no target group to forward to: a rule would refer to one that is not written
                notes.notGenerated("the route " + r.path() + " of '" + lb.name() + "' to '" + r.target()
                        + "' (the service declares no port: write 'port N' on the service or the route)");
                continue;
            }
            long prio = r.priority().orElse(priority);
            priority = Math.max(priority, prio) + 10;
            d.open("resource", "aws_lb_listener_rule", Labels.label(lb.name() + "-" + prio));
            d.attr("listener_arn", raw("aws_lb_listener." + rulesOn + ".arn"));
            d.attr("priority", prio);
            d.open("action");
            d.attr("type", "forward");
            d.attr("target_group_arn", raw("aws_lb_target_group." + TargetGroups.label(lb.name(), r.target(), port) + ".arn"));
            d.close();
            condition(d, "path_pattern", r.path());
            r.host().ifPresent(h -> condition(d, "host_header", h));
            if (targetGroups.find(lb.name(), r.target(), port).flatMap(blueGreen::ofBlue).isPresent()) ignoreChanges(d, "action");
            d.attr("tags", obj().put("archkit:element", lb.name()).put("archkit:route", Labels.tagValue(r.path())).build());
            d.close().blank();
        }
    }

    private static void condition(Hcl.Doc d, String block, String value) {
        d.open("condition");
        d.open(block);
        d.attr("values", strings(List.of(value)));
        d.close();
        d.close();
    }
}
