package dev.archkit.facts;

/**
 * A service's effective task counts in one view: the desired count and the autoscaling range
 * (min and max default to desired, desired to 1); {@code lowest} and {@code highest} also count
 * the scheduled actions' limits; {@code autoscaled} when anything scales it (a range, a
 * target-tracking policy or a schedule: what gets an Application Auto Scaling target).
 */
public record Scaling(long desired, long min, long max, long lowest, long highest, boolean autoscaled) {

    /** The fewest copies the service may run: the lower of desired and min. */
    public long floor() { return Math.min(desired, min); }

    /** A single copy: one task or pod at the floor. */
    public boolean single() { return desired < 2 && min < 2; }

    /** A service's scaling as written: replicas, target-tracking policies and schedules. */
    static Scaling of(dev.archkit.model.view.Service s) {
        dev.archkit.model.view.Service.Replicas r = s.replicas();
        java.util.List<dev.archkit.model.view.Task.Schedule> schedules = s.schedules();
        boolean autoscaled = r.rangeDeclared() || !schedules.isEmpty() || !s.scaling().isEmpty();
        long lowest = r.min(), highest = r.max();
        for (dev.archkit.model.view.Task.Schedule sch : schedules) {
            if (sch.min().isPresent()) lowest = Math.min(lowest, sch.min().get());
            if (sch.max().isPresent()) highest = Math.max(highest, sch.max().get());
        }
        return new Scaling(r.desired(), r.min(), r.max(), lowest, highest, autoscaled);
    }
}
