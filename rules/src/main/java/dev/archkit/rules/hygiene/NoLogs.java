package dev.archkit.rules.hygiene;

import dev.archkit.model.Element;
import dev.archkit.rules.AbstractRule;
import dev.archkit.rules.Facts;
import dev.archkit.rules.RuleContext;
import dev.archkit.rules.Severity;

/** hygiene/no-logs */
public final class NoLogs extends AbstractRule {
    public NoLogs() {
        super("hygiene/no-logs", Severity.WARNING, "An ECS service sends its container logs nowhere",
                "Without a log driver the output of a crashing task is lost with the task; the first incident has nothing to read.",
                "Write: logs awslogs group \"/ecs/SERVICE\" retention 30d.",
                "AwsSolutions-ECS7", "CKV_AWS_65");
    }

    @Override
    public void check(RuleContext ctx) {
        for (Element s : ctx.arch().elementsOfKind("service")) {
            if (!Facts.isEcs(ctx.arch(), s)) continue;
            String driver = s.property("logs") == null ? null : s.property("logs").field("driver").text();
            if (driver == null || driver.equals("none")) {
                ctx.about(s, s.location(), "service '" + s.name() + "' has no log configuration").report();
            }
        }
    }
}
