package dev.archkit.rules.resilience;

import dev.archkit.facts.ServiceFacts;
import dev.archkit.model.view.Task;
import dev.archkit.rules.Rule;
import dev.archkit.rules.RuleContext;
import dev.archkit.rules.RuleInfo;
import dev.archkit.rules.Severity;

/** resilience/blue-green-without-alarms */
@RuleInfo(
        id = "resilience/blue-green-without-alarms",
        severity = Severity.WARNING,
        summary = "A blue/green deployment names no alarms to roll back on",
        rationale = "CodeDeploy rolls a blue/green deployment back automatically only when one of its alarms fires (or the deployment itself fails): without alarms, a new version that answers with errors takes all traffic and stays.",
        fix = "Name the alarms that watch the new version: deploy blue-green linear 10% every 1m alarms orders-5xx, orders-latency wait 5m.",
        references = {"CodeDeploy automatic rollbacks", "WA REL08-BP04"},
        falsePositives = {
                "Alarms attached to the deployment group outside the model (in the console or another stack) are not seen.",
                "It is reported in every environment, including those where a manual rollback is acceptable."
        })
public final class BlueGreenWithoutAlarms implements Rule {

    @Override
    public void check(RuleContext ctx) {
        for (ServiceFacts f : ctx.facts().services()) {
            Task.Deploy d = f.service().deploy().orElse(null);
            if (d == null || d.strategy() != Task.Strategy.BLUE_GREEN || !d.alarms().isEmpty()) continue;
            ctx.about(f.service().element(), d.at(), "service '" + f.name()
                    + "' deploys blue/green without alarms: a version that fails with errors is not rolled back").report();
        }
    }
}
