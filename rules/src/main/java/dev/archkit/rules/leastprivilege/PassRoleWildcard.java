package dev.archkit.rules.leastprivilege;

import dev.archkit.model.view.Role;
import dev.archkit.model.view.Typed;
import dev.archkit.rules.Rule;
import dev.archkit.rules.RuleContext;
import dev.archkit.rules.RuleInfo;
import dev.archkit.rules.Severity;

/** least-privilege/passrole-wildcard */
@RuleInfo(
        id = "least-privilege/passrole-wildcard",
        severity = Severity.ERROR,
        securitySeverity = 8.8,
        summary = "iam:PassRole is allowed on every role",
        rationale = "Passing any role to a service is a privilege escalation: the code can start a task or function with an administrator's role.",
        fix = "Allow iam:PassRole only on the ARNs of the roles it must pass.",
        references = {"AWS-0342", "CKV_AWS_286"},
        falsePositives = {
                "A statement limited by a condition (iam:PassedToService set to ecs-tasks.amazonaws.com, iam:AssociatedResourceArn) is reported: conditions are not read."
        })
public final class PassRoleWildcard implements Rule {

    @Override
    public void check(RuleContext ctx) {
        for (Role role : Typed.roles(ctx.arch())) {
            for (Role.Statement st : role.statements()) {
                if (st.effect() != Role.Effect.ALLOW) continue;
                boolean pass = st.actions().stream().anyMatch(a -> a.equalsIgnoreCase("iam:PassRole"));
                boolean everyRole = st.resources().stream().anyMatch(r -> r.equals("*") || r.endsWith(":role/*"));
                if (pass && everyRole) ctx.about(role.element(), st.at(), "role '" + role.name() + "' may pass any role (iam:PassRole on every role)").report();
            }
        }
    }
}
