package dev.archkit.rules.leastprivilege;

import dev.archkit.model.view.Service;
import dev.archkit.rules.Rule;
import dev.archkit.rules.RuleContext;
import dev.archkit.rules.RuleInfo;
import dev.archkit.rules.Severity;

/** least-privilege/task-role-is-execution-role */
@RuleInfo(
        id = "least-privilege/task-role-is-execution-role",
        severity = Severity.WARNING,
        securitySeverity = 4.3,
        summary = "A service uses one role as its task role and its execution role",
        rationale = "The execution role pulls images and reads every secret of the task; the task role is what the application code may call. One role for both hands the code the agent's permissions.",
        fix = "Give the service its own task role with only what the code calls.",
        references = {"CKV_AWS_249", "ECS best practice security-iam-roles"},
        falsePositives = {
                "A service whose code calls no AWS API, with one role that holds only what the agent needs (image pull, log writing, its own secrets), gains nothing from a second role; the rule does not compare the role's statements."
        })
public final class SharedTaskRole implements Rule {

    @Override
    public void check(RuleContext ctx) {
        for (Service s : ctx.facts().serviceViews()) {
            String task = s.role().orElse(null);
            if (task != null && s.executionRole().filter(task::equals).isPresent()) {
                ctx.about(s.element(), s.roleAt(), "service '" + s.name() + "' uses '" + task + "' as task role and execution role")
                        .related(s.executionRoleAt(), "the execution role is set here").report();
            }
        }
    }
}
