package dev.archkit.rules.availability;

import dev.archkit.facts.ServiceFacts;
import dev.archkit.model.Element;
import dev.archkit.model.view.Cache;
import dev.archkit.model.view.Database;
import dev.archkit.model.view.Kind;
import dev.archkit.model.view.Refs;
import dev.archkit.model.view.Settings;
import dev.archkit.model.view.Typed;
import dev.archkit.rules.Rule;
import dev.archkit.rules.RuleContext;
import dev.archkit.rules.RuleInfo;
import dev.archkit.rules.Severity;

import java.util.List;
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

    @Override
    public void check(RuleContext ctx) {
        List<String> zones = new Settings(ctx.arch()).zones();
        if (zones.size() < 2) return;
        for (Element e : ctx.arch().allElements()) {
            Kind k = Kind.of(e);
            if (k == null || !k.isPlaced()) continue;   // only what is placed in subnets can spread over zones
            if (multiAz(k, e)) continue;
            Refs subnets = Typed.subnets(e);
            if (!subnets.isDeclared()) continue;
            ServiceFacts service = k == Kind.SERVICE ? ctx.facts().service(e.name()) : null;
            Set<String> in = service != null ? service.zones() : ctx.facts().zones(e);   // a service's are among its facts
            if (in.size() == 1) {
                ctx.about(e, subnets.at(), e.kind() + " '" + e.name() + "' runs only in " + in.iterator().next()
                        + " although the architecture uses " + zones.size() + " zones").report();
            }
        }
    }

    /** A standby in a second zone (databases and caches only). */
    private static boolean multiAz(Kind k, Element e) {
        return switch (k) {
            case DATABASE -> new Database(e).multiAz();
            case CACHE -> new Cache(e).multiAz();
            default -> false;
        };
    }

}
