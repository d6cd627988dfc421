package dev.archkit.facts;

/**
 * What is left of a service when one availability zone is lost, the one place this is decided:
 * {@code floor} is the fewest copies it may run (the lower of desired and min), {@code zones} the
 * zones its subnets are in (0: not known, no subnets written). Copies are spread evenly over the
 * zones (ECS and Kubernetes spread by zone by default), so the zone with most holds
 * ceil(floor / zones) and {@code survivors} is what the others keep; -1 when the zones are unknown.
 *
 * <p>Read by availability/min-replicas (a single copy in production) and
 * availability/single-point-of-failure (a single copy on the synchronous path) so that both agree
 * on what a single copy is, and by availability/single-zone for the copies a zone loss leaves.
 */
public record ZoneLoss(long floor, int zones, long survivors) {

    public static ZoneLoss of(long floor, int zones) {
        if (zones <= 0) return new ZoneLoss(floor, 0, -1);
        long worstZone = (floor + zones - 1) / zones;
        return new ZoneLoss(floor, zones, Math.max(0, floor - worstZone));
    }

    /** One copy or none at the floor: a host failure or a deployment alone stops it, whatever its zones. */
    public boolean singleCopy() { return floor < 2; }

    /** Whether at least one copy is left after losing any one zone (false when the zones are unknown). */
    public boolean survivesZoneLoss() { return survivors >= 1; }

    /** The zones are known (the service has subnets). */
    public boolean zonesKnown() { return zones > 0; }
}
