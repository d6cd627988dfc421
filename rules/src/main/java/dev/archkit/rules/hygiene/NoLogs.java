package dev.archkit.rules.hygiene;

import dev.archkit.facts.ServiceFacts;
import dev.archkit.model.view.Task;
import dev.archkit.rules.Rule;
import dev.archkit.rules.RuleContext;
import dev.archkit.rules.RuleInfo;
import dev.archkit.rules.Severity;

import java.util.Optional;

/** hygiene/no-logs */
@RuleInfo(
        id = "hygiene/no-logs",
        severity = Severity.WARNING,
        summary = "An ECS service sends its container logs nowhere",
        rationale = "Without a log driver the output of a crashing task is lost with the task; the first incident has nothing to read.",
        fix = "Write: logs awslogs group \"/ecs/SERVICE\" retention 30d.",
        references = {"AwsSolutions-ECS7", "CKV_AWS_65"},
        falsePositives = {
                "A service that ships its logs through a sidecar reading a shared volume, declared as 'sidecar', without 'logs firelens' on the main container, is reported."
        })
public final class NoLogs implements Rule {

    @Override
    public void check(RuleContext ctx) {
        for (ServiceFacts f : ctx.facts().services()) {
            if (!f.ecs()) continue;
            Optional<Task.Logs> logs = f.service().logs();
            if (logs.isEmpty() || logs.get().driver() == Task.LogDriver.NONE) {
                ctx.about(f.service().element(), f.service().location(), "service '" + f.name() + "' has no log configuration").report();
            }
        }
    }
}
