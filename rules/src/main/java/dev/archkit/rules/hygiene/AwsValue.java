package dev.archkit.rules.hygiene;

import dev.archkit.facts.AwsValues;
import dev.archkit.facts.Names;
import dev.archkit.facts.Naming;
import dev.archkit.facts.ServiceFacts;
import dev.archkit.model.Arns;
import dev.archkit.model.Element;
import dev.archkit.model.Location;
import dev.archkit.model.view.Kind;
import dev.archkit.model.view.LoadBalancer;
import dev.archkit.model.view.Task;
import dev.archkit.model.view.Typed;
import dev.archkit.model.view.Settings;
import dev.archkit.model.view.View;
import dev.archkit.rules.Rule;
import dev.archkit.rules.RuleContext;
import dev.archkit.rules.RuleInfo;
import dev.archkit.rules.Severity;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** hygiene/aws-value */
@RuleInfo(
        id = "hygiene/aws-value",
        severity = Severity.WARNING,
        summary = "A value in the model would be refused by AWS or names no real resource",
        rationale = "A tag with a character AWS does not accept fails 'terraform apply' halfway; an ARN with a placeholder "
                + "('*', or nothing) in place of the account id names no secret or certificate, so the task cannot start or the "
                + "listener cannot be created; a listener rule priority outside 1-50000 is refused; two elements whose names become one "
                + "AWS name (names are made acceptable to AWS: 'a.b' becomes 'a-b') cannot both be created, nor two whose Terraform labels are one ('api.v1' and 'api_v1', 'order-events' and 'order_events'). Caught here, it is one line to fix "
                + "instead of a failed deployment.",
        fix = "Tags: use only letters, digits, spaces and _ . : / = + - @ (keys up to 128 characters, not starting with 'aws:'; "
                + "values up to 256). ARNs: write the real 12-digit account id and region, or reference the secret by name. "
                + "Priorities: 1 to 50000. Names: give elements names that differ in more than punctuation or case.",
        references = {"AWS tagging: tag naming limits and requirements", "AWS ARN format", "ELB CreateRule: Priority"},
        falsePositives = {
                "An ARN whose account is filled in by the deployment (a template such as ${account_id} is not reported; a literal placeholder is)."
        })
public final class AwsValue implements Rule {

    @Override
    public void check(RuleContext ctx) {
        String region = new Settings(ctx.arch()).region().orElse(null);
        for (Element e : ctx.arch().allElements()) {
            Kind k = Kind.of(e);
            if (k == null || !k.isNode()) continue;
            View view = () -> e;
            for (View.Tag t : view.tagList()) {
                report(ctx, e, t.at(), "tag key '" + t.key() + "' of '" + e.name() + "'", AwsValues.tagKeyProblem(t.key()));
                report(ctx, e, t.at(), "tag " + t.key() + " of '" + e.name() + "'", AwsValues.tagValueProblem(t.value()));
            }
        }
        reportSharedNames(ctx);
        for (ServiceFacts sf : ctx.facts().services()) {
            for (Task.Secret s : sf.service().secrets()) {
                if (!s.ref().startsWith("arn:")) continue;
                report(ctx, sf.service().element(), s.at(), "secret " + s.name() + " of '" + sf.service().name() + "' (" + s.ref() + ")",
                        arnProblem(s.ref(), region));
            }
        }
        for (LoadBalancer lb : Typed.loadBalancers(ctx.arch())) {
            for (LoadBalancer.Listener li : lb.listeners()) {
                if (li.certificate().isEmpty()) continue;
                report(ctx, lb.element(), li.at(), "the certificate of listener " + li.port() + " of '" + lb.name() + "' (" + li.certificate().get() + ")",
                        arnProblem(li.certificate().get(), region));
            }
            for (LoadBalancer.Route r : lb.routes()) {
                if (r.priority().isEmpty()) continue;
                report(ctx, lb.element(), r.at(), "priority " + r.priority().get() + " of route " + r.path() + " of '" + lb.name() + "'",
                        AwsValues.priorityProblem(r.priority().get()));
            }
        }
    }

    /**
     * Two elements whose live names are one: names are made acceptable to AWS ('.' and other
     * characters become '-'; RDS and ElastiCache identifiers are lower case), so 'a.b' and 'a-b', or
     * databases 'Orders' and 'orders', would be given the same name, and the second is refused.
     */
    private static void reportSharedNames(RuleContext ctx) {
        Names names = ctx.facts().names();
        // per kind (each kind is its own namespace in AWS and in Terraform), the first element of each
        // live name and of each Terraform label; the prefix every live name shares is left out
        Map<Kind, Map<String, Element>> live = new EnumMap<>(Kind.class), labels = new EnumMap<>(Kind.class);
        for (Element e : ctx.arch().allElements()) {
            Kind k = Kind.of(e);
            if (k == null || k == Kind.EXTERNAL) continue;
            String own = switch (k) {
                case DATABASE -> names.dbIdentifier(e.name());
                case CACHE -> names.cacheIdentifier(e.name());
                case LOADBALANCER -> names.loadBalancer(e.name());
                default -> names.awsOwnPart(e.name());
            };
            Element other = live.computeIfAbsent(k, x -> new HashMap<>()).putIfAbsent(own, e);
            if (other != null && other != e) {
                String shown = switch (k) {
                    case DATABASE, CACHE, LOADBALANCER -> own;
                    default -> names.aws(e.name());
                };
                ctx.about(e, e.location(), "'" + e.name() + "' would get the same AWS name as '" + other.name() + "' ("
                        + shown + "): AWS names take only letters, digits, '-' and '_'"
                        + (k == Kind.DATABASE || k == Kind.CACHE ? " and are lower case here" : "") + "; rename one of them").report();
                continue;
            }
            String label = Naming.terraformLabel(e.name());
            Element same = labels.computeIfAbsent(k, x -> new HashMap<>()).putIfAbsent(label, e);
            if (same != null && same != e) {
                ctx.about(e, e.location(), "'" + e.name() + "' would get the same Terraform resource label as '" + same.name() + "' ("
                        + label + "): labels are lower case and take only letters, digits and '_'; rename one of them").report();
            }
        }
    }

    /**
     * What AWS would refuse in an ARN that must name one resource in one account. An ARN that is
     * malformed for any use (a placeholder such as 'account', another partition) already carries the
     * input warning 'arn' at the same place; it is not reported twice. What is left here is what is
     * only wrong where one resource is meant: '*' or nothing in place of the account or region.
     */
    private static Optional<String> arnProblem(String arn, String region) {
        if (Arns.problem(arn, region).isPresent()) return Optional.empty();
        return AwsValues.accountArnProblem(arn);
    }

    private static void report(RuleContext ctx, Element e, Location at, String what, Optional<String> problem) {
        problem.ifPresent(p -> ctx.about(e, at == null || !at.isKnown() ? e.location() : at, what + " would be refused by AWS: " + p).report());
    }
}
