package dev.archkit.review;

import dev.archkit.model.req.Predicate;
import dev.archkit.model.req.Requirement;

import java.util.EnumMap;
import java.util.Map;

/** The check of each area of the vocabulary: every predicate is answered by exactly one. */
final class Checks {
    private static final Map<Predicate.Area, Check> BY_AREA = new EnumMap<>(Map.of(
            Predicate.Area.AVAILABILITY, new AvailabilityChecks(),
            Predicate.Area.DATA, new DataChecks(),
            Predicate.Area.DEPLOYMENT, new DeploymentChecks(),
            Predicate.Area.OPERATIONS, new OperationsChecks(),
            Predicate.Area.TRAFFIC, new TrafficChecks(),
            Predicate.Area.OBSERVABILITY, new ObservabilityChecks(),
            Predicate.Area.SECURITY, new SecurityChecks(),
            Predicate.Area.NETWORK, new NetworkChecks(),
            Predicate.Area.LATENCY, new LatencyChecks(),
            Predicate.Area.COST, new CostChecks()));

    private Checks() { }

    static Judgement judge(Requirement r, Design d) {
        return new Judgement(r, BY_AREA.get(r.predicate().area()).judge(r, d));
    }
}
