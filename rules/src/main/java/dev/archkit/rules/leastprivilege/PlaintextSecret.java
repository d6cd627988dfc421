package dev.archkit.rules.leastprivilege;

import dev.archkit.model.Element;
import dev.archkit.model.Property;
import dev.archkit.model.Secrets;
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
        for (Element s : ctx.arch().elementsOfKind("service")) {
            for (Property p : s.all("env")) {
                String name = p.field("name").text();
                String value = p.field("value").text();
                if (value.isEmpty()) continue;
                if (Secrets.secretName(name)) {
                    ctx.about(s, p.location(), "service '" + s.name() + "' sets " + name + " in plain text").report();
                } else if (Secrets.secretValue(value)) {
                    ctx.about(s, p.field("value").at(), "the value of " + name + " in service '" + s.name() + "' looks like a credential").report();
                }
            }
        }
    }
}
