package dev.archkit.rules.leastprivilege;

import dev.archkit.model.Secrets;
import dev.archkit.model.view.Service;
import dev.archkit.model.view.Task;
import dev.archkit.model.view.Typed;
import dev.archkit.rules.Rule;
import dev.archkit.rules.RuleContext;
import dev.archkit.rules.RuleInfo;
import dev.archkit.rules.Severity;

/** least-privilege/plaintext-secret */
@RuleInfo(
        id = "least-privilege/plaintext-secret",
        severity = Severity.ERROR,
        summary = "A secret is set in plain text as an environment variable",
        rationale = "Plain environment values are stored in the task definition or manifest, shown in consoles and logs, and readable by anyone who can describe the task.",
        fix = "Keep the value in Secrets Manager or SSM and write: secret NAME from secretsmanager \"name-or-arn\".",
        references = {"AwsSolutions-ECS2", "AWS-0036", "CKV_K8S_35", "kube-linter env-var-secret"},
        falsePositives = {
                "Names are matched by what they contain (PASSWORD, SECRET, TOKEN, KEY, PWD...): variables that name or describe a secret without holding it (SECRET_ARN, DB_PASSWORD_SECRET_NAME, TOKEN_TTL, PASSWORD_MIN_LENGTH, PWD for a working directory) are reported.",
                "A placeholder value the deployment replaces ('changeme', '${DB_PASSWORD}' substituted from a secret store at deploy time) under a secret-looking name is reported."
        })
public final class PlaintextSecret implements Rule {

    @Override
    public void check(RuleContext ctx) {
        for (Service s : Typed.services(ctx.arch())) {
            for (Task.EnvVar v : s.env()) {
                if (v.value().isEmpty()) continue;
                if (Secrets.secretName(v.name())) {
                    ctx.about(s.element(), v.at(), "service '" + s.name() + "' sets " + v.name() + " in plain text").report();
                } else if (Secrets.secretValue(v.value())) {
                    ctx.about(s.element(), v.valueAt(), "the value of " + v.name() + " in service '" + s.name() + "' looks like a credential").report();
                }
            }
        }
    }
}
