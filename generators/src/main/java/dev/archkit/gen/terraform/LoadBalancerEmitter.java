package dev.archkit.gen.terraform;

import dev.archkit.facts.Naming;
import dev.archkit.model.Element;
import dev.archkit.model.Property;
import dev.archkit.model.Value;

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
    private final TerraformInputs in;
    private final TargetGroups targetGroups;

    LoadBalancerEmitter(TerraformInputs in, TargetGroups targetGroups) {
        this.in = in;
        this.targetGroups = targetGroups;
    }

    @Override public TfFile file() { return TfFile.ALB; }

    @Override
    public void emit(Hcl.Doc d, Notes notes) {
        for (Element lb : in.architecture().elementsOfKind("loadbalancer")) {
            String type = lb.string("type") == null ? "application" : lb.string("type");
            if (type.equals("classic")) {
                notes.notGenerated("Classic Load Balancer '" + lb.name() + "' (migrate it to an ALB or NLB)");
                continue;
            }
            boolean alb = type.equals("application");
            loadBalancer(d, notes, lb, type, alb);
            for (TargetGroups.TargetGroup tg : targetGroups.ofLoadBalancer(lb.name())) targetGroup(d, lb, tg, alb);
            String rulesOn = listeners(d, notes, lb, alb);
            routes(d, notes, lb, alb, rulesOn);
        }
    }

    private void loadBalancer(Hcl.Doc d, Notes notes, Element lb, String type, boolean alb) {
        d.open("resource", "aws_lb", Labels.label(lb.name()));
        d.attr("name", Naming.limit(in.awsName(lb.name()), 32));
        d.attr("internal", "internal".equals(lb.string("scheme")));
        d.attr("load_balancer_type", type);
        if (!lb.refs("securitygroups").isEmpty()) d.attr("security_groups", ids("aws_security_group", lb.refs("securitygroups")));
        d.attr("subnets", ids("aws_subnet", lb.refs("subnets")));
        if (alb && lb.value("idle-timeout") instanceof Value.Duration it) d.attr("idle_timeout", it.millis() / 1000);
        if (!alb && lb.has("cross-zone")) d.attr("enable_cross_zone_load_balancing", lb.flag("cross-zone"));
        d.attr("enable_deletion_protection", lb.flag("deletion-protection"));
        if (lb.flag("access-logs")) notes.notGenerated("access logs of '" + lb.name() + "' (an S3 bucket with its policy)");
        d.attr("tags", tags(lb, in.awsName(lb.name())));
        d.close().blank();
    }

    private void targetGroup(Hcl.Doc d, Element lb, TargetGroups.TargetGroup tg, boolean alb) {
        Element net = in.networkOf(lb);
        Property hc = lb.property("health");
        String name = Naming.limit(in.awsName(lb.name() + "-" + tg.target()), 32);
        d.open("resource", "aws_lb_target_group", tg.label());
        d.attr("name", name);
        d.attr("port", tg.port());
        d.attr("protocol", alb ? "HTTP" : "TCP");
        d.attr("target_type", "ip");
        if (net != null) d.attr("vpc_id", ref("aws_vpc", net.name(), "id"));
        if (lb.value("deregistration") instanceof Value.Duration dr) d.attr("deregistration_delay", Long.toString(dr.millis() / 1000));
        String path = routeHealth(lb, tg.target());
        if (path == null && hc != null) path = hc.field("path").text();
        d.open("health_check");
        d.attr("enabled", true);
        if (alb) d.attr("path", path == null ? "/" : path);
        if (hc != null && hc.field("interval") instanceof Value.Duration i) d.attr("interval", i.millis() / 1000);
        if (hc != null && hc.field("timeout") instanceof Value.Duration t) d.attr("timeout", t.millis() / 1000);
        if (hc != null && hc.field("healthy") instanceof Value.IntValue h) d.attr("healthy_threshold", h.value());
        if (hc != null && hc.field("unhealthy") instanceof Value.IntValue u) d.attr("unhealthy_threshold", u.value());
        if (alb && hc != null && hc.field("matcher") != null) d.attr("matcher", hc.field("matcher").text());
        d.close();
        d.attr("tags", obj().put("Name", name).put("archkit:element", lb.name()).put("archkit:target", tg.target()).build());
        d.close().blank();
    }

    /** The health check path of the first route to the target that names one, or null. */
    private static String routeHealth(Element lb, String target) {
        for (Property r : lb.all("route")) {
            if (r.field("target").text().equals(target) && r.field("health") != null) return r.field("health").text();
        }
        return null;
    }

    /** Writes the listeners; returns the label of the one routes hang on (the HTTPS one, else the first that does not redirect), or null. */
    private String listeners(Hcl.Doc d, Notes notes, Element lb, boolean alb) {
        String l = Labels.label(lb.name());
        String rulesOn = null;
        for (Property li : lb.all("listener")) {
            String proto = li.field("protocol").text().toUpperCase(Locale.ROOT);
            long port = ((Value.IntValue) li.field("port")).value();
            String ll = l + "-" + port;
            d.open("resource", "aws_lb_listener", ll);
            d.attr("load_balancer_arn", raw("aws_lb." + l + ".arn"));
            d.attr("port", port);
            d.attr("protocol", proto);
            if (li.field("certificate") != null) {
                d.attr("certificate_arn", li.field("certificate").text());
                if (proto.equals("HTTPS")) d.attr("ssl_policy", "ELBSecurityPolicy-TLS13-1-2-2021-06");
            }
            d.open("default_action");
            defaultAction(d, notes, lb, li, port, alb);
            d.close();
            d.close().blank();
            boolean redirect = li.field("redirect") != null;
            if (!redirect && (rulesOn == null || proto.equals("HTTPS"))) rulesOn = ll;
        }
        return rulesOn;
    }

    private void defaultAction(Hcl.Doc d, Notes notes, Element lb, Property li, long port, boolean alb) {
        Optional<TargetGroups.TargetGroup> forward = li.field("redirect") instanceof Value.IntValue ? Optional.empty() : forwardOf(lb, li);
        if (li.field("redirect") instanceof Value.IntValue rp) {
            d.attr("type", "redirect");
            d.open("redirect");
            d.attr("port", Long.toString(rp.value()));
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

    /** The target group a listener forwards to by default: the one for its service's first port, if there is one. */
    private Optional<TargetGroups.TargetGroup> forwardOf(Element lb, Property li) {
        if (li.field("forward") == null) return Optional.empty();
        String target = li.field("forward").text();
        return targetGroups.find(lb.name(), target, TerraformInputs.firstPort(in.architecture().element(target)));
    }

    /** A listener rule per path route to a service, on the listener routes hang on; priorities from 100 in steps of 10 unless given. */
    private void routes(Hcl.Doc d, Notes notes, Element lb, boolean alb, String rulesOn) {
        long priority = 100;
        for (Property r : lb.all("route")) {
            Element te = in.architecture().element(r.field("target").text());
            if (te == null || !te.kind().equals("service")) {
                notes.notGenerated("the route " + r.field("path").text() + " of '" + lb.name() + "' to '" + r.field("target").text() + "' (only services are targets here)");
                continue;
            }
            if (rulesOn == null || !alb) {
                notes.notGenerated("the route " + r.field("path").text() + " of '" + lb.name() + "' (no listener to hang it on)");
                continue;
            }
            long port = r.field("port") instanceof Value.IntValue p ? p.value() : TerraformInputs.firstPort(te);
            if (port <= 0) {
                // there is no target group to forward to: a rule would refer to one that is not written
                notes.notGenerated("the route " + r.field("path").text() + " of '" + lb.name() + "' to '" + te.name()
                        + "' (the service declares no port: write 'port N' on the service or the route)");
                continue;
            }
            long prio = r.field("priority") instanceof Value.IntValue p ? p.value() : priority;
            priority = Math.max(priority, prio) + 10;
            d.open("resource", "aws_lb_listener_rule", Labels.label(lb.name() + "-" + prio));
            d.attr("listener_arn", raw("aws_lb_listener." + rulesOn + ".arn"));
            d.attr("priority", prio);
            d.open("action");
            d.attr("type", "forward");
            d.attr("target_group_arn", raw("aws_lb_target_group." + TargetGroups.label(lb.name(), te.name(), port) + ".arn"));
            d.close();
            condition(d, "path_pattern", r.field("path").text());
            if (r.field("host") != null) condition(d, "host_header", r.field("host").text());
            d.attr("tags", obj().put("archkit:element", lb.name()).put("archkit:route", r.field("path").text()).build());
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
