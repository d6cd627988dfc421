package dev.archkit.rules.availability;

import dev.archkit.model.Element;
import dev.archkit.model.Value;
import dev.archkit.rules.Rule;
import dev.archkit.rules.RuleContext;
import dev.archkit.rules.RuleInfo;
import dev.archkit.rules.Severity;

import java.util.Set;

/** availability/single-zone */
@RuleInfo(
        id = "availability/single-zone",
        severity = Severity.WARNING,
        summary = "A service, load balancer or data store is confined to one availability zone",
        rationale = "A zone outage takes down everything placed only in it, even when the architecture uses several zones.",
        fix = "Give it subnets in at least two of the architecture's zones (three where the region has them).",
        references = {"WA REL10-BP01", "ECS availability best practices"},
        falsePositives = {
                "It applies in every environment, so a development environment placed in one zone on purpose is reported.",
                "A component whose work may stop during a zone outage (a nightly batch service, a cache that is only an optimisation) is reported like one that serves users."
        })
public final class SingleZone implements Rule {

    /** Kinds that are placed in subnets and could spread over zones. */
    private static final Set<String> KINDS = Set.of("service", "loadbalancer", "database", "cache", "search", "function");

    @Override
    public void check(RuleContext ctx) {
        Value zones = ctx.arch().value("zones");
        if (!(zones instanceof Value.ListValue l) || l.items().size() < 2) return;
        for (Element e : ctx.arch().allElements()) {
            if (!KINDS.contains(e.kind())) continue;
            if (e.flag("multi-az")) continue;
            if (e.property("subnets") == null) continue;
            Set<String> in = ctx.graph().zonesOf(e.name());
            if (in.size() == 1) {
                ctx.about(e, e.property("subnets").location(), e.kind() + " '" + e.name() + "' runs only in " + in.iterator().next()
                        + " although the architecture uses " + l.items().size() + " zones").report();
            }
        }
    }
}
