package dev.archkit.rules.leastprivilege;

import dev.archkit.model.Element;
import dev.archkit.rules.AbstractRule;
import dev.archkit.rules.RuleContext;
import dev.archkit.rules.Severity;

/** least-privilege/task-role-is-execution-role */
public final class SharedTaskRole extends AbstractRule {
    public SharedTaskRole() {
        super("least-privilege/task-role-is-execution-role", Severity.WARNING, "A service uses one role as its task role and its execution role",
                "The execution role pulls images and reads every secret of the task; the task role is what the application code may call. One role for both hands the code the agent's permissions.",
                "Give the service its own task role with only what the code calls.",
                "CKV_AWS_249", "ECS best practice security-iam-roles");
    }

    @Override
    public void check(RuleContext ctx) {
        for (Element s : ctx.arch().elementsOfKind("service")) {
            String task = s.string("role"), exec = s.string("execution-role");
            if (task != null && task.equals(exec)) {
                ctx.about(s, s.property("role").location(), "service '" + s.name() + "' uses '" + task + "' as task role and execution role")
                        .related(s.property("execution-role").location(), "the execution role is set here").report();
            }
        }
    }
}
