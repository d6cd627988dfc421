package dev.archkit.review;

import dev.archkit.facts.ServiceFacts;
import dev.archkit.model.req.Requirement;
import dev.archkit.model.view.Cluster;
import dev.archkit.model.view.Task;

import java.util.ArrayList;
import java.util.List;

/** central-logs, tracing and container-metrics: each service's logs and tracing, each cluster's Container Insights. */
final class ObservabilityChecks implements Check {

    @Override
    public Outcome judge(Requirement r, Design d) {
        List<Outcome> out = new ArrayList<>();
        switch (r.predicate()) {
            case CENTRAL_LOGS -> {
                for (ServiceFacts s : d.services()) out.add(logs(s));
                return Outcome.every("services", out);
            }
            case TRACING -> {
                for (ServiceFacts s : d.services()) out.add(tracing(s));
                return Outcome.every("services", out);
            }
            case CONTAINER_METRICS -> {
                for (Cluster c : d.clusters()) {
                    out.add(c.insights()
                            ? Outcome.pass(c.element().name() + " collects Container Insights", Design.of(c.element(), "insights on", c.insightsAt()))
                            : Outcome.fail(c.element().name() + " collects no container metrics", Design.of(c.element(), "type " + c.type().id() + ", no insights")));
                }
                return Outcome.every("clusters", out);
            }
            default -> throw new IllegalArgumentException(r.predicate().id());
        }
    }

    private static Outcome logs(ServiceFacts s) {
        var e = s.service().element();
        var logs = s.service().logs();
        if (logs.isEmpty() || logs.get().driver() == Task.LogDriver.NONE) {
            return Outcome.fail(s.name() + " ships no logs", Design.of(e, logs.isEmpty() ? "no logs" : "logs none", logs.map(Task.Logs::at).orElse(e.location())));
        }
        return Outcome.pass(s.name() + " ships logs with " + logs.get().driver().id(), Design.of(e, "logs " + logs.get().driver().id(), logs.get().at()));
    }

    private static Outcome tracing(ServiceFacts s) {
        var e = s.service().element();
        var t = s.service().tracing();
        return t.isEmpty() || t.get() == Task.Tracing.NONE
                ? Outcome.fail(s.name() + " emits no traces", Design.of(e, "no tracing"))
                : Outcome.pass(s.name() + " traces with " + t.get().id(), Design.of(e, "tracing " + t.get().id()));
    }
}
