package dev.archkit.rules.leastprivilege;

import dev.archkit.model.Secrets;
import dev.archkit.model.view.Service;
import dev.archkit.model.view.Task;
import dev.archkit.rules.Rule;
import dev.archkit.rules.RuleContext;
import dev.archkit.rules.RuleInfo;
import dev.archkit.rules.Severity;

/** least-privilege/plaintext-secret */
@RuleInfo(
        id = "least-privilege/plaintext-secret",
        severity = Severity.ERROR,
        securitySeverity = 8.2,
        summary = "A secret is set in plain text as an environment variable",
        rationale = "Plain environment values are stored in the task definition or manifest, shown in consoles and logs, and readable by anyone who can describe the task.",
        fix = "Keep the value in Secrets Manager or SSM and write: secret NAME from secretsmanager \"name-or-arn\".",
        references = {"AwsSolutions-ECS2", "AWS-0036", "CKV_K8S_35", "kube-linter env-var-secret"},
        falsePositives = {
                "A secret-saying name (PASSWORD, SECRET, TOKEN, KEY...) with a literal value that is not a number, duration, boolean, path, URL without credentials, ARN or ${...} placeholder is reported: a non-secret literal under such a name (a realm, a user name written into API_KEY_OWNER) is taken for a secret; suppress it with a reason or rename the variable.",
                "A long random-looking value (32 or more base64 characters mixing letters and digits) is taken for a generated key whatever its name: a build id or a content hash written that way is reported.",
                "A documentation value in a well-known token format (a sample JWT, an AWS example access key id) is reported like a real one."
        })
public final class PlaintextSecret implements Rule {

    @Override
    public void check(RuleContext ctx) {
        for (Service s : ctx.facts().serviceViews()) {
            for (Task.EnvVar v : s.env()) {
                Secrets.judge(v.name(), v.value()).ifPresent(why -> {
                    if (why == Secrets.Why.SECRET_NAME) {
                        ctx.about(s.element(), v.at(), "service '" + s.name() + "' sets " + v.name() + " in plain text: " + why.reason()).cause(v.name()).report();
                    } else {
                        ctx.about(s.element(), v.valueAt(), "the value of " + v.name() + " in service '" + s.name()
                                + "' looks like a credential: " + why.reason()).cause(v.name()).report();
                    }
                });
            }
        }
    }
}
