package dev.archkit.review;

import dev.archkit.facts.ServiceFacts;
import dev.archkit.facts.ZoneLoss;
import dev.archkit.model.req.Requirement;
import dev.archkit.model.view.Cache;
import dev.archkit.model.view.Database;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** survives-zone-loss, min-tasks-per-zone, min-zones: from the services' floors and zones and the stores' standbys. */
final class AvailabilityChecks implements Check {

    @Override
    public Outcome judge(Requirement r, Design d) {
        return switch (r.predicate()) {
            case SURVIVES_ZONE_LOSS -> survivesZoneLoss(d);
            case MIN_TASKS_PER_ZONE -> perService(d, s -> tasksPerZone(d, s, Check.count(r)));
            case MIN_ZONES -> perService(d, s -> zones(d, s, Check.count(r)));
            default -> throw new IllegalArgumentException(r.predicate().id());
        };
    }

    private static Outcome perService(Design d, java.util.function.Function<ServiceFacts, Outcome> check) {
        List<Outcome> out = new ArrayList<>();
        for (ServiceFacts s : d.services()) out.add(check.apply(s));
        return Outcome.every("services", out);
    }

    private static Outcome survivesZoneLoss(Design d) {
        List<Outcome> out = new ArrayList<>();
        for (ServiceFacts s : d.services()) out.add(serviceSurvives(d, s));
        for (Database db : d.databases()) {
            out.add(db.hasStandby()
                    ? Outcome.pass("a standby in another zone takes over", Design.of(db.element(), db.multiAz() ? "multi-az" : "Aurora reader", db.multiAzAt()))
                    : Outcome.fail(db.element().name() + " has no standby in another zone", Design.of(db.element(), "single instance, no multi-az or Aurora reader")));
        }
        for (Cache c : d.caches()) {
            out.add(c.multiAz()
                    ? Outcome.pass("a replica in another zone takes over", Design.of(c.element(), "multi-az"))
                    : Outcome.fail(c.element().name() + " has no replica in another zone", Design.of(c.element(), c.nodes() + " node(s), no multi-az")));
        }
        return Outcome.every("services and data stores", out);
    }

    private static Outcome serviceSurvives(Design d, ServiceFacts s) {
        Set<String> zones = d.zones(s);
        long floor = s.scaling().floor();
        if (zones.isEmpty()) return Outcome.unknown(s.name() + "'s zones are unknown (no subnets)", Design.of(s.service().element(), "no subnets"));
        ZoneLoss z = ZoneLoss.of(floor, zones.size());
        String fact = floor + " task(s) at its floor over " + String.join(", ", zones);
        return z.survivesZoneLoss()
                ? Outcome.pass(s.name() + " keeps a copy in another zone", Design.of(s.service().element(), fact))
                : Outcome.fail(s.name() + " has no copy left when a zone is lost", Design.of(s.service().element(), fact, s.service().replicas().at()));
    }

    private static Outcome tasksPerZone(Design d, ServiceFacts s, long n) {
        Set<String> zones = d.zones(s);
        if (zones.isEmpty()) return Outcome.unknown(s.name() + "'s zones are unknown (no subnets)", Design.of(s.service().element(), "no subnets"));
        long floor = s.scaling().floor();
        long perZone = floor / zones.size();
        String fact = floor + " task(s) at its floor over " + zones.size() + " zone(s): " + perZone + " per zone";
        return perZone >= n
                ? Outcome.pass(s.name() + " runs " + perZone + " per zone", Design.of(s.service().element(), fact))
                : Outcome.fail(s.name() + " runs " + perZone + " task(s) per zone at its floor, fewer than " + n,
                        Design.of(s.service().element(), fact, s.service().replicas().at()));
    }

    private static Outcome zones(Design d, ServiceFacts s, long n) {
        Set<String> zones = d.zones(s);
        if (zones.isEmpty()) return Outcome.unknown(s.name() + "'s zones are unknown (no subnets)", Design.of(s.service().element(), "no subnets"));
        String fact = "zones " + String.join(", ", zones);
        return zones.size() >= n
                ? Outcome.pass(s.name() + " spreads over " + zones.size() + " zones", Design.of(s.service().element(), fact))
                : Outcome.fail(s.name() + " spreads over " + zones.size() + " zone(s), fewer than " + n, Design.of(s.service().element(), fact, s.service().subnets().at()));
    }
}
