package dev.archkit.rules.availability;

import dev.archkit.model.Element;
import dev.archkit.rules.AbstractRule;
import dev.archkit.rules.Facts;
import dev.archkit.rules.RuleContext;
import dev.archkit.rules.Severity;

/** availability/no-autoscaling */
public final class NoAutoscaling extends AbstractRule {
    public NoAutoscaling() {
        super("availability/no-autoscaling", Severity.WARNING, "A production service cannot scale",
                "Without a maximum above the desired count and a scaling policy, a traffic peak saturates the service instead of adding tasks.",
                "Set a range and a target: replicas 3 min 2 max 10 with scale cpu 70%.",
                "kube-score horizontalpodautoscaler-replicas", "WA PERF02-BP03");
    }

    @Override
    public void check(RuleContext ctx) {
        if (!ctx.production()) return;
        for (Element s : ctx.arch().elementsOfKind("service")) {
            boolean range = Facts.max(s) > Facts.desired(s);
            boolean policy = s.has("scale") || s.has("schedule");
            if (!range || !policy) {
                ctx.about(s, s.property("replicas") != null ? s.property("replicas").location() : s.location(),
                        "service '" + s.name() + "' has " + (!range ? "no maximum above its desired count" : "no scaling policy")).report();
            }
        }
    }
}
