package dev.archkit.rules.availability;

import dev.archkit.model.Element;
import dev.archkit.model.Value;
import dev.archkit.rules.AbstractRule;
import dev.archkit.rules.RuleContext;
import dev.archkit.rules.Severity;

import java.util.Set;

/** availability/single-zone */
public final class SingleZone extends AbstractRule {
    public SingleZone() {
        super("availability/single-zone", Severity.WARNING, "A service, load balancer or data store is confined to one availability zone",
                "A zone outage takes down everything placed only in it, even when the architecture uses several zones.",
                "Give it subnets in at least two of the architecture's zones (three where the region has them).",
                "WA REL10-BP01", "ECS availability best practices");
    }

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
